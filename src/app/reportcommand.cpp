// SPDX-License-Identifier: MIT
#include "app/reportcommand.h"

#include "app/clicommands.h"
#include "app/clitext.h"
#include "deck/deckprobe.h"
#include "lesson/lessonloader.h"
#include "session/session.h"
#include "session/sessionrecord.h"
#include "session/sessionsummary.h"
#include "ui/handoutwriter.h"
#include "ui/reportwriter.h"

#include <QCoreApplication>
#include <QTextStream>

namespace stoppunkt {

namespace {
/// "wrote report.pdf (1 page)", "wrote handout.pdf (8 pages)".
QString wroteLine(int pages, const QString &file)
{
    return CliText::tr("wrote %1 (%n pages)", nullptr, pages).arg(file);
}
}  // namespace

int runReport(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    const auto record = SessionRecord::load(options.lessons.first(), &error);
    if (!record) {
        err << "stoppunkt: " << error << '\n';
        return ExitLessonErrors;
    }
    // The record names its lesson; the report needs the lesson's titles and answers.
    const QString lessonFile = record->lessonFile;
    LoadOptions loading;
    loading.probeDeck = deckProbe();
    const LoadResult lesson = loadLessonFile(lessonFile.toStdString(), loading, lessonFile.toStdString());
    if (!lesson.ok()) {
        err << "stoppunkt: " << CliText::tr("the record's lesson %1 cannot be read:").arg(lessonFile) << '\n';
        for (const Diagnostic &d : lesson.diagnostics)
            err << QString::fromStdString(d.format()) << '\n';
        return ExitLessonErrors;
    }
    const SessionSummary summary = SessionSummary::fromRecord(*lesson.lesson, *record);
    // The slides drawn on, as the record's state left them (with the picks and the reveal made there): the
    // session resumed from it, read by the renderer.
    Session session(std::move(*lesson.lesson));
    std::vector<SlideFrame> drawings;
    if (record->state && session.restore(*record->state).restored)
        for (int index = 0; index < session.slideCount(); ++index)
            if (!session.ink(index).empty())
                drawings.push_back(frameFor(session, session.lastSeenOf(index)));
    const int pages = writeReport(summary, drawings, options.reportOutput, &error);
    if (pages == 0) {
        err << "stoppunkt: " << error << '\n';
        return ExitUsage;
    }
    out << wroteLine(pages, options.reportOutput) << '\n';
    return ExitOk;
}

int runHandout(const Options &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    LoadResult result = loadAndReport(options.lessons.first(), err);
    if (!result.ok())
        return ExitLessonErrors;
    Session session(std::move(*result.lesson));
    QString error;
    if (!options.handoutDrawings.isEmpty()) {
        // The strokes of that session, on their slides (matched by their keys, as a resume does).
        const auto record = SessionRecord::load(options.handoutDrawings, &error);
        const auto state = record ? record->state : std::nullopt;
        if (!state) {
            err << "stoppunkt: " << (record ? CliText::tr("%1 has no state to take the drawings from").arg(options.handoutDrawings) : error)
                << '\n';
            return ExitLessonErrors;
        }
        for (const QString &lost : session.restore(*state).lost)
            err << "stoppunkt: " << lost << '\n';
    }
    const int pages = writeHandout(session, options.handoutOutput, &error);
    if (pages == 0) {
        err << "stoppunkt: " << error << '\n';
        return ExitUsage;
    }
    out << wroteLine(pages, options.handoutOutput) << '\n';
    return ExitOk;
}

}  // namespace stoppunkt
