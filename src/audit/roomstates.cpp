// SPDX-License-Identifier: MIT
#include "audit/roomstates.h"

#include "input/commanddispatcher.h"
#include "session/presentationtimer.h"
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

namespace {
/// The first option not picked yet at the current question (0 when all are).
int nextUnpicked(const SessionView &session)
{
    const std::vector<int> picks = session.picks();
    const int options = int(session.slide().question.options.size());
    for (int option = 1; option <= options; ++option)
        if (std::find(picks.begin(), picks.end(), option) == picks.end())
            return option;
    return 0;
}
}  // namespace

std::vector<SlideFrame> everyRoomState(Lesson lesson)
{
    Session session(std::move(lesson));
    PresentationTimer timer;
    CommandDispatcher door(session, timer);
    std::vector<SlideFrame> frames;
    // Far more than any lesson needs (builds, film parts, picks): a lesson that never ends cannot hang the run.
    const int most = 64 * (session.slideCount() + 1);
    for (int step = 0; step < most; ++step) {
        SlideFrame frame = roomFrame(session, QImage());
        if (frames.empty() || !(frames.back() == frame))
            frames.push_back(std::move(frame));
        if (session.filmPhase() == FilmPhase::Playing) {
            const int run = session.segmentRun();
            if (session.segment() && session.segment()->playsToEnd())
                door.report(reports::FilmEnded{run});
            else
                door.report(reports::FilmAtStop{run});
        } else if (session.questionPhase() == QuestionPhase::Discussing && door.pick(nextUnpicked(session))) {
            continue;
        } else if (session.atLessonEnd()) {
            break;
        } else {
            door.trigger(Action::Next);
        }
    }
    return frames;
}

}  // namespace stoppunkt
