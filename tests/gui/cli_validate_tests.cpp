// SPDX-License-Identifier: MIT
// --validate looks inside the film: every stop point must lie within it, and the file must be a real film.
#include "app/clicommands.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using Catch::Contains;

namespace {
/// The seed lesson in a folder of its own, its film beside it as `filmName`, with `edit` applied to its text.
QString lessonWithFilm(const QTemporaryDir &dir, const QString &filmName, const QByteArray &filmBytes,
                       const std::function<void(QByteArray &)> &edit)
{
    QDir().mkpath(dir.filePath("lessons/morten"));
    QFile seed(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(seed.open(QIODevice::ReadOnly));
    QByteArray text = seed.readAll().replace("../../media/morten-demo.mp4", filmName.toUtf8());
    text.replace("\"lessons\": [\"kundetyper\", \"arga-kunder\", \"klagehandtering\", \"gennemsigtig-kommunikation\"],", "");
    // Without the subtitles, which stay beside the real film: only the film is under test here.
    const qsizetype subtitles = text.indexOf("      \"subtitles\": [");
    REQUIRE(subtitles > 0);
    text.remove(subtitles, text.indexOf("],\n", subtitles) + 3 - subtitles);
    edit(text);
    QFile lesson(dir.filePath("lessons/morten/lesson.json"));
    REQUIRE(lesson.open(QIODevice::WriteOnly));
    lesson.write(text);
    QFile film(dir.filePath("lessons/morten/" + filmName));
    REQUIRE(film.open(QIODevice::WriteOnly));
    film.write(filmBytes);
    return lesson.fileName();
}

QByteArray demoFilm()
{
    QFile film(STOPPUNKT_LESSONS "/../media/morten-demo.mp4");
    REQUIRE(film.open(QIODevice::ReadOnly));
    return film.readAll();
}

int validate(const QString &file, QString &errors)
{
    QString output;
    QTextStream out(&output), err(&errors);
    return validateLessons({file}, out, err);
}
}  // namespace

TEST_CASE("validating checks stop points against the film's real length")
{
    QTemporaryDir dir;
    QString errors;
    const QString good = lessonWithFilm(dir, "film.mp4", demoFilm(), [](QByteArray &) {});
    CHECK(validate(good, errors) == ExitOk);
    INFO(errors.toStdString());
    const QString late = lessonWithFilm(dir, "film.mp4", demoFilm(),
                                        [](QByteArray &text) { text.replace("\"at\": \"02:07.960\"", "\"at\": \"59:00.000\""); });
    CHECK(validate(late, errors) == ExitLessonErrors);
    CHECK_THAT(errors.toStdString(), Contains("lesson.json:32:17: error: stop point \"stop-4\" at 59:00.000 is after the "
                                              "end of the film, which runs 02:26.000 [/films/0/stops/3/at]"));
}

TEST_CASE("validating refuses a playlist renamed as a film")
{
    QTemporaryDir dir;
    QString errors;
    const QString file = lessonWithFilm(dir, "film.mp4", "#EXTM3U\n/etc/passwd\n", [](QByteArray &) {});
    CHECK(validate(file, errors) == ExitLessonErrors);
    CHECK_THAT(errors.toStdString(), Contains("error: film source \"film.mp4\" is not a video file"));
}
