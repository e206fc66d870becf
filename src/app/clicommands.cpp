// SPDX-License-Identifier: MIT
#include "app/clicommands.h"

#include "app/clitext.h"
#include "app/lessonpaths.h"
#include "app/options.h"
#include "audit/accessibilitycheck.h"
#include "deck/deckprobe.h"
#include "import/deckconversion.h"
#include "import/deckimport.h"
#include "lesson/lessonloader.h"
#include "lesson/outline.h"
#include "media/filmprobe.h"
#include "ui/consolequestion.h"

#include <QFile>
#include <QFileInfo>

#include <map>
#include <memory>

namespace stoppunkt {

namespace {
/// Looks into film files with libmpv; many films of a lesson may share one file, which is looked into once.
FilmProbeFunction filmProber()
{
    auto seen = std::make_shared<std::map<std::filesystem::path, FilmFacts>>();
    return [seen](const std::filesystem::path &file) {
        auto it = seen->find(file);
        if (it == seen->end()) {
            const FilmProbe::Result found = FilmProbe::probe(QString::fromStdString(file.string()));
            it = seen->emplace(file, FilmFacts{found.playable, found.problem.toStdString(), found.durationMs}).first;
        }
        return it->second;
    };
}

/// The accessibility check's warnings on a valid lesson, GCC style, and how many there are.
void reportAccessibility(const QString &file, const Lesson &lesson, QTextStream &out, QTextStream &err)
{
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly))
        return;  // it was read a moment ago; a file gone since has nothing more to check
    const QByteArray text = source.readAll();
    const std::vector<Diagnostic> warnings =
        checkAccessibility(lesson, std::string_view(text.constData(), text.size()), file.toStdString());
    for (const Diagnostic &d : warnings)
        err << QString::fromStdString(d.format()) << '\n';
    err.flush();
    out << (warnings.empty() ? CliText::tr("Accessibility: nothing found")
                             : CliText::tr("Accessibility: %n warnings", nullptr, int(warnings.size())))
        << '\n';
}
}  // namespace

LoadResult loadAndReport(const QString &file, QTextStream &err, bool strict)
{
    LoadOptions options;
    options.requireMedia = strict;
    options.probeDeck = deckProbe();
    if (strict)
        options.probeFilm = filmProber();
    LoadResult result = loadLessonFile(file.toStdString(), options, file.toStdString());
    for (const Diagnostic &d : result.diagnostics)
        err << QString::fromStdString(d.format()) << '\n';
    err.flush();
    return result;
}

QString lessonSummary(const Lesson &lesson)
{
    const int slides = int(lesson.slides.size());
    QStringList counts{CliText::tr("%n slides", nullptr, slides)};
    if (!lesson.films.empty()) {
        const int films = int(lesson.films.size());
        const int stops = lesson.stopPointCount();
        counts << CliText::tr("%n films", nullptr, films) << CliText::tr("%n stop points", nullptr, stops);
    }
    const int questions = lesson.questionCount();
    counts << CliText::tr("%n questions", nullptr, questions);
    return QString::fromStdString(lesson.title) + QStringLiteral(" \u2014 ") + counts.join(QStringLiteral(", "));
}

int validateLessons(const QStringList &files, QTextStream &out, QTextStream &err, bool accessibility)
{
    int exitCode = ExitOk;
    for (const QString &file : files) {
        const LoadResult result = loadAndReport(file, err, true);
        if (result.ok()) {
            out << CliText::tr("OK: %1").arg(lessonSummary(*result.lesson)) << '\n';
            if (accessibility)
                reportAccessibility(file, *result.lesson, out, err);
        } else {
            const int errors = errorCount(result.diagnostics);
            err << CliText::tr("%1: %n errors", nullptr, errors).arg(file) << '\n';
            exitCode = ExitLessonErrors;
        }
        out.flush();
        err.flush();
    }
    return exitCode;
}

int validateLessonsInWindow(const QStringList &files, bool accessibility)
{
    QString text;
    QTextStream out(&text);
    const int code = validateLessons(files, out, out, accessibility);
    out.flush();
    tellOnConsole(nullptr, code == ExitOk ? CliText::tr("The lesson is ready") : CliText::tr("The lesson has problems"), text.trimmed());
    return code;
}

int importLesson(const Options &options, const QString &language, QTextStream &out, QTextStream &err)
{
    ImportRequest request;
    request.deck = options.importDeck;
    request.folder = options.reportOutput;
    request.language = language;
    request.schemaFile = findSchemaFile();
    request.office = findOffice();
    request.replace = options.replace;
    request.probeFilm = filmProber();
    const ImportReport report = importDeck(request);
    for (const QString &line : report.lines)
        out << line << '\n';
    out.flush();
    if (!report.ok) {
        err << "stoppunkt: " << report.problem << '\n';
        err.flush();
        return ExitLessonErrors;
    }
    out << CliText::tr("Present it with: stoppunkt %1").arg(QFileInfo(report.lessonFile).absolutePath()) << '\n';
    out.flush();
    return ExitOk;
}

int outlineLesson(const QString &file, QTextStream &out, QTextStream &err)
{
    const LoadResult result = loadAndReport(file, err, false);
    err.flush();
    if (!result.ok())
        return ExitLessonErrors;
    out << QString::fromStdString(lessonOutline(*result.lesson));
    out.flush();
    return ExitOk;
}

}  // namespace stoppunkt
