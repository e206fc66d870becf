// SPDX-License-Identifier: MIT
// Reads a slide's facilitator notes: their kinds, their text, and the build step a note belongs to.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"
#include "lesson/suggestion.h"

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;
}  // namespace

void readNotes(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    const nlohmann::json *notes = slide.array("notes", Need::Optional);
    if (!notes)
        return;
    checkCount(reporter, slide.pointerOf("notes"), notes->size(), limits::kNotes,
               QT_TRANSLATE_NOOP("LessonCheck", "a slide has at most %1 notes, so the room can read them; this one has %2"));
    for (std::size_t i = 0; i < notes->size(); ++i) {
        const std::string pointer = childPointer(slide.pointerOf("notes"), i);
        ObjectReader r((*notes)[i], pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "note %1"), i + 1), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"kind", "text", "step"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a note")));
        Note note;
        if (auto kind = r.text("kind", Need::Optional); kind && !noteKindFromName(*kind, note.kind)) {
            std::string message;
            if (auto s = closestMatch(*kind, noteKindNames()); !s.empty())
                message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown note kind %1; did you mean %2?"), inQuotes(*kind), inQuotes(s));
            else
                message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown note kind %1; use %2"), inQuotes(*kind), listOf(noteKindNames()));
            reporter.error(r.pointerOf("kind"), message);
        }
        note.text = r.text("text", Need::Required).value_or("");
        if (const auto step = r.integer("step", Need::Optional); step && (*step < 1 || *step > limits::kPageSteps + 1))
            reporter.error(r.pointerOf("step"), say(QT_TRANSLATE_NOOP("LessonCheck", "\"step\" is %1; a slide's states are numbered "
                                                                                     "from 1 (as it opens) to at most %2"),
                                                    *step, limits::kPageSteps + 1));
        else if (step)
            note.step = int(*step);
        out.notes.push_back(std::move(note));
    }
}

/// A note's step must be one the slide shows: 1 up to its build's count plus one.
void checkNoteSteps(ObjectReader &r, const Slide &slide, Reporter &reporter)
{
    const int states = slide.buildCount() + 1;
    for (std::size_t i = 0; i < slide.notes.size(); ++i)
        if (slide.notes[i].step > states)
            reporter.error(childPointer(r.pointerOf("notes"), i) + "/step",
                           say(QT_TRANSLATE_NOOP("LessonCheck", "note %1 belongs to step %2, but this slide shows %3 (its build's steps "
                                                                "and the slide as it opens)"),
                               i + 1, slide.notes[i].step, states));
}

}  // namespace stoppunkt
