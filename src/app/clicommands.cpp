// SPDX-License-Identifier: MIT
#include "clicommands.h"

#include "filmprobe.h"
#include "lessonloader.h"
#include "outline.h"

#include <map>
#include <memory>

namespace stoppunkt {

LoadResult loadAndReport(const QString &file, QTextStream &err, bool strict)
{
    LoadOptions options;
    options.requireMedia = strict;
    if (strict) {
        // Many films of a lesson may share one file: it is looked into once.
        auto seen = std::make_shared<std::map<std::filesystem::path, FilmFacts>>();
        options.probeFilm = [seen](const std::filesystem::path &file) {
            auto it = seen->find(file);
            if (it == seen->end()) {
                const FilmProbe::Result found = FilmProbe::probe(QString::fromStdString(file.string()));
                it = seen->emplace(file, FilmFacts{found.playable, found.problem.toStdString(), found.durationMs}).first;
            }
            return it->second;
        };
    }
    LoadResult result = loadLessonFile(file.toStdString(), options, file.toStdString());
    for (const Diagnostic &d : result.diagnostics)
        err << QString::fromStdString(d.format()) << '\n';
    err.flush();
    return result;
}

int validateLessons(const QStringList &files, QTextStream &out, QTextStream &err)
{
    int exitCode = ExitOk;
    for (const QString &file : files) {
        const LoadResult result = loadAndReport(file, err, true);
        if (result.ok()) {
            out << "OK: " << QString::fromStdString(lessonSummary(*result.lesson)) << '\n';
        } else {
            const int errors = errorCount(result.diagnostics);
            err << file << ": " << errors << (errors == 1 ? " error" : " errors") << '\n';
            exitCode = ExitLessonErrors;
        }
        out.flush();
        err.flush();
    }
    return exitCode;
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

} // namespace stoppunkt
