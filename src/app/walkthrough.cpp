// SPDX-License-Identifier: MIT
#include "walkthrough.h"

#include "clicommands.h"
#include "commanddispatcher.h"
#include "consolewindow.h"
#include "filmstandin.h"
#include "lessonloader.h"
#include "presenter.h"
#include "projectorwindow.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>

namespace stoppunkt {

int runWalkthrough(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LoadResult result = loadAndReport(options.lessons.first(), err);
    if (!result.ok())
        return ExitLessonErrors;
    if (!QDir().mkpath(options.walkthroughDir)) {
        err << "stoppunkt: " << QCoreApplication::translate("main", "cannot create %1").arg(options.walkthroughDir) << '\n';
        return ExitUsage;
    }
    Options windowed = options;
    windowed.windowed = true;
    windowed.film = false;    // no film plays: each part is skipped to its stop, and a stand-in reports where
    windowed.record = false;  // a walkthrough is a review, not a session
    Presenter presenter(std::move(*result.lesson), windowed);
    FilmStandIn standIn(presenter.session());
    presenter.show();
    presenter.projector().resize(options.size);
    presenter.console().resize(options.size);
    const QDir dir(options.walkthroughDir);
    Session &session = presenter.session();
    int step = 1;
    for (; step <= 999; ++step) {
        QCoreApplication::processEvents();
        const QString stem = QStringLiteral("step-%1").arg(step, 3, 10, QLatin1Char('0'));
        if (!presenter.projector().grab().save(dir.filePath(stem + QStringLiteral("-projector.png")))
            || !presenter.console().grab().save(dir.filePath(stem + QStringLiteral("-console.png")))) {
            err << "stoppunkt: " << QCoreApplication::translate("main", "cannot write %1").arg(dir.filePath(stem)) << '\n';
            return ExitUsage;
        }
        if (session.atLessonEnd())
            break;
        presenter.dispatcher().trigger(Action::Next);
    }
    out << QCoreApplication::translate("main", "wrote %1 steps to %2").arg(step).arg(options.walkthroughDir) << '\n';
    return ExitOk;
}

} // namespace stoppunkt
