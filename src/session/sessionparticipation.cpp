// SPDX-License-Identifier: MIT
// The session's side of the room's phones: the server's state as reported, and the two things the
// projector may show of it, the join card and the distribution of votes.
#include "session/session.h"

namespace stoppunkt {

void Session::setParticipation(ParticipationState state)
{
    if (state == m_room.state())
        return;
    recordIfAny(m_room.update(std::move(state)));
    emit changed();
}

void Session::noteRoomSuggestion(const QString &text)
{
    record({.type = EventType::RoomSuggestion, .text = text});
}

void Session::toggleJoinCard()
{
    if (m_room.toggleJoinCard())
        emit changed();
}

void Session::toggleDistribution()
{
    if (m_room.toggleDistribution(m_lesson.slideKey(m_index)))
        emit changed();
}

}  // namespace stoppunkt
