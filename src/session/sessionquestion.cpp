// SPDX-License-Identifier: MIT
// Session: picking, undoing a pick and revealing the answer of a question.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

bool Session::pick(int option)
{
    if (questionPhase() != QuestionPhase::Discussing)
        return false;
    if (option < 1 || option > static_cast<int>(slide().question.options.size()))
        return false;
    QuestionRecord &record = m_questions[m_index];
    if (std::find(record.picks.begin(), record.picks.end(), option) != record.picks.end())
        return false;
    record.picks.push_back(option);
    m_distributionShown = false;  // the chart of the room's votes makes way: the room sees the pick at once
    this->record({.type = EventType::Pick, .option = option, .right = option == slide().question.answer});
    emit changed();
    return true;
}

bool Session::undoPick()
{
    if (questionPhase() == QuestionPhase::None)
        return false;
    auto it = m_questions.find(m_index);
    if (it == m_questions.end() || it->second.picks.empty())
        return false;
    const int option = it->second.picks.back();
    it->second.picks.pop_back();
    record({.type = EventType::Undo, .option = option});
    emit changed();
    return true;
}

void Session::reveal()
{
    if (questionPhase() != QuestionPhase::Discussing)
        return;
    m_questions[m_index].revealedByFacilitator = true;
    m_distributionShown = false;  // the room sees the answer, not the chart
    record({.type = EventType::Reveal});
    emit changed();
}

}  // namespace stoppunkt
