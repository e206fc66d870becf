// SPDX-License-Identifier: MIT
#pragma once

#include "session/ink.h"
#include "session/presentationstate.h"

#include <QString>

#include <optional>
#include <vector>

namespace stoppunkt {

/// What happened in a session; recordcodec names each in the record ("slide", "film-stop", …).
enum class EventType {
    Start,  ///< the record begins
    Resumed,  ///< the record of an interrupted session goes on ("continue")
    Resume,  ///< the session took the record's state
    Slide,
    Build,
    FilmStart,
    FilmStop,
    FilmEnd,
    FilmSkip,
    FilmReplay,
    Subtitles,
    Pick,
    Undo,
    Reveal,
    Unreveal,
    Blank,
    RoomVote,  ///< the room's phones voted on a question
    RoomSuggestion,  ///< a phone suggested a flip-chart entry
    FlipchartAdd,
    FlipchartEdit,
    FlipchartRemove,
    InkStroke,
    InkErase,
    InkUndo,
    InkClear,
    Reload,
    NextLesson,
    Timer,
    End,
};

/// One thing that happened in a session, for the record. Each event carries the fields its type names; the
/// codec writes the ones that are set. The session adds the slide's index and key to every event.
struct SessionEvent {
    EventType type = EventType::Slide;
    std::optional<int> slide;  ///< the slide's index
    std::optional<QString> slideKey;  ///< Lesson::slideKey() of that slide
    std::optional<int> build;  ///< slide, build: the build step shown
    std::optional<bool> forward;  ///< slide: entered with Next (not from behind)
    std::optional<qint64> plannedMs;  ///< slide, resume, start, continue: the time the lesson planned for it
    std::optional<int> run;  ///< film-*: the film segment's run
    std::optional<int> option;  ///< pick, undo: the option, 1 first
    std::optional<bool> right;  ///< pick: the right answer
    std::optional<Blank> blank;  ///< blank: the projector's mode
    std::optional<bool> shown;  ///< subtitles: on or off
    std::optional<int> entry;  ///< flipchart-*: the entry's number, 0 first
    std::optional<QString> text;  ///< flipchart-*, room-suggestion
    std::optional<int> stroke;  ///< ink-erase: the erased stroke's number, 0 first
    std::optional<int> strokes;  ///< ink-undo, ink-clear: how many strokes the slide keeps after it
    std::optional<InkStroke> ink;  ///< ink-stroke: the stroke drawn
    std::optional<QString> lesson;  ///< next-lesson: its id
    std::optional<QString> title;  ///< next-lesson: its title
    std::optional<QString> question;  ///< room-vote: the question's slide key
    std::optional<std::vector<int>> tally;  ///< room-vote: votes per option, option 1 first
    std::optional<int> voters;  ///< room-vote
    std::optional<int> joined;  ///< room-vote
    std::optional<qint64> elapsedMs;  ///< timer: the presentation timer's time
    std::optional<bool> running;  ///< timer

    bool operator==(const SessionEvent &other) const = default;
};

}  // namespace stoppunkt
