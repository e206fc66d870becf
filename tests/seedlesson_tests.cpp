// SPDX-License-Identifier: MIT
// The shipped lesson "Konflikter med kunder", checked against the facilitator's handout.
#include "lesson/lessonloader.h"
#include "lesson/outline.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace stoppunkt;

namespace {
const Lesson &seedLesson()
{
    static const LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    if (!result.ok())
        FAIL(result.diagnostics.at(0).format());
    return *result.lesson;
}
}  // namespace

TEST_CASE("the seed lesson has its 16 slides in the handout's order")
{
    const Lesson &lesson = seedLesson();
    CHECK(lesson.title == "Konflikter med kunder");
    CHECK(lesson.course == "KonfliktHåndtering");
    CHECK(lesson.language == "da");
    REQUIRE(lesson.slides.size() == 16);
    CHECK(lesson.slides[8].title == "Hvis du får kontakt til en vred kunde");
    CHECK(lesson.slides[9].title == "Hvad kan du gøre på trin 5?");
    for (int n = 1; n <= 4; ++n) {
        const Slide &slide = lesson.slides[9 + n];
        CHECK(slide.kind == SlideKind::FilmQuestion);
        CHECK(slide.title == "Film #" + std::to_string(n));
        CHECK(slide.question.options.size() == 4);
    }
    CHECK(lesson.slides[14].title == "Sidste filmdel");
    CHECK(lesson.slides[14].kind == SlideKind::FilmSegment);
    CHECK(lesson.slides[15].title == "Opsummering");
}

TEST_CASE("the four questions have the handout's right answers: 4, 3, 2, 1")
{
    const Lesson &lesson = seedLesson();
    CHECK(lesson.slides[10].question.answer == 4);
    CHECK(lesson.slides[11].question.answer == 3);
    CHECK(lesson.slides[12].question.answer == 2);
    CHECK(lesson.slides[13].question.answer == 1);
    // The notes say the same, as the handout does.
    for (int n = 0; n < 4; ++n) {
        const Slide &slide = lesson.slides[10 + n];
        const std::string expected = "det rigtige svar er nr. " + std::to_string(slide.question.answer);
        bool said = false;
        for (const Note &note : slide.notes)
            said = said || note.text.find(expected) != std::string::npos;
        CHECK(said);
    }
}

TEST_CASE("the Morten film has four stop points and the questions play stop to stop")
{
    const Lesson &lesson = seedLesson();
    REQUIRE(lesson.films.size() == 1);
    CHECK(lesson.films[0].id == "morten");
    CHECK(lesson.films[0].stops.size() == 4);
    CHECK(lesson.segmentFor(lesson.slides[10]) == FilmSegment{0, -1, 0});
    CHECK(lesson.segmentFor(lesson.slides[13]) == FilmSegment{0, 2, 3});
    CHECK(lesson.segmentFor(lesson.slides[14]) == FilmSegment{0, 3, -1});
}

TEST_CASE("the transcription writes whole words, not the PDF extraction's split ones")
{
    const Lesson &lesson = seedLesson();
    const std::regex split("(Konfl|konfl|fi) (ikt|nde|lm)");
    auto check = [&](const std::string &text) {
        INFO(text);
        CHECK_FALSE(std::regex_search(text, split));
    };
    for (const Slide &slide : lesson.slides) {
        check(slide.title);
        for (const auto &b : slide.bullets)
            check(b);
        for (const auto &o : slide.question.options)
            check(o.text);
        for (const auto &n : slide.notes)
            check(n.text);
    }
}

TEST_CASE("the staircases run from Uenighed up to Adskillelse")
{
    const Lesson &lesson = seedLesson();
    const Slide &stairs = lesson.slides[4];
    CHECK(stairs.kind == SlideKind::Staircase);
    CHECK(stairs.steps.front().label == "Uenighed");
    CHECK(stairs.steps.back().label == "Adskillelse");
    const Slide &five = lesson.slides[9];
    REQUIRE(five.steps.size() == 5);
    CHECK(five.steps[4].action == "Skab kontakt med kunden igen og prøv at starte forfra");
    CHECK(lesson.slides[7].steps[4].action.empty());
}

TEST_CASE("the counts and the outline describe the seed lesson")
{
    const Lesson &lesson = seedLesson();
    CHECK(lesson.slides.size() == 16);
    CHECK(lesson.films.size() == 1);
    CHECK(lesson.stopPointCount() == 4);
    CHECK(lesson.questionCount() == 4);
    const std::string outline = lessonOutline(lesson);
    CHECK(std::count(outline.begin(), outline.end(), '\n') == 16 + 16 + 5 + 1);  // slides, options, films, next lessons
    CHECK_THAT(outline, Catch::StartsWith("01  cover          Konflikter med kunder\n"));
    CHECK_THAT(outline, Catch::Contains("11  film-question  Film #1\n      film morten: start 00:00.000 -> stop-1 "));
    CHECK_THAT(outline, Catch::Contains("    * 4. Morten skal undskylde de ting i kundens fremstilling"));
    CHECK_THAT(outline, Catch::Contains("15  film-segment   Sidste filmdel\n      film morten: stop-4 "));
    CHECK_THAT(outline, Catch::Contains(" -> end\n16  summary        Opsummering\n"
                                        "      next kundetyper | arga-kunder | klagehandtering | gennemsigtig-kommunikation\n"));
}

TEST_CASE("the staircases number their steps only where the lesson refers to them, and the numbers agree")
{
    const Lesson lesson = [] {
        LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
        REQUIRE(result.ok());
        return std::move(*result.lesson);
    }();
    // Slide 5, the seven-step staircase, prints no numbers in the seed.
    for (const StaircaseStep &step : lesson.slides[4].steps)
        CHECK(step.number.empty());
    // "trin 1-4" and "trin 5" (slides 8 and 10) name the five-step staircase's numbers: 5 is "Adskillelse".
    for (int slide : {5, 7, 9}) {
        const auto &steps = lesson.slides[slide].steps;
        REQUIRE(steps.size() == 5);
        for (int i = 0; i < 5; ++i)
            CHECK(steps[i].number == std::to_string(i + 1));
        CHECK(steps[4].label == "Adskillelse");
    }
    CHECK(lesson.slides[9].title == "Hvad kan du gøre på trin 5?");
}
