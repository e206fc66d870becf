// SPDX-License-Identifier: MIT
// The room's phones as the session keeps them: the server's state, the join card and the votes' chart.
#include "session/roompresence.h"

namespace stoppunkt {

std::vector<int> RoomPresence::distributionOn(const std::string &slideKey) const
{
    return m_distributionShown && m_state.votedOn(slideKey) ? m_state.tally : std::vector<int>{};
}

std::optional<SessionEvent> RoomPresence::update(ParticipationState state)
{
    // A vote that closes goes into the record, with its question: the slide may have changed already.
    const bool closed = m_state.voteOpen && !state.voteOpen && !m_state.voteQuestion.isEmpty();
    const QString question = m_state.voteQuestion;
    m_state = std::move(state);
    if (!m_state.on)
        m_joinCardShown = m_distributionShown = false;
    if (!closed)
        return std::nullopt;
    const bool same = m_state.voteQuestion == question;
    return SessionEvent{.type = EventType::RoomVote,
                        .question = question,
                        .tally = same ? m_state.tally : std::vector<int>{},
                        .voters = same ? m_state.voters : 0,
                        .joined = m_state.joined};
}

bool RoomPresence::toggleJoinCard()
{
    if (!m_state.on && !m_joinCardShown)
        return false;
    m_joinCardShown = !m_joinCardShown;
    return true;
}

bool RoomPresence::toggleDistribution(const std::string &slideKey)
{
    const bool votedHere = m_state.votedOn(slideKey) && m_state.voters > 0;
    if (!votedHere && !m_distributionShown)
        return false;
    m_distributionShown = !m_distributionShown;
    return true;
}

}  // namespace stoppunkt
