// SPDX-License-Identifier: MIT
// The questions' book as a part of its own: the phase rule, picks, reveals, and slides that move.
#include "session/questionbook.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
Slide questionSlide(SlideKind kind, int options, int answer)
{
    Slide slide;
    slide.kind = kind;
    slide.question.options.resize(std::size_t(options));
    slide.question.answer = answer;
    return slide;
}
}  // namespace

TEST_CASE("the book's phase rule: a film question waits for its stop, and a right pick or the facilitator reveals")
{
    QuestionBook book;
    const Slide film = questionSlide(SlideKind::FilmQuestion, 4, 3);
    const Slide plain = questionSlide(SlideKind::Question, 4, 3);
    CHECK(book.phaseOf(0, film, FilmPhase::Playing) == QuestionPhase::None);
    CHECK(book.phaseOf(0, film, FilmPhase::AtStop) == QuestionPhase::Discussing);
    CHECK(book.phaseOf(1, plain, FilmPhase::Idle) == QuestionPhase::Discussing);
    CHECK(book.phaseOf(2, questionSlide(SlideKind::Bullets, 0, 1), FilmPhase::Idle) == QuestionPhase::None);

    const auto wrong = book.pick(0, film, 1);
    REQUIRE(wrong);
    CHECK(wrong->right == false);
    CHECK(book.phaseOf(0, film, FilmPhase::AtStop) == QuestionPhase::Discussing);
    CHECK_FALSE(book.pick(0, film, 1));  // picked already
    CHECK_FALSE(book.pick(0, film, 5));  // no such option
    CHECK(book.pick(0, film, 3)->right == true);
    CHECK(book.phaseOf(0, film, FilmPhase::AtStop) == QuestionPhase::Revealed);
    CHECK_FALSE(book.unreveal(0, film));  // the group found it: Previous does not hide it
    CHECK(book.undoPick(0)->option == 3);
    CHECK(book.phaseOf(0, film, FilmPhase::AtStop) == QuestionPhase::Discussing);

    CHECK(book.reveal(1).type == EventType::Reveal);
    CHECK(book.phaseOf(1, plain, FilmPhase::Idle) == QuestionPhase::Revealed);
    CHECK(book.unreveal(1, plain)->type == EventType::Unreveal);
    CHECK(book.phaseOf(1, plain, FilmPhase::Idle) == QuestionPhase::Discussing);
    CHECK(book.record(0)->picks == std::vector<int>{1});
    CHECK_FALSE(book.undoPick(2));
}

TEST_CASE("the book's picks follow their slides, and stay only on questions that still have their options")
{
    QuestionBook book;
    Lesson lesson;
    lesson.slides = {questionSlide(SlideKind::Question, 4, 1), questionSlide(SlideKind::Question, 4, 2)};
    REQUIRE(book.pick(0, lesson.slides[0], 4));
    REQUIRE(book.pick(1, lesson.slides[1], 1));
    book.followSlides({1, 0}, lesson);  // the two questions swapped places
    CHECK(book.record(0)->picks == std::vector<int>{1});
    CHECK(book.record(1)->picks == std::vector<int>{4});
    lesson.slides[1].question.options.resize(3);  // option 4 is gone from the second question
    book.followSlides({}, lesson);
    CHECK(book.record(0));
    CHECK_FALSE(book.record(1));
}
