// SPDX-License-Identifier: MIT
#include "app/walkthrough.h"

#include "app/clicommands.h"
#include "app/clitext.h"
#include "app/filmstandin.h"
#include "app/presenter.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/sessionrecorder.h"
#include "session/sessionview.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>

namespace stoppunkt {

namespace {
/// One line of the walkthrough's index: which step shows what, so a reviewer (or a script) finds a slide.
QString indexLine(const QString &stem, const SessionView &session)
{
    static const char *const questionPhases[] = {"none", "discussing", "revealed"};
    const Slide &slide = session.slide();
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
        .arg(stem)
        .arg(session.slideIndex() + 1)
        .arg(QString::fromUtf8(slideKindName(slide.kind)))
        .arg(session.buildStep() == slide.buildCount() ? QStringLiteral("complete") : QStringLiteral("building"))
        .arg(recordcodec::filmPhaseName(session.filmPhase()))  // as the session record names it
        .arg(QLatin1String(questionPhases[int(session.questionPhase())]))
        .arg(QString::fromStdString(slide.title));
}
}  // namespace

int runWalkthrough(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LoadResult result = loadAndReport(options.lessons.first(), err);
    if (!result.ok())
        return ExitLessonErrors;
    if (!QDir().mkpath(options.walkthroughDir)) {
        err << "stoppunkt: " << CliText::tr("cannot create %1").arg(options.walkthroughDir) << '\n';
        return ExitUsage;
    }
    Options windowed = options;
    windowed.windowed = true;
    windowed.film = false;  // no film plays: each part is skipped to its stop, and a stand-in reports where
    windowed.record = false;  // a walkthrough is a review, not a session
    Presenter presenter(std::move(*result.lesson), windowed);
    FilmStandIn standIn(presenter.view(), presenter.dispatcher());
    // A record in a folder that goes away afterwards: the console's end-of-lesson summary reads it.
    QTemporaryDir recordDir;
    SessionRecorder recorder(presenter.view(), presenter.timer(), recordDir.filePath(QStringLiteral("record.json")));
    recorder.start();
    presenter.console().setRecordSource([&recorder] { return recorder.document(); });
    presenter.show();
    presenter.projector().resize(options.size);
    presenter.console().resize(options.size);
    const QDir dir(options.walkthroughDir);
    QFile index(dir.filePath(QStringLiteral("index.tsv")));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        err << "stoppunkt: " << CliText::tr("cannot write %1").arg(index.fileName()) << '\n';
        return ExitUsage;
    }
    index.write("step\tslide\tkind\tbuild\tfilm\tquestion\ttitle\n");
    const SessionView &session = presenter.view();
    int step = 1;
    for (; step <= 999; ++step) {
        QCoreApplication::processEvents();
        const QString stem = QStringLiteral("step-%1").arg(step, 3, 10, QLatin1Char('0'));
        if (!presenter.projector().grab().save(dir.filePath(stem + QStringLiteral("-projector.png")))
            || !presenter.console().grab().save(dir.filePath(stem + QStringLiteral("-console.png")))) {
            err << "stoppunkt: " << CliText::tr("cannot write %1").arg(dir.filePath(stem)) << '\n';
            return ExitUsage;
        }
        index.write(indexLine(stem, session).toUtf8());
        if (session.atLessonEnd())
            break;
        presenter.dispatcher().trigger(Action::Next);
    }
    out << CliText::tr("wrote %n steps to %1", nullptr, step).arg(options.walkthroughDir) << '\n';
    return ExitOk;
}

}  // namespace stoppunkt
