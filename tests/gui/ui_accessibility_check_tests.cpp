// SPDX-License-Identifier: MIT
// The accessibility check for authors (--validate --accessibility): on a lesson made with one of each problem
// (tests/data/accessibility), each is reported once, at its line and column, and nothing else is; on the seed
// lesson, whose film has Danish subtitles and which shows no deck pages, only what the projector really draws
// too small for the back of the room.
#include "audit/accessibilitycheck.h"
#include "decktestsupport.h"
#include "lesson/lessonloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
QByteArray fileText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::vector<Diagnostic> check(const QString &lessonFile)
{
    const LoadResult loaded = loadLessonFile(lessonFile.toStdString(), {}, "lesson.json");
    REQUIRE(loaded.ok());
    const QByteArray text = fileText(lessonFile);
    return checkAccessibility(*loaded.lesson, std::string_view(text.constData(), text.size()), "lesson.json");
}

/// "line:column [pointer]" of each warning, for a readable comparison.
std::vector<std::string> places(const std::vector<Diagnostic> &warnings)
{
    std::vector<std::string> out;
    for (const Diagnostic &d : warnings) {
        CHECK(d.severity == Severity::Warning);
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.pointer);
    }
    return out;
}
}  // namespace

TEST_CASE("the accessibility check reports a film without subtitles in the lesson's language, a page without a text "
          "alternative and a slide of text too small to read, each at its line, and nothing else")
{
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("lesson.json"));
    REQUIRE(QFile::copy(QStringLiteral(STOPPUNKT_TEST_DATA "/accessibility/lesson.json"), lesson));
    test::writeDeck(dir.filePath(QStringLiteral("deck.pdf")), 2);

    const std::vector<Diagnostic> warnings = check(lesson);
    // The Swedish-only film (not the one in "da-DK"), the page slide with no "description" (not the described
    // one, not the one marked decorative with "", not the question's backdrop), and the slide of seven long
    // bullets (not the short one), at its first bullet, which is as small as the rest.
    CHECK(places(warnings) == std::vector<std::string>{"9:5 /films/0", "26:5 /slides/1", "34:9 /slides/5/bullets/0"});
    REQUIRE(warnings.size() == 3);
    CHECK_THAT(warnings[0].message, Catch::Contains("\"uden-danske\"") && Catch::Contains("(da)") && Catch::Contains("subtitles"));
    CHECK_THAT(warnings[1].message, Catch::Contains("slide 2") && Catch::Contains("\"deck.pdf\"") && Catch::Contains("\"description\""));
    CHECK_THAT(warnings[2].message, Catch::Contains("slide 6 draws 7 texts") && Catch::Contains("36 px (18 pt)"));
    CHECK(warnings[2].format().rfind("lesson.json:34:9: warning: ", 0) == 0);
}

TEST_CASE("a slide's text that fits at the readable size is not reported, and the same text made long is")
{
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("lesson.json"));
    const auto write = [&](const QString &bullet) {
        QFile file(lesson);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QStringLiteral(R"({"format": 1, "id": "t", "title": "T", "course": "C", "language": "da", "slides": [
  {"kind": "bullets", "title": "Punkter", "bullets": ["%1", "%1", "%1", "%1", "%1", "%1"]}]})")
                       .arg(bullet)
                       .toUtf8());
    };
    write(QStringLiteral("Lyt først"));
    CHECK(check(lesson).empty());
    write(QStringLiteral("Lyt først, og lyt så igen, for kunden har mere at sige end det første du hører, "
                         "og det tager tid at finde ud af hvad der er sket og hvorfor det betyder noget for kunden, "
                         "så spørg, gentag med dine egne ord og vent med løsningen"));
    const std::vector<Diagnostic> warnings = check(lesson);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].pointer == "/slides/0/bullets/0");
}

TEST_CASE("on the seed lesson the accessibility check finds no film without Danish subtitles and no picture without words")
{
    const std::vector<Diagnostic> warnings = check(QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json"));
    for (const Diagnostic &d : warnings) {
        INFO(d.format());
        CHECK(d.pointer.rfind("/films", 0) != 0);
        CHECK(d.message.find("text alternative") == std::string::npos);
        // What is left is the author's to shorten: no title, heading or feedback is drawn small by design.
        CHECK(d.pointer.find("Heading") == std::string::npos);
        CHECK(d.pointer.find("/title") == std::string::npos);
        CHECK(d.pointer.find("/feedback") == std::string::npos);
        // Film #1's long options take the room its short ones leave, so none shrinks below 36 px.
        CHECK(d.pointer.find("/options") == std::string::npos);
    }
}

TEST_CASE("the renderer draws no text below the readable size where the lesson's words fit: two module lessons pass whole")
{
    // Their questions' titles and feedback, their tables and their staircase were drawn at 26 to 34 px until the
    // renderer's largest sizes reached 36 px.
    CHECK(places(check(QStringLiteral(STOPPUNKT_LESSONS "/arga-kunder/lesson.json"))).empty());
    CHECK(places(check(QStringLiteral(STOPPUNKT_LESSONS "/klagehandtering/lesson.json"))).empty());
}
