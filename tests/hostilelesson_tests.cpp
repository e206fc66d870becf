// SPDX-License-Identifier: MIT
// Lessons written to break the loader: each case once aborted, crashed, wrapped or misled, and must now give
// one clear error in the file.
#include "lesson/filmsource.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace stoppunkt;
using namespace stoppunkt::test;
using Catch::Contains;

TEST_CASE("a number too large for a double is an error at the number, not an abort")
{
    {
        const std::string text = "{\"format\":1e400}";
        const auto errors = errorsOf(loadText(text));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message == "the number 1e400 is too large; numbers must stay within ±1.7e308");
        CHECK(errors[0].pointer == "/format");
        CHECK(positionOf(errors[0]) == "1:11");
    }
    const std::string text = replaced(minimalLesson(), "\"answer\": 4", "\"answer\": -4.5E+99999");
    const Diagnostic d = onlyError(text, "/slides/2/answer", "-4.5E+99999");
    CHECK_THAT(d.message, Contains("too large"));
    // A tiny number is not an overflow: it reads as 0, and the usual rules apply to it.
    for (const Diagnostic &e : errorsOf(loadText("{\"format\":1e-400}")))
        CHECK_THAT(e.message, !Contains("too large"));
}

TEST_CASE("a whole number beyond 64 bits is reported as written, not wrapped")
{
    const std::string text = replaced(minimalLesson(), "\"answer\": 4", "\"answer\": 18446744073709551615");
    const Diagnostic d = onlyError(text, "/slides/2/answer", "18446744073709551615");
    CHECK(d.message == "\"answer\" is 18446744073709551615, which is far too large for a whole number here");
    const std::string twoTo63 = replaced(minimalLesson(), "\"answer\": 4", "\"answer\": 9223372036854775808");
    CHECK_THAT(onlyError(twoTo63, "/slides/2/answer", "9223372036854775808").message, Contains("9223372036854775808"));
}

TEST_CASE("a comment is named as a comment")
{
    const std::string text = replaced(minimalLesson(), "\"format\": 1,", "// the first lesson\n  \"format\": 1,");
    const Diagnostic d = onlyError(text, "", "// the first");
    CHECK(d.message == "JSON syntax error: JSON allows no comments; put notes for authors in \"notes\", or remove the comment");
    const std::string block = replaced(minimalLesson(), "\"format\": 1,", "\"format\": 1, /* v1 */");
    CHECK_THAT(onlyError(block, "/format", "/* v1").message, Contains("JSON allows no comments"));
}

TEST_CASE("long strings are checked without deep recursion, and refused past the text limit")
{
    // std::regex overflowed the stack at about 50,000 characters; the checks are loops now.
    const std::string longId(200000, 'a');
    CHECK(isPlainId(longId));
    CHECK_FALSE(isPlainId(longId + "-"));
    CHECK_FALSE(isPlainId("-" + longId));
    const FilmSourceCheck url = checkFilmSource(std::string(200000, 'b') + ":x", "/nonexistent/lessons/mini/lesson.json", {});
    CHECK(url.about("x").rfind("x is a URL or protocol", 0) == 0);
    // In a lesson, such a string is refused at its place for its length.
    const auto errors = errorsOf(loadText(replaced(minimalLesson(), "\"id\": \"mini\"", "\"id\": \"" + longId + "\"")));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].pointer == "/id");
    CHECK(positionOf(errors[0]) == "3:9");
    CHECK(errors[0].message == "this text is 200000 characters long; at most 1000 fit here (put more in the notes or the handout)");
    for (const char *tag : {"da", "sv-SE", "nb-NO", "zh-Hant-TW"})
        CHECK(errorsOf(loadText(replaced(minimalLesson(), "\"da\"", std::string("\"") + tag + "\""))).empty());
    for (const char *tag : {"d", "dansk", "da-", "da--DK", "da-x", "da_DK", "-da"})
        CHECK(errorsOf(loadText(replaced(minimalLesson(), "\"da\"", std::string("\"") + tag + "\""))).size() == 1);
}

TEST_CASE("text that would overflow the slide is refused at its place: length, stacked marks, too many items, huge values")
{
    const std::string longTitle(121, 'T');
    CHECK(onlyError(replaced(minimalLesson(), "\"title\": \"Points\"", "\"title\": \"" + longTitle + "\""), "/slides/1/title",
                    "\"" + longTitle)
              .message
          == "this text is 121 characters long; at most 120 fit here (put more in the notes or the handout)");
    std::string zalgo = "Kunde";
    for (int i = 0; i < 60; ++i)
        zalgo += "\xCC\x81";  // U+0301 COMBINING ACUTE ACCENT
    CHECK(onlyError(replaced(minimalLesson(), "\"one\"", "\"" + zalgo + "\""), "/slides/1/bullets/0", "\"Kunde").message
          == "this text stacks 60 combining marks on one letter; at most 4 are allowed, so they stay on their line");
    CHECK(errorsOf(loadText(replaced(minimalLesson(), "\"one\"", "\"Tiê\xCC\x81ng Viê\xCC\xA3t\""))).empty());
    std::string bullets = "\"b\"";
    for (int i = 1; i < 100000; ++i)
        bullets += ",\"b\"";
    CHECK(onlyError(replaced(minimalLesson(), "\"one\", \"two\", \"three\"", bullets), "/slides/1/bullets", "[\"b\"").message
          == "a slide shows at most 12 bullets, so the room can read them; this one has 100000");
}

