// SPDX-License-Identifier: MIT
#include "app/stopframes.h"

#include "app/clicommands.h"
#include "app/clitext.h"
#include "lesson/filmsource.h"
#include "lesson/lessonloader.h"
#include "media/filmplayer.h"
#include "media/softwaresurface.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace stoppunkt {

namespace {

/// Runs the event loop until `signal` fires or `ms` pass; returns whether it fired.
template <typename Signal> bool waitFor(FilmPlayer &player, Signal signal, int ms)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(&player, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QObject::connect(&player, &FilmPlayer::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}
void settle(SoftwareSurface &surface)
{
    bool fresh = true;
    while (fresh) {
        QEventLoop loop;
        fresh = false;
        QObject::connect(&surface, &SoftwareSurface::frameReady, &loop, [&] {
            fresh = true;
            loop.quit();
        });
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    }
}
}  // namespace

int runStopFrames(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const LoadResult result = loadAndReport(options.lessons.first(), err);
    if (!result.ok())
        return ExitLessonErrors;
    const QDir dir(options.stopFramesDir);
    if (!QDir().mkpath(dir.path())) {
        err << "stoppunkt: " << CliText::tr("cannot create %1").arg(dir.path()) << '\n';
        return ExitUsage;
    }
    int written = 0;
    for (const Film &film : result.lesson->films) {
        const FilmSourceCheck check = checkFilmSource(film.source, result.lesson->file, {});
        if (check.status != FilmSourceCheck::Status::Ok) {
            err << "stoppunkt: " << QString::fromStdString(check.about(film.source)) << '\n';
            return ExitLessonErrors;
        }
        FilmPlayer player({FilmPlayer::Output::Software, false, 100});
        QString error;
        QObject::connect(&player, &FilmPlayer::errorOccurred, [&](const QString &message) { error = message; });
        if (!player.open(QString::fromStdString(check.resolved.string()), film.fps) || !waitFor(player, &FilmPlayer::loaded, 20000)) {
            err << "stoppunkt: " << (error.isEmpty() ? CliText::tr("the film did not load") : error) << '\n';
            return ExitLessonErrors;
        }
        for (std::size_t i = 0; i < film.stops.size(); ++i) {
            // The way a lesson gets there: play the last second before the stop, and keep what stays on screen.
            const qint64 at = film.stops[i].atMs;
            player.playSegment(std::max<qint64>(0, at - 1000), at, int(i));
            if (!waitFor(player, &FilmPlayer::stopReached, 20000)) {
                err << "stoppunkt: " << CliText::tr("the film did not reach stop point %1").arg(QString::fromStdString(film.stops[i].id))
                    << '\n';
                return ExitLessonErrors;
            }
            // mpv flags the stop as soon as the end is decoded; the last frame may still be on its way to
            // the surface. Wait until no new frame has come for 300 ms, then keep what is shown.
            settle(*player.softwareSurface());
            player.softwareSurface()->renderNow();
            const QString name = dir.filePath(result.lesson->films.size() == 1
                                                  ? QStringLiteral("stop-%1.png").arg(i + 1)
                                                  : QStringLiteral("%1-stop-%2.png").arg(QString::fromStdString(film.id)).arg(i + 1));
            if (!player.softwareSurface()->frame().save(name)) {
                err << "stoppunkt: " << CliText::tr("cannot write %1").arg(name) << '\n';
                return ExitUsage;
            }
            ++written;
        }
    }
    out << CliText::tr("wrote %n stop frames to %1", nullptr, written).arg(dir.path()) << '\n';
    return ExitOk;
}

}  // namespace stoppunkt
