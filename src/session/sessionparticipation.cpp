// SPDX-License-Identifier: MIT
// The session's side of the room's phones: the server's state as reported, and the two things the
// projector may show of it, the join card and the distribution of votes.
#include "session/session.h"

#include <QVariantList>

namespace stoppunkt {

void Session::setParticipation(ParticipationState state)
{
    if (state == m_participation)
        return;
    // A vote that closes goes into the record, with its question: the slide may have changed already.
    const bool closed = m_participation.voteOpen && !state.voteOpen && !m_participation.voteQuestion.isEmpty();
    const QString question = m_participation.voteQuestion;
    m_participation = std::move(state);
    if (closed) {
        const ParticipationState &room = m_participation;
        const bool same = room.voteQuestion == question;
        record({.type = EventType::RoomVote,
                .question = question,
                .tally = same ? room.tally : std::vector<int>{},
                .voters = same ? room.voters : 0,
                .joined = room.joined});
    }
    if (!m_participation.on)
        m_joinCardShown = m_distributionShown = false;
    emit changed();
}

void Session::noteRoomSuggestion(const QString &text)
{
    record({.type = EventType::RoomSuggestion, .text = text});
}

void Session::toggleJoinCard()
{
    if (!m_participation.on && !m_joinCardShown)
        return;
    m_joinCardShown = !m_joinCardShown;
    emit changed();
}

void Session::toggleDistribution()
{
    const bool votedHere = m_participation.votedOn(m_lesson.slideKey(m_index)) && m_participation.voters > 0;
    if (!votedHere && !m_distributionShown)
        return;
    m_distributionShown = !m_distributionShown;
    emit changed();
}

}  // namespace stoppunkt