TEST_CASE("a stop more than 24 hours into the film is refused, however it is written")
{
    const std::string text = replaced(minimalLesson(), "\"00:10.000\"", "\"999999999:59:59.999\"");
    const Diagnostic d = onlyError(text, "/films/0/stops/0/at", "\"999999999");
    CHECK(d.message == "\"at\" \"999999999:59:59.999\" is more than 24 hours into the film; no film is that long");
    CHECK(errorsOf(loadText(replaced(minimalLesson(), "20.5", "\"23:59:59.000\""))).empty());
}

TEST_CASE("a frame rate outside 1 to 240 is refused")
{
    for (const char *fps : {"0.001", "1e-300", "0", "241", "-25"}) {
        INFO(fps);
        const Diagnostic d = onlyError(replaced(minimalLesson(), "\"fps\": 25", std::string("\"fps\": ") + fps), "/films/0/fps", fps);
        CHECK_THAT(d.message, Contains("between 1 and 240"));
    }
    CHECK(errorsOf(loadText(replaced(minimalLesson(), "\"fps\": 25", "\"fps\": 23.976"))).empty());
}

TEST_CASE("a million problems are counted, and the first 500 listed")
{
    std::string text = "{\"format\": 1";
    for (int i = 0; i < 100000; ++i)
        text += ",\"format\": 1";
    text += "}";
    const LoadResult result = loadText(text);
    REQUIRE(result.diagnostics.size() == kMaxListedProblems + 1);
    CHECK(result.diagnostics[0].message.rfind("duplicate key", 0) == 0);
    CHECK(positionOf(result.diagnostics[0]) == "1:14");
    CHECK(positionOf(result.diagnostics[499]) == "1:" + std::to_string(14 + 12 * 499));
    // 100,000 repeated keys and the 5 required keys the object lacks, less the 500 listed.
    CHECK(result.diagnostics.back().message == "99505 more problems are not listed; fix the first 500 and check again");
    CHECK(result.diagnostics.back().severity == Severity::Error);
}

namespace {
std::filesystem::path freshFolder(const std::string &name)
{
    const auto root = std::filesystem::temp_directory_path() / ("stoppunkt-hostile-" + name);
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "lessons" / "main");
    return root;
}

std::string withNextLesson(const std::string &id)
{
    return replaced(minimalLesson(), "\"bullets\": [\"done\"]",
                    "\"bullets\": [\"done\"], \"lessonsHeading\": \"Next\", \"lessons\": [\"" + id + "\"]");
}
}  // namespace

TEST_CASE("a linked lesson that is a link out of the lessons folder is not read")
{
    const auto root = freshFolder("symlink");
    std::filesystem::create_directories(root / "lessons" / "passwd");
    std::filesystem::create_symlink("/etc/passwd", root / "lessons" / "passwd" / "lesson.json");
    const auto file = root / "lessons" / "main" / "lesson.json";
    const LoadResult result = loadLessonText(withNextLesson("passwd"), file, {}, "main.json");
    REQUIRE(result.ok());
    const auto &links = result.lesson->slides.back().nextLessons;
    REQUIRE(links.size() == 1);
    CHECK(links[0].title.empty());
    bool warned = false;
    for (const Diagnostic &d : result.diagnostics)
        warned = warned || d.message.find("links to a file outside the lessons folder (/etc/passwd)") != std::string::npos;
    CHECK(warned);
    LoadOptions strict;
    strict.requireMedia = true;
    CHECK(errorCount(loadLessonText(withNextLesson("passwd"), file, strict, "main.json").diagnostics) >= 1);
    std::filesystem::remove_all(root);
}

TEST_CASE("a linked lesson nested too deep is skipped after a scan")
{
    const auto root = freshFolder("deep");
    std::filesystem::create_directories(root / "lessons" / "deep");
    std::ofstream(root / "lessons" / "deep" / "lesson.json") << std::string(4'000'000, '[');
    const LoadResult result = loadLessonText(withNextLesson("deep"), root / "lessons" / "main" / "lesson.json", {}, "main.json");
    REQUIRE(result.ok());
    CHECK(result.lesson->slides.back().nextLessons.at(0).title.empty());
    std::filesystem::remove_all(root);
}
