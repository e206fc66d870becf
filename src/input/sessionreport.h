// SPDX-License-Identifier: MIT
#pragma once
// What the world, not the facilitator, tells the session: the film player's stops and progress, the room's
// server, the lesson's file. It comes in through CommandDispatcher::report(), the door commands use.

#include "lesson/lesson.h"
#include "session/presentationstate.h"

#include <QString>

#include <variant>
#include <vector>

namespace stoppunkt::reports {

/// The player reached the stop, or the end, of the segment it started as run `run` (Session::segmentRun()).
struct FilmAtStop {
    int run = 0;
};
struct FilmEnded {
    int run = 0;
};
/// The player cannot show the film (the sentence says why), or can again (empty).
struct FilmProblem {
    QString problem;
};
/// Where the player is; `loaded` false when no film is open.
struct FilmProgress {
    bool loaded = false;
    bool paused = true;
    qint64 positionMs = -1;
    qint64 durationMs = -1;
};
/// The room's server: its state, the phones in it, their votes.
struct Participation {
    ParticipationState state;
};
/// A phone suggested this text for the flip chart (recorded whether it is accepted or not).
struct RoomSuggestion {
    QString text;
};
/// A new version of the lesson (the author's edit, or the file changed on disk): `origin` says where each slide
/// was before (see Session::replaceLesson()); `focus`, when not -1, is the slide the change was made on.
struct LessonEdited {
    Lesson lesson;
    std::vector<int> origin;
    int focus = -1;
};
/// The group chose the lesson to take next (recorded in the session that closes).
struct NextLessonChosen {
    std::string id;
    std::string title;
};
/// Another lesson starts from its first slide.
struct LessonStarted {
    Lesson lesson;
};

}  // namespace stoppunkt::reports

namespace stoppunkt {
using SessionReport =
    std::variant<reports::FilmAtStop, reports::FilmEnded, reports::FilmProblem, reports::FilmProgress, reports::Participation,
                 reports::RoomSuggestion, reports::LessonEdited, reports::NextLessonChosen, reports::LessonStarted>;
}  // namespace stoppunkt
