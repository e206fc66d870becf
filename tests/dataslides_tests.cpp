// SPDX-License-Identifier: MIT
// The slide kinds of the supplementary module: question without film, table, 2×2 matrix, bar chart, and a
// summary that offers the next lessons. What they load to, and each author mistake with its place.
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace stoppunkt;
using namespace stoppunkt::test;
using Catch::Contains;

namespace {
const std::string kSummary = R"({ "kind": "summary", "title": "Summary", "bullets": ["done"] })";

/// The minimal lesson with its last slide replaced by `slide`.
std::string withSlide(const std::string &slide)
{
    return replaced(minimalLesson(), kSummary, slide);
}

const std::string kTable = R"({ "kind": "table", "title": "Types", "build": true,
      "columns": ["Type", "Sign", "Contact"],
      "rows": [["Quiet", "Speaks low", "Closed questions"],
               ["Rude", ["Shouts", "Demands"], "Stay calm"]],
      "caption": "Source: seed 001" })";

const std::string kMatrix = R"({ "kind": "matrix", "title": "Competence and relation",
      "xAxis": { "label": "Competence", "low": "Low", "high": "High" },
      "yAxis": { "label": "Relation", "low": "Low", "high": "High" },
      "quadrants": [
        { "x": "low", "y": "low", "label": "Neither" },
        { "x": "low", "y": "high", "label": "Pleasant only" },
        { "x": "high", "y": "low", "label": "Competent only" },
        { "x": "high", "y": "high", "label": "Both", "detail": "The aim", "highlight": true } ] })";

const std::string kChart = R"({ "kind": "chart", "title": "Effect", "unit": "%", "max": 100,
      "series": ["Satisfaction", "Loyalty"],
      "categories": [ { "label": "Open", "values": [85, 78] }, { "label": "Silent", "values": [15, 8] } ] })";

}  // namespace

TEST_CASE("a question without film loads with its options and answer, and needs no film or stop")
{
    const LoadResult r = loadText(withSlide(R"({ "kind": "question", "title": "Quiz 1", "question": "Which?",
      "options": ["A", { "text": "B", "talkingPoints": ["because"] }, "C"], "answer": 2 })"));
    REQUIRE(r.ok());
    const Slide &s = r.lesson->slides.back();
    CHECK(s.kind == SlideKind::Question);
    CHECK(s.isQuestion());
    CHECK(s.question.prompt == "Which?");
    CHECK(s.question.options.size() == 3);
    CHECK(s.question.answer == 2);
    CHECK(s.question.filmId.empty());
    CHECK_FALSE(r.lesson->segmentFor(s).has_value());
    CHECK(r.lesson->questionCount() == 3);
}

TEST_CASE("a question without film refuses a film key and checks its answer")
{
    const std::string film = withSlide(R"({ "kind": "question", "title": "Q", "question": "Which?", "film": "movie",
      "options": ["A", "B"], "answer": 1 })");
    CHECK(onlyError(film, "/slides/5/film", "\"film\": \"movie\"").message.rfind("unknown key \"film\" in a question slide", 0) == 0);
    const std::string range = withSlide(R"({ "kind": "question", "title": "Q", "question": "Which?",
      "options": ["A", "B"], "answer": 3})");
    CHECK(onlyError(range, "/slides/5/answer", "3}").message == "answer 3 is out of range: this question has 2 options, numbered 1 to 2");
}

TEST_CASE("a table loads its header and rows, a cell given as lines keeps them as lines")
{
    const LoadResult r = loadText(withSlide(kTable));
    REQUIRE(r.ok());
    const Slide &s = r.lesson->slides.back();
    CHECK(s.kind == SlideKind::Table);
    CHECK(s.table.columns == std::vector<std::string>{"Type", "Sign", "Contact"});
    REQUIRE(s.table.rows.size() == 2);
    CHECK(s.table.rows[1][1] == "Shouts\nDemands");
    CHECK(s.caption == "Source: seed 001");
    CHECK(s.buildCount() == 2);  // one row per Next
}

