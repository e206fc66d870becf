// SPDX-License-Identifier: MIT
#include "sessionfixture.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// Slide 3 of the minimal lesson, film skipped: the question "What now?" (answer 4), discussing.
Session &atQuestion(SessionFixture &f)
{
    f.session->goTo(2);
    f.session->skipFilm();
    return *f.session;
}
}  // namespace

TEST_CASE("Next twice from discussing reveals, one stray Next does not, Next after the reveal goes on")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(f.count([&] { s.next(); }) == 1);  // the console says "press Next again"
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.revealArmed());
    CHECK(s.audienceView().slide.question.answer == 0);
    f.clockMs += 3000;  // the window passes: the stray press is forgotten
    CHECK_FALSE(s.revealArmed());
    s.next();
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    f.clockMs += 500;
    s.next();
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(s.slideIndex() == 2);
    s.next();
    CHECK(s.slideIndex() == 3);
}

TEST_CASE("wrong picks are kept in order, the right pick reveals")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    CHECK(s.pick(2));
    CHECK(s.pick(1));
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.picks() == std::vector<int>{2, 1});
    CHECK(s.pick(4));
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(s.picks() == std::vector<int>{2, 1, 4});
    CHECK_FALSE(s.questionRecord(2)->revealedByFacilitator);
}

TEST_CASE("picks that make no sense are refused without a change")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    s.pick(1);
    CHECK(f.count([&] { CHECK_FALSE(s.pick(1)); }) == 0);  // already picked
    CHECK(f.count([&] { CHECK_FALSE(s.pick(0)); }) == 0);
    CHECK(f.count([&] { CHECK_FALSE(s.pick(5)); }) == 0);
    s.reveal();
    CHECK_FALSE(s.pick(2));  // after the reveal
    s.goTo(3);
    CHECK_FALSE(s.pick(1));  // while the film plays
    s.goTo(0);
    CHECK_FALSE(s.pick(1));  // not a question
}

TEST_CASE("undo takes back the last pick, including a right one")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    CHECK_FALSE(s.undoPick());
    s.pick(3);
    s.pick(4);
    CHECK(s.undoPick());
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.picks() == std::vector<int>{3});
    CHECK(s.undoPick());
    CHECK(s.picks().empty());
}

TEST_CASE("R reveals at any time while discussing, Previous takes that reveal back")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    s.pick(1);
    s.reveal();
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(f.count([&] { s.reveal(); }) == 0);
    s.previous();
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.slideIndex() == 2);
    CHECK(s.picks() == std::vector<int>{1});
}

TEST_CASE("Previous after the right pick leaves the slide, the pick is kept")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    s.pick(4);
    s.previous();
    CHECK(s.slideIndex() == 1);
    s.next();
    CHECK(s.slideIndex() == 2);
    s.filmReachedStop(s.segmentRun());
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(s.picks() == std::vector<int>{4});
}

TEST_CASE("each question keeps its own picks")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    s.pick(1);
    s.goTo(3);
    s.skipFilm();
    CHECK(s.picks().empty());
    s.pick(2);
    CHECK(s.questionRecord(2)->picks == std::vector<int>{1});
    CHECK(s.questionRecord(3)->picks == std::vector<int>{2});
    CHECK(s.questionRecord(0) == nullptr);
}

TEST_CASE("a jump back to a film question the room has answered shows it at its stop, without its film again")
{
    SessionFixture f;
    Session &s = atQuestion(f);
    const int run = s.segmentRun();
    REQUIRE(s.pick(4));
    REQUIRE(s.questionPhase() == QuestionPhase::Revealed);
    s.goTo(0);
    s.goTo(2);  // G, 3, Enter
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(s.segmentRun() == run);  // no film part started for the room
    CHECK(s.audienceView().picks == std::vector<int>{4});
    s.replaySegment();  // Ctrl+R still plays it on purpose
    CHECK(s.filmPhase() == FilmPhase::Playing);
    // A film question not yet worked on plays its film part first, as before.
    s.goTo(3);
    CHECK(s.filmPhase() == FilmPhase::Playing);
}
