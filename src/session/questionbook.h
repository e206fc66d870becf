// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "session/perslide.h"
#include "session/presentationstate.h"
#include "session/sessionevent.h"

#include <optional>

namespace stoppunkt {

/// The questions' book: the picks the group made on each question slide, in order, and whether the
/// facilitator revealed the answer, kept when the slide is left. It holds the one rule for a question's
/// phase; each change comes back as the event to record.
class QuestionBook {
public:
    const QuestionRecord *record(int slide) const { return m_records.find(slide); }
    const PerSlide<QuestionRecord> &bySlide() const { return m_records; }
    /// Where the question on `slide` is: a film question waits for its stop point, a question without film
    /// is open from the start; it is revealed by a right pick or by the facilitator.
    QuestionPhase phaseOf(int slide, const Slide &source, FilmPhase filmPhase) const;
    /// Whether the right answer is among the picks on `slide`.
    bool pickedRight(int slide, const Slide &source) const;

    /// The group proposes `option` (1-based) on a question it discusses; nothing when it is no option or
    /// was picked already.
    std::optional<SessionEvent> pick(int slide, const Slide &source, int option);
    /// Takes back the last pick on `slide`.
    std::optional<SessionEvent> undoPick(int slide);
    /// The facilitator shows the answer (R, or a second Next).
    SessionEvent reveal(int slide);
    /// Previous takes back the facilitator's reveal, unless the group picked the answer itself.
    std::optional<SessionEvent> unreveal(int slide, const Slide &source);
    /// Slides moved (see PerSlide::follow(); an empty `origin` moves none); picks stay only on questions
    /// that still have their options.
    void followSlides(const std::vector<int> &origin, const Lesson &lesson);
    void replace(std::map<int, QuestionRecord> records) { m_records.assign(std::move(records)); }

private:
    PerSlide<QuestionRecord> m_records;
};

}  // namespace stoppunkt
