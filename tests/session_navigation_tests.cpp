// SPDX-License-Identifier: MIT
#include "sessionfixture.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("a session starts on the first slide, idle and not blank")
{
    SessionFixture f;
    Session &s = *f.session;
    CHECK(s.slideIndex() == 0);
    CHECK(s.buildStep() == 0);
    CHECK(s.blank() == Blank::None);
    CHECK(s.filmPhase() == FilmPhase::Idle);
    CHECK(s.questionPhase() == QuestionPhase::None);
    CHECK(s.slideCount() == 6);
}

TEST_CASE("Next shows builds one at a time before it moves to the next slide")
{
    SessionFixture f;
    Session &s = *f.session;
    CHECK(f.count([&] { s.next(); }) == 1);
    CHECK(s.slideIndex() == 1);
    CHECK(s.buildStep() == 0);
    for (int step = 1; step <= 3; ++step) {
        CHECK(f.count([&] { s.next(); }) == 1);
        CHECK(s.slideIndex() == 1);
        CHECK(s.buildStep() == step);
    }
    s.next();
    CHECK(s.slideIndex() == 2);
}

TEST_CASE("Previous takes builds back, and entering a slide backwards shows all its builds")
{
    SessionFixture f;
    Session &s = *f.session;
    s.next();
    s.next();
    s.next();
    CHECK(s.buildStep() == 2);
    s.previous();
    CHECK(s.buildStep() == 1);
    s.previous();
    s.previous();
    CHECK(s.slideIndex() == 0);
    s.goTo(2);
    s.previous();
    CHECK(s.slideIndex() == 1);
    CHECK(s.buildStep() == 3);
}

TEST_CASE("the limits: nothing before the first slide, nothing after the last")
{
    SessionFixture f;
    Session &s = *f.session;
    CHECK(f.count([&] { s.previous(); }) == 0);
    CHECK(s.slideIndex() == 0);
    s.goToLast();
    CHECK(s.slideIndex() == 5);
    CHECK(s.atLessonEnd());
    CHECK(f.count([&] { s.next(); }) == 0);
    CHECK(s.slideIndex() == 5);
}

TEST_CASE("goTo ignores numbers out of range and the slide already shown")
{
    SessionFixture f;
    Session &s = *f.session;
    CHECK(f.count([&] { s.goTo(-1); }) == 0);
    CHECK(f.count([&] { s.goTo(6); }) == 0);
    CHECK(f.count([&] { s.goTo(0); }) == 0);
    CHECK(f.count([&] { s.goTo(5); }) == 1);
    CHECK(s.slideIndex() == 5);
    s.goToFirst();
    CHECK(s.slideIndex() == 0);
}

TEST_CASE("blanking toggles black and white, and the first Next after it only unblanks")
{
    SessionFixture f;
    Session &s = *f.session;
    s.toggleBlank(Blank::Black);
    CHECK(s.blank() == Blank::Black);
    s.toggleBlank(Blank::White);
    CHECK(s.blank() == Blank::White);
    s.toggleBlank(Blank::White);
    CHECK(s.blank() == Blank::None);
    s.setBlank(Blank::Black);
    CHECK(f.count([&] { s.setBlank(Blank::Black); }) == 0);
    s.next();
    CHECK(s.blank() == Blank::None);
    CHECK(s.slideIndex() == 0);
    s.setBlank(Blank::White);
    s.previous();
    CHECK(s.blank() == Blank::None);
    s.setBlank(Blank::Black);
    s.goTo(3);
    CHECK(s.blank() == Blank::None);
}

TEST_CASE("a clicker alone runs the whole seed lesson with Next")
{
    LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(result.ok());
    qint64 clock = 0;
    Session s(std::move(*result.lesson), nullptr, [&] { return clock; });
    std::vector<int> visited{0};
    int presses = 0;
    while (!s.atLessonEnd() && presses < 200) {
        s.next();
        clock += 500;  // a facilitator pressing twice within 2 s skips each film segment
        ++presses;
        if (visited.back() != s.slideIndex())
            visited.push_back(s.slideIndex());
    }
    CHECK(s.atLessonEnd());
    CHECK(visited == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
    for (int q = 10; q <= 13; ++q)
        CHECK(s.questionRecord(q)->revealedByFacilitator);
    // 15 moves, builds on slides 3, 4, 5, 6 and 7, 4 presses per question (two to skip the film, two to
    // reveal), and for the announced last segment one to start it and 2 to skip it.
    CHECK(presses == 15 + (4 + 4 + 7 + 5 + 3) + 4 * 4 + 1 + 2);
}
