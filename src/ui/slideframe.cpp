// SPDX-License-Identifier: MIT
#include "ui/slideframe.h"

#include "session/sessionview.h"

namespace stoppunkt {

SlideFrame frameFor(const SessionView &session, const AudienceView &view)
{
    const Lesson &lesson = session.lesson();
    SlideFrame frame;
    frame.view = view;
    frame.course = QString::fromStdString(lesson.course);
    frame.lessonTitle = QString::fromStdString(lesson.title);
    frame.language = QString::fromStdString(lesson.language);
    frame.slideCount = session.slideCount();
    frame.filmUnavailable = !session.filmAvailable();
    frame.flipchart = view.flipchart;
    if (auto segment = lesson.segmentFor(lesson.slides[view.slideIndex])) {
        const Film &film = lesson.films[segment->film];
        frame.filmTitle = QString::fromStdString(film.title);
        if (segment->toStop >= 0) {
            const StopPoint &stop = film.stops[segment->toStop];
            frame.stopLabel = QString::fromStdString(stop.name());
        }
    }
    return frame;
}

SlideFrame roomFrame(const SessionView &session, const QImage &videoFrame)
{
    SlideFrame frame = frameFor(session, session.audienceView());
    if (frame.view.filmPhase == FilmPhase::Playing)
        frame.videoFrame = videoFrame;
    return frame;
}

}  // namespace stoppunkt