TEST_CASE("a table row with the wrong number of cells is named with its row")
{
    const std::string text = replaced(withSlide(kTable), R"(["Quiet", "Speaks low", "Closed questions"])", R"(["Quiet", "Speaks low"])");
    CHECK(onlyError(text, "/slides/5/rows/0", "[\"Quiet\"").message == "row 1 has 2 cells, but the table has 3 columns");
    const std::string cell = replaced(withSlide(kTable), R"("Stay calm")", "42");
    CHECK(onlyError(cell, "/slides/5/rows/1/2", "42").message
          == "cell 3 of row 2 must be a string, or an array of strings (one per line), found integer");
    const std::string seven = replaced(withSlide(kTable), R"(["Type", "Sign", "Contact"])", R"(["1","2","3","4","5","6","7"])");
    const auto errors = errorsOf(loadText(seven));
    REQUIRE(errors.size() == 3);  // too many columns, and both rows now too short
    CHECK(errors[0].message == "a table has at most 6 columns; this one has 7");
}

TEST_CASE("a matrix places each quadrant by its axis ends")
{
    const LoadResult r = loadText(withSlide(kMatrix));
    REQUIRE(r.ok());
    const Slide &s = r.lesson->slides.back();
    CHECK(s.kind == SlideKind::Matrix);
    CHECK(s.xAxis.label == "Competence");
    CHECK(s.yAxis.high == "High");
    REQUIRE(s.quadrants.size() == 4);
    CHECK(s.quadrants[3].highX);
    CHECK(s.quadrants[3].highY);
    CHECK(s.quadrants[3].highlight);
    CHECK(s.quadrants[3].detail == "The aim");
    CHECK_FALSE(s.quadrants[1].highX);
    CHECK(s.quadrants[1].highY);
}

TEST_CASE("a matrix refuses a quadrant placed twice, a wrong end and a wrong count")
{
    const std::string twice = replaced(withSlide(kMatrix), R"({ "x": "low", "y": "high", "label": "Pleasant only" })",
                                       R"({ "x": "low", "y": "low", "label": "Pleasant only" })");
    CHECK(onlyError(twice, "/slides/5/quadrants/1", "{ \"x\": \"low\", \"y\": \"low\", \"label\": \"Pleasant").message
          == "quadrant 2 is at x low, y low, where quadrant 1 already is");
    const std::string middle = replaced(withSlide(kMatrix), R"("x": "high", "y": "high")", R"("x": "middle", "y": "high")");
    CHECK(onlyError(middle, "/slides/5/quadrants/3/x", "\"middle\"").message == "\"x\" must be \"low\" or \"high\", found \"middle\"");
    const std::string three = replaced(withSlide(kMatrix), R"({ "x": "low", "y": "low", "label": "Neither" },)", "");
    CHECK(onlyError(three, "/slides/5/quadrants", "[\n        \n        { \"x\": \"low\", \"y\": \"high\"").message
          == "a 2×2 matrix has exactly 4 quadrants; this one has 3");
}

TEST_CASE("a chart keeps its series and values as numbers")
{
    const LoadResult r = loadText(withSlide(kChart));
    REQUIRE(r.ok());
    const Slide &s = r.lesson->slides.back();
    CHECK(s.kind == SlideKind::Chart);
    CHECK(s.chart.series == std::vector<std::string>{"Satisfaction", "Loyalty"});
    REQUIRE(s.chart.categories.size() == 2);
    CHECK(s.chart.categories[1].label == "Silent");
    CHECK(s.chart.categories[1].values == std::vector<double>{15, 8});
    CHECK(s.chart.unit == "%");
    CHECK(s.chart.maximum == 100);
}

