// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/questiontext.h"
#include "lesson/slide.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace stoppunkt {

class LessonFile;

/// Author mode's edits of the lesson's slides, each one change through the lesson file (checked, written with
/// every other byte kept, undone as a whole): a slide moved, copied, deleted, retitled or split at a build
/// step, its notes written, and a question written at a film's stop.
class LessonEditor {
    Q_DECLARE_TR_FUNCTIONS(LessonEditor)
public:
    explicit LessonEditor(LessonFile &file) : m_file(file) { }

    /// Moves slide `index` one place earlier (-1) or later (+1).
    bool moveSlide(int index, int direction);
    /// Puts a copy of slide `index` right after it (a slide id gets "-2", "-3" … to stay unique).
    bool duplicateSlide(int index);
    /// Deletes slide `index`; what it leaves without (a stop without its question) is in the file's newWarning().
    bool deleteSlide(int index);
    bool retitleSlide(int index, const QString &title);
    /// Splits a page slide that steps through pages: the pages from build step `step` on (1 or more) become a
    /// slide of their own right after it, and the notes of those steps go with them.
    bool splitSlide(int index, int step);
    bool writeNotes(int index, const std::vector<Note> &notes);
    /// Writes the question into the film-question slide `index`, changing only what differs.
    bool editQuestion(int index, const QuestionDraft &draft);
    /// Adds the question as a new film-question slide, placed among the film's questions by its stop
    /// (after the slide `near` when the film has none yet); returns the new slide's index, or -1. A film
    /// segment that plays through the stop gets the question before it and starts at the stop from then on.
    int addQuestion(const QuestionDraft &draft, int near);
    /// Where addQuestion() would put it.
    int placeForQuestion(const QuestionDraft &draft, int near) const;

    const QString &problem() const { return m_problem; }

private:
    bool refuse(const QString &problem);
    bool applied(bool ok);
    /// A slide id not yet used in the lesson, made from `id` ("film-2-2").
    std::string freeIdFrom(const std::string &id) const;
    bool validSlide(int index);
    /// The film segment of the question's film that plays through its stop, or -1.
    int coveringSegment(const QuestionDraft &draft) const;

    LessonFile &m_file;
    QString m_problem;
};

}  // namespace stoppunkt
