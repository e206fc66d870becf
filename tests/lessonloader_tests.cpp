// SPDX-License-Identifier: MIT
#include "lesson/lessoncatalog.h"
#include "testsupport.h"

#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("a valid lesson loads into value types")
{
    const LoadResult result = loadText(minimalLesson());
    INFO((result.diagnostics.empty() ? std::string() : result.diagnostics.front().format()));
    REQUIRE(result.ok());
    const Lesson &lesson = *result.lesson;
    CHECK(lesson.id == "mini");
    CHECK(lesson.language == "da");
    REQUIRE(lesson.films.size() == 1);
    CHECK(lesson.films[0].fps == 25);
    REQUIRE(lesson.films[0].stops.size() == 2);
    CHECK(lesson.films[0].stops[0].atMs == 10000);
    CHECK(lesson.films[0].stops[1].atMs == 20500);
    REQUIRE(lesson.slides.size() == 6);
    CHECK(lesson.slides[1].buildCount() == 3);
    CHECK(lesson.slides[1].notes.at(0).kind == NoteKind::Discuss);
    CHECK(lesson.slides[2].question.answer == 4);
    CHECK(lesson.slides[3].question.options.at(2).talkingPoints == std::vector<std::string>{"why"});
    CHECK(lesson.questionCount() == 2);
    CHECK(lesson.stopPointCount() == 2);
}

TEST_CASE("film segments run from the previous stop, or the start, to the question's stop")
{
    const Lesson lesson = *loadText(minimalLesson()).lesson;
    CHECK(lesson.segmentFor(lesson.slides[2]) == FilmSegment{0, -1, 0});
    CHECK(lesson.segmentFor(lesson.slides[3]) == FilmSegment{0, 0, 1});
    const auto tail = lesson.segmentFor(lesson.slides[4]);
    REQUIRE(tail);
    CHECK(*tail == FilmSegment{0, 1, -1});
    CHECK(tail->playsToEnd());
    CHECK_FALSE(lesson.segmentFor(lesson.slides[0]).has_value());
}

TEST_CASE("a film that is not there yet is a warning, not an error")
{
    const LoadResult result = loadText(minimalLesson());
    REQUIRE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic &d = result.diagnostics[0];
    CHECK(d.severity == Severity::Warning);
    CHECK(d.pointer == "/films/0/source");
    CHECK(positionOf(d) == positionOf(minimalLesson(), "\"clip.mp4\""));
    CHECK_THAT(d.message, Catch::Contains("was not found at /nonexistent/lessons/mini/clip.mp4"));
}

TEST_CASE("loading collects all errors, not just the first")
{
    std::string text = replaced(minimalLesson(), "\"title\": \"Mini\",", "\"title\": 7,");
    text = replaced(text, "\"answer\": 4", "\"answer\": 9");
    text = replaced(text, "\"kind\": \"summary\"", "\"kind\": \"sumary\"");
    text = replaced(text, "\"fps\": 25", "\"fsp\": 25");
    const auto errors = errorsOf(loadText(text));
    REQUIRE(errors.size() == 4);
    CHECK(errors[0].pointer == "/title");
    CHECK(errors[1].pointer == "/films/0/fsp");
    CHECK(errors[2].pointer == "/slides/2/answer");
    CHECK(errors[3].pointer == "/slides/5/kind");
    CHECK_FALSE(loadText(text).ok());
}

TEST_CASE("diagnostics print GCC style so editors can jump to them")
{
    const std::string text = replaced(minimalLesson(), "\"answer\": 4", "\"answer\": 0");
    const auto errors = errorsOf(loadText(text));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].format()
          == "mini.json:" + positionOf(text, "0 }")
                 + ": error: answer 0 is out of range: "
                   "this question has 4 options, numbered 1 to 4 [/slides/2/answer]");
}

TEST_CASE("a question's options may be plain strings or objects with talking points and feedback")
{
    const std::string text = replaced(minimalLesson(), "\"options\": [\"A\", \"B\", \"C\", \"D\"]",
                                      R"("options": ["A", {"text": "B", "feedback": "Not quite"}, "C", "D"])");
    const LoadResult result = loadText(text);
    REQUIRE(result.ok());
    CHECK(result.lesson->slides[2].question.options[1].feedback == "Not quite");
}

TEST_CASE("the optional $schema key is accepted for editors")
{
    const std::string text = replaced(minimalLesson(), "\"format\": 1,", R"("$schema": "../lesson.schema.json", "format": 1,)");
    CHECK(loadText(text).ok());
}

TEST_CASE("the lesson catalogue lists a lesson that cannot load with its error, and goes on")
{
    const auto root = std::filesystem::temp_directory_path() / "stoppunkt-catalogue";
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "broken");
    std::ofstream(root / "broken" / "lesson.json") << "{\"format\":1e400}";
    std::filesystem::create_directories(root / "mini");
    std::ofstream(root / "mini" / "lesson.json") << stoppunkt::test::minimalLesson();
    const auto lessons = findLessons(root);
    REQUIRE(lessons.size() == 2);
    CHECK_FALSE(lessons[0].valid);
    CHECK(lessons[0].problem.find("the number 1e400 is too large") != std::string::npos);
    CHECK(lessons[1].valid);
    std::filesystem::remove_all(root);
}