TEST_CASE("a chart names a missing value, a value above max, a negative one and a text")
{
    const std::string missing = replaced(withSlide(kChart), "[15, 8]", "[15]");
    CHECK(onlyError(missing, "/slides/5/categories/1/values", "[15]").message
          == "category 2 has 1 value, but the chart has 2 series (one value per series)");
    const std::string above = replaced(withSlide(kChart), "[85, 78]", "[850, 78]");
    CHECK(onlyError(above, "/slides/5/categories/0/values/0", "850").message == "value 1 (850) is above \"max\" (100)");
    const std::string negative = replaced(withSlide(kChart), "[15, 8]", "[15, -8]");
    CHECK(onlyError(negative, "/slides/5/categories/1/values/1", "-8").message == "value 2 (-8) is negative; bars start at 0");
    const std::string text = replaced(withSlide(kChart), "[15, 8]", R"([15, "8 %"])");
    CHECK(onlyError(text, "/slides/5/categories/1/values/1", "\"8 %\"").message == "value 2 must be a number, found string");
    const std::string zero = replaced(withSlide(kChart), "\"max\": 100", "\"max\": 0");
    CHECK(onlyError(zero, "/slides/5/max", "0,").message == "\"max\" must be above 0 and at most 1000000000");
}

TEST_CASE("a summary's next lessons must be folder names, a missing one warns, and --validate refuses it")
{
    const std::string path = withSlide(R"({ "kind": "summary", "title": "S", "bullets": ["x"], "lessons": ["../secret"] })");
    CHECK_THAT(onlyError(path, "/slides/5/lessons/0", "\"../secret\"").message,
               Contains("must be a folder name of lowercase letters, digits and '-'"));

    const std::string missing = withSlide(R"({ "kind": "summary", "title": "S", "bullets": ["x"], "lessons": ["nowhere"] })");
    const LoadResult lenient = loadText(missing);
    REQUIRE(lenient.ok());
    bool warned = false;
    for (const Diagnostic &d : lenient.diagnostics)
        warned = warned
                 || (d.severity == Severity::Warning && d.pointer == "/slides/5/lessons/0"
                     && d.message == "lesson \"nowhere\" is not found: there is no ../nowhere/lesson.json beside this lesson's folder");
    CHECK(warned);
    LoadOptions strict;
    strict.requireMedia = true;
    const LoadResult refused = loadLessonText(missing, "/nonexistent/lessons/mini/lesson.json", strict, "mini.json");
    CHECK_FALSE(refused.ok());
}

TEST_CASE("a summary offers at most six lessons")
{
    const std::string seven = withSlide(R"({ "kind": "summary", "title": "S", "bullets": ["x"],
      "lessons": ["a", "b", "c", "d", "e", "f", "g"] })");
    CHECK(onlyError(seven, "/slides/5/lessons", "[\"a\", \"b\", \"c\"").message
          == "a summary offers at most 6 lessons, so their cards stay readable; this one has 7");
}

TEST_CASE("a summary's next lessons get their titles and languages from their own files")
{
    const std::filesystem::path root = std::filesystem::temp_directory_path() / "stoppunkt-linked-test";
    std::filesystem::remove_all(root);
    std::filesystem::create_directories(root / "next");
    std::ofstream(root / "next" / "lesson.json") << R"({ "title": "Kundetyper", "language": "nb", "slides": 7 })";
    const std::string text = withSlide(R"({ "kind": "summary", "title": "S", "bullets": ["x"], "lessons": ["next"] })");
    const LoadResult r = loadLessonText(text, root / "mini" / "lesson.json", {}, "mini.json");
    REQUIRE(r.ok());
    const auto &links = r.lesson->slides.back().nextLessons;
    REQUIRE(links.size() == 1);
    CHECK(links[0].id == "next");
    CHECK(links[0].title == "Kundetyper");  // read, although that file would not load as a lesson
    CHECK(links[0].language == "nb");
    std::filesystem::remove_all(root);
}
