// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"
#include "session/sessionevent.h"

#include <optional>
#include <string>

namespace stoppunkt {

/// The room's phones as the session keeps them: the server's state as reported, and the two things the
/// projector may show of it, the join card and the chart of the votes on a question.
class RoomPresence {
public:
    const ParticipationState &state() const { return m_state; }
    bool joinCardShown() const { return m_joinCardShown; }
    bool distributionShown() const { return m_distributionShown; }
    /// The projector shows the join card now: asked for, with the phones on.
    bool joinCardUp() const { return m_joinCardShown && m_state.on; }
    /// The votes the projector shows as a chart on the question with `slideKey` (empty when none).
    std::vector<int> distributionOn(const std::string &slideKey) const;

    /// The server's new state (it differs from state()); the event to record when a vote closed with it.
    std::optional<SessionEvent> update(ParticipationState state);
    /// Shows or hides the join card; false when there is nothing to show (the phones are off).
    bool toggleJoinCard();
    /// Shows or hides the chart of the votes on the question with `slideKey`; false when the room has not
    /// voted on it.
    bool toggleDistribution(const std::string &slideKey);
    /// The chart makes way (a pick, a reveal, another slide).
    void hideDistribution() { m_distributionShown = false; }

private:
    ParticipationState m_state;
    bool m_joinCardShown = false;
    bool m_distributionShown = false;
};

}  // namespace stoppunkt
