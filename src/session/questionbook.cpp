// SPDX-License-Identifier: MIT
// The questions' book: picks per question slide, the facilitator's reveals, and the rule for a question's phase.
#include "session/questionbook.h"

#include <algorithm>

namespace stoppunkt {

QuestionPhase QuestionBook::phaseOf(int slide, const Slide &source, FilmPhase filmPhase) const
{
    if (source.kind != SlideKind::Question && (source.kind != SlideKind::FilmQuestion || filmPhase != FilmPhase::AtStop))
        return QuestionPhase::None;
    const QuestionRecord *kept = record(slide);
    if (!kept)
        return QuestionPhase::Discussing;
    return kept->revealedByFacilitator || pickedRight(slide, source) ? QuestionPhase::Revealed : QuestionPhase::Discussing;
}

bool QuestionBook::pickedRight(int slide, const Slide &source) const
{
    const std::vector<int> &picks = m_records.at(slide).picks;
    return std::find(picks.begin(), picks.end(), source.question.answer) != picks.end();
}

std::optional<SessionEvent> QuestionBook::pick(int slide, const Slide &source, int option)
{
    if (option < 1 || option > static_cast<int>(source.question.options.size()))
        return std::nullopt;
    const std::vector<int> &picks = m_records.at(slide).picks;
    if (std::find(picks.begin(), picks.end(), option) != picks.end())
        return std::nullopt;
    m_records[slide].picks.push_back(option);
    return SessionEvent{.type = EventType::Pick, .option = option, .right = option == source.question.answer};
}

std::optional<SessionEvent> QuestionBook::undoPick(int slide)
{
    if (!record(slide) || record(slide)->picks.empty())
        return std::nullopt;
    std::vector<int> &picks = m_records[slide].picks;
    const int option = picks.back();
    picks.pop_back();
    return SessionEvent{.type = EventType::Undo, .option = option};
}

SessionEvent QuestionBook::reveal(int slide)
{
    m_records[slide].revealedByFacilitator = true;
    return {.type = EventType::Reveal};
}

std::optional<SessionEvent> QuestionBook::unreveal(int slide, const Slide &source)
{
    QuestionRecord &kept = m_records[slide];
    if (!kept.revealedByFacilitator || pickedRight(slide, source))
        return std::nullopt;
    kept.revealedByFacilitator = false;
    return SessionEvent{.type = EventType::Unreveal};
}

void QuestionBook::followSlides(const std::vector<int> &origin, const Lesson &lesson)
{
    if (!origin.empty())
        m_records.follow(origin);
    const int count = int(lesson.slides.size());
    m_records.keepIf([&](int slide, const QuestionRecord &kept) {
        return slide < count && lesson.slides[slide].isQuestion() && std::all_of(kept.picks.begin(), kept.picks.end(), [&](int p) {
                   return p <= int(lesson.slides[slide].question.options.size());
               });
    });
}

}  // namespace stoppunkt
