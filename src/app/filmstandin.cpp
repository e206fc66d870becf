// SPDX-License-Identifier: MIT
#include "app/filmstandin.h"

#include "input/commanddispatcher.h"
#include "lesson/filmsource.h"
#include "media/filmprobe.h"
#include "session/sessionview.h"

namespace stoppunkt {

FilmStandIn::FilmStandIn(const SessionView &session, CommandDispatcher &dispatcher, QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher)
{
    connect(&session, &SessionView::changed, this, &FilmStandIn::reportPlace);
    connect(&session, &SessionView::lessonReplaced, this, [this] { m_films.clear(); });
    reportPlace();
}

void FilmStandIn::reportPlace()
{
    const auto segment = m_session.segment();
    if (!segment)
        return;
    const Lesson &lesson = m_session.lesson();
    const Film &film = lesson.films[segment->film];
    auto found = m_films.find(segment->film);
    if (found == m_films.end()) {
        Probed probed;
        const FilmSourceCheck check = checkFilmSource(film.source, lesson.file, {});
        if (check.status != FilmSourceCheck::Status::Ok) {
            probed.problem = QString::fromStdString(check.about(film.source));
        } else {
            const FilmProbe::Result result = FilmProbe::probe(QString::fromStdString(check.resolved.string()));
            probed.durationMs = result.durationMs;
            if (!result.playable)
                probed.problem = QString::fromStdString(film.source) + QStringLiteral(": ") + result.problem;
        }
        found = m_films.emplace(segment->film, probed).first;
    }
    const Probed &probed = found->second;
    if (m_session.filmStatus().problem != probed.problem)
        m_dispatcher.report(reports::FilmProblem{probed.problem});  // emits changed(), which comes back here once
    if (!probed.problem.isEmpty())
        return;
    const qint64 stop = segment->playsToEnd() ? probed.durationMs : film.stopOf(*segment);
    const qint64 start = std::max<qint64>(0, film.startOf(*segment));
    switch (m_session.filmPhase()) {
    case FilmPhase::Playing: m_dispatcher.report(reports::FilmProgress{true, false, start, probed.durationMs}); break;
    case FilmPhase::AtStop:
    case FilmPhase::Ended: m_dispatcher.report(reports::FilmProgress{true, true, stop, probed.durationMs}); break;
    case FilmPhase::Idle: m_dispatcher.report(reports::FilmProgress{true, true, start, probed.durationMs}); break;
    }
}

}  // namespace stoppunkt
