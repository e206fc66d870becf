// SPDX-License-Identifier: MIT
// The pen as a part of its own: its modes, the strokes it keeps per slide, undo, and slides that move.
#include "session/pen.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
/// A stroke across the slide at height y, finished on `slide`.
std::optional<SessionEvent> strokeAcross(Pen &pen, int slide, double y)
{
    pen.begin(0.1, y, 1);
    for (int i = 1; i <= 10; ++i)
        pen.extend(0.1 + 0.08 * i, y, 1);
    return pen.finishStroke(slide);
}
}  // namespace

TEST_CASE("the pen draws only with the pen or the highlighter in hand, and one mode at a time")
{
    Pen pen;
    CHECK_FALSE(pen.canBegin(0.5, 0.5));
    pen.toggleMode(InkMode::Eraser);
    CHECK_FALSE(pen.canBegin(0.5, 0.5));
    pen.toggleMode(InkMode::Highlighter);
    CHECK(pen.tip().mode == InkMode::Highlighter);
    CHECK(pen.canBegin(0.5, 0.5));
    CHECK_FALSE(pen.canBegin(std::numeric_limits<double>::quiet_NaN(), 0.5));
    pen.toggleMode(InkMode::Highlighter);
    CHECK(pen.tip().mode == InkMode::Off);
    pen.cycleColour();
    pen.cycleWidth();
    CHECK(pen.tip().colour == InkColour::Blue);
    CHECK(pen.tip().width == InkWidth::Thick);
}

TEST_CASE("the pen keeps each stroke on its slide, and erasing, clearing and undoing say what to record")
{
    Pen pen;
    pen.toggleMode(InkMode::Pen);
    const auto drawn = strokeAcross(pen, 3, 0.5);
    REQUIRE(drawn);
    CHECK(drawn->type == EventType::InkStroke);
    CHECK_FALSE(pen.drawing());
    CHECK(pen.strokesBySlide().at(3).size() == 1);
    CHECK(pen.strokesBySlide().at(2).empty());
    CHECK_FALSE(pen.finishStroke(3));  // nothing being drawn

    CHECK_FALSE(pen.eraseAt(3, 0.5, 0.5));  // the pen does not erase
    pen.toggleMode(InkMode::Eraser);
    CHECK_FALSE(pen.eraseAt(3, 0.5, 0.9));  // nothing near
    const auto erased = pen.eraseAt(3, 0.5, 0.5);
    REQUIRE(erased);
    CHECK(erased->type == EventType::InkErase);
    CHECK(pen.strokesBySlide().at(3).empty());

    const auto undone = pen.undo(3);
    REQUIRE(undone);
    CHECK(undone->strokes == 1);
    CHECK(pen.strokesBySlide().at(3).size() == 1);
    REQUIRE(pen.clear(3));
    CHECK(pen.strokesBySlide().at(3).empty());
    CHECK_FALSE(pen.clear(3));
    REQUIRE(pen.undo(3));
    CHECK(pen.strokesBySlide().at(3).size() == 1);
}

TEST_CASE("the pen's strokes follow slides the author moves, and a new start forgets the undo history")
{
    Pen pen;
    pen.toggleMode(InkMode::Pen);
    REQUIRE(strokeAcross(pen, 0, 0.2));
    REQUIRE(strokeAcross(pen, 2, 0.4));
    pen.followSlides({2, -1, 0}, 3);  // slide 2 went first, a new slide, then slide 0; slide 1 is gone
    CHECK(pen.strokesBySlide().at(0).size() == 1);
    CHECK(pen.strokesBySlide().at(0)[0].points[0].y == Approx(0.4));
    CHECK(pen.strokesBySlide().at(1).empty());
    CHECK(pen.strokesBySlide().at(2)[0].points[0].y == Approx(0.2));
    pen.followSlides({}, 1);  // a shorter lesson: only slide 0 is left
    CHECK(pen.strokesBySlide().at(2).empty());
    CHECK(pen.strokesBySlide().at(0).size() == 1);
    pen.replaceStrokes({});
    CHECK(pen.strokesBySlide().at(0).empty());
    CHECK_FALSE(pen.undo(0));
}
