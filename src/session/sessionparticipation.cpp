// SPDX-License-Identifier: MIT
// The session's side of the room's phones: the server's state as reported, and the two things the
// projector may show of it, the join card and the distribution of votes.
#include "session.h"

namespace stoppunkt {

void Session::setParticipation(ParticipationState state)
{
    if (state == m_participation)
        return;
    m_participation = std::move(state);
    if (!m_participation.on)
        m_joinCardShown = m_distributionShown = false;
    emit changed();
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
    const bool votedHere = m_participation.voteQuestion == m_lesson.slideKey(m_index) && m_participation.voters > 0;
    if (!votedHere && !m_distributionShown)
        return;
    m_distributionShown = !m_distributionShown;
    emit changed();
}

} // namespace stoppunkt
