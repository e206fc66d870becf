// SPDX-License-Identifier: MIT
// The supplementary module ("tillægsmodulet"): four lessons from seeds 001–004, each in its own language,
// and the summary slide of "Konflikter med kunder" that offers them.
#include "lesson/lessonloader.h"
#include "lesson/outline.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace stoppunkt;

namespace {
Lesson load(const std::string &id)
{
    LoadOptions strict;
    strict.requireMedia = true;  // as --validate: every film and linked lesson must exist
    const LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/" + id + "/lesson.json", strict);
    INFO(id);
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(result.ok());
    CHECK(std::none_of(result.diagnostics.begin(), result.diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Warning; }));
    return *result.lesson;
}

int countKind(const Lesson &lesson, SlideKind kind)
{
    return int(std::count_if(lesson.slides.begin(), lesson.slides.end(), [&](const Slide &s) { return s.kind == kind; }));
}

const Slide &firstOf(const Lesson &lesson, SlideKind kind)
{
    auto it = std::find_if(lesson.slides.begin(), lesson.slides.end(), [&](const Slide &s) { return s.kind == kind; });
    REQUIRE(it != lesson.slides.end());
    return *it;
}
}  // namespace

TEST_CASE("kundetyper: six customer types in a table, the 2×2 matrix, questions without film, in Norwegian")
{
    const Lesson lesson = load("kundetyper");
    CHECK(lesson.language == "nb");
    CHECK(lesson.films.empty());
    const Slide &types = firstOf(lesson, SlideKind::Table);
    CHECK(types.table.columns == std::vector<std::string>{"Kunde", "Kjennetegn", "Normal kontakt", "Vanskelig kontakt"});
    REQUIRE(types.table.rows.size() == 6);
    std::vector<std::string> names;
    for (const auto &row : types.table.rows)
        names.push_back(row[0]);
    CHECK(names == std::vector<std::string>{"Objektiv", "Vennlig", "Uhøflig", "Sjenert", "Pretensiøs", "Ubesluttsom"});
    const Slide &matrix = firstOf(lesson, SlideKind::Matrix);
    CHECK(matrix.xAxis.label == "Teknisk kompetanse");
    CHECK(matrix.yAxis.label == "Relasjon med kunden");
    const auto aim = std::find_if(matrix.quadrants.begin(), matrix.quadrants.end(), [](const MatrixQuadrant &q) { return q.highlight; });
    REQUIRE(aim != matrix.quadrants.end());
    CHECK(aim->label == "Kompetent og behagelig");
    CHECK((aim->highX && aim->highY));
    CHECK(countKind(lesson, SlideKind::Question) >= 3);
    CHECK(countKind(lesson, SlideKind::FilmQuestion) == 0);
}

TEST_CASE("arga-kunder: the ten steps build one at a time, and a closing quiz, in Swedish")
{
    const Lesson lesson = load("arga-kunder");
    CHECK(lesson.language == "sv");
    std::vector<std::string> steps;
    for (const Slide &s : lesson.slides)
        if (s.kind == SlideKind::Bullets && s.build)
            steps.insert(steps.end(), s.bullets.begin(), s.bullets.end());
    REQUIRE(steps.size() == 10);
    for (int n = 1; n <= 10; ++n)
        CHECK(steps[n - 1].rfind(std::to_string(n) + ". ", 0) == 0);
    // The quiz closes the lesson: its questions come after the last step.
    const auto lastStep =
        std::find_if(lesson.slides.rbegin(), lesson.slides.rend(), [](const Slide &s) { return s.kind == SlideKind::Bullets; });
    const auto firstQuiz =
        std::find_if(lesson.slides.begin(), lesson.slides.end(), [](const Slide &s) { return s.kind == SlideKind::Question; });
    CHECK(firstQuiz - lesson.slides.begin() > lesson.slides.rend() - lastStep - 1);
    CHECK(countKind(lesson, SlideKind::Question) >= 3);
}

TEST_CASE("klagehandtering and gennemsigtig-kommunikation: Norwegian and Danish, the second with two bar charts")
{
    const Lesson complaints = load("klagehandtering");
    CHECK(complaints.language == "nb");
    CHECK(countKind(complaints, SlideKind::Question) >= 2);

    const Lesson open = load("gennemsigtig-kommunikation");
    CHECK(open.language == "da");
    REQUIRE(countKind(open, SlideKind::Chart) == 2);
    const Slide &strategies = firstOf(open, SlideKind::Chart);
    CHECK(strategies.chart.series.size() == 2);
    CHECK(strategies.chart.categories.size() == 10);
    // The seed's table, row "Ingen kommunikation | 15 | 8".
    const auto none = std::find_if(strategies.chart.categories.begin(), strategies.chart.categories.end(),
                                   [](const ChartCategory &c) { return c.label == "Ingen kommunikation"; });
    REQUIRE(none != strategies.chart.categories.end());
    CHECK(none->values == std::vector<double>{15, 8});
    for (const char *step : {"Trin 1", "Trin 2", "Trin 3"})
        CHECK(std::any_of(open.slides.begin(), open.slides.end(), [&](const Slide &s) { return s.title.rfind(step, 0) == 0; }));
}

TEST_CASE("the summary of Konflikter med kunder offers the four lessons of the supplementary module")
{
    const Lesson lesson = load("konflikter-med-kunder");
    const Slide &summary = lesson.slides.back();
    CHECK(summary.title == "Opsummering");
    REQUIRE(summary.nextLessons.size() == 4);
    std::vector<std::string> titles;
    for (const LinkedLesson &l : summary.nextLessons)
        titles.push_back(l.title);
    CHECK(titles == std::vector<std::string>{"Kundetyper", "Arga kunder", "Klagehåndtering", "Gennemsigtig kommunikation"});
    CHECK(summary.nextLessons[1].language == "sv");
    CHECK(summary.lessonsHeading == "Tillægsmodulet");  // the lesson's own word, not the renderer's
}

TEST_CASE("a module lesson without film counts its slides and questions")
{
    const Lesson lesson = load("kundetyper");
    CHECK(lesson.films.empty());
    CHECK(lesson.slides.size() == 13);
    CHECK(lesson.questionCount() == 4);
}
