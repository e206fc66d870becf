// SPDX-License-Identifier: MIT
// Session: picking, undoing a pick and revealing the answer of a question.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

bool Session::pick(int option)
{
    if (questionPhase() != QuestionPhase::Discussing)
        return false;
    const std::optional<SessionEvent> picked = m_questions.pick(m_index, slide(), option);
    if (!picked)
        return false;
    m_room.hideDistribution();  // the chart of the room's votes makes way: the room sees the pick at once
    record(*picked);
    emit changed();
    return true;
}

bool Session::undoPick()
{
    if (questionPhase() == QuestionPhase::None)
        return false;
    return changedBy(m_questions.undoPick(m_index));
}

void Session::reveal()
{
    if (questionPhase() != QuestionPhase::Discussing)
        return;
    m_room.hideDistribution();  // the room sees the answer, not the chart
    record(m_questions.reveal(m_index));
    emit changed();
}

}  // namespace stoppunkt
