// SPDX-License-Identifier: MIT
// The dispatcher's door for reports: what the film player, the room's server and the lesson's file tell the session.
#include "input/commanddispatcher.h"

#include "session/session.h"

namespace stoppunkt {

namespace {
template <class... Handlers> struct Overloaded : Handlers... {
    using Handlers::operator()...;
};
template <class... Handlers> Overloaded(Handlers...) -> Overloaded<Handlers...>;  // clang 14 does not deduce it for an aggregate
}  // namespace

void CommandDispatcher::report(SessionReport report)
{
    Session &session = m_session;
    std::visit(Overloaded{
                   [&](const reports::FilmAtStop &r) { session.filmReachedStop(r.run); },
                   [&](const reports::FilmEnded &r) { session.filmEnded(r.run); },
                   [&](const reports::FilmProblem &r) { session.setFilmProblem(r.problem); },
                   [&](const reports::FilmProgress &r) { session.setFilmProgress(r.loaded, r.paused, r.positionMs, r.durationMs); },
                   [&](reports::Participation &r) { session.setParticipation(std::move(r.state)); },
                   [&](const reports::RoomSuggestion &r) { session.noteRoomSuggestion(r.text); },
                   [&](reports::LessonEdited &r) {
                       session.replaceLesson(std::move(r.lesson), r.origin);
                       if (r.focus >= 0 && r.focus < session.slideCount() && r.focus != session.slideIndex())
                           session.goTo(r.focus);
                   },
                   [&](const reports::NextLessonChosen &r) { session.noteNextLesson(r.id, r.title); },
                   [&](reports::LessonStarted &r) { session.startLesson(std::move(r.lesson)); },
               },
               report);
}

}  // namespace stoppunkt
