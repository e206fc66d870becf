// SPDX-License-Identifier: MIT
// The pointer and the zoom as parts of their own: what the room sees of them, and their bounds.
#include "session/pointer.h"
#include "session/zoom.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace stoppunkt;

TEST_CASE("the pointer shows where it was moved while a tool is up, and hides when idle or put away")
{
    Pointer pointer;
    CHECK_FALSE(pointer.moveTo(0.3, 0.3));  // no tool up
    CHECK_FALSE(pointer.shown().shown());
    pointer.toggle(PointerTool::Spotlight);
    CHECK(pointer.shown().tool == PointerTool::Spotlight);
    CHECK(pointer.moveTo(1.5, -1));
    CHECK(pointer.shown().x == 1.0);  // clamped to the slide
    CHECK(pointer.shown().y == 0.0);
    CHECK_FALSE(pointer.moveTo(1, 0));  // already there
    CHECK_FALSE(pointer.moveTo(std::numeric_limits<double>::infinity(), 0));
    CHECK(pointer.hide());
    CHECK_FALSE(pointer.shown().shown());
    CHECK(pointer.tool() == PointerTool::Spotlight);  // idle, still in the hand
    CHECK_FALSE(pointer.hide());
    pointer.putAway();
    CHECK(pointer.tool() == PointerTool::Off);
    pointer.toggle(PointerTool::Dot);
    pointer.toggle(PointerTool::Dot);
    CHECK(pointer.tool() == PointerTool::Off);
}

TEST_CASE("the zoom stays within the slide and within eight times, and pans only when zoomed")
{
    Zoom zoom;
    CHECK_FALSE(zoom.pan(0.1, 0.1));  // the whole slide does not pan
    CHECK(zoom.around(0.95, 0.05, 2));
    CHECK(zoom.area().size == 0.5);
    CHECK(zoom.area().left == 0.5);  // kept within the slide
    CHECK(zoom.area().top == 0.0);
    CHECK_FALSE(zoom.around(0.95, 0.05, 2));  // no change
    CHECK(zoom.pan(-0.2, 0.7));
    CHECK(zoom.area().left == Approx(0.3));
    CHECK(zoom.area().top == 0.5);
    CHECK(zoom.around(0.5, 0.5, 100));
    CHECK(zoom.area().size == Approx(1 / Zoom::kMax));
    CHECK_FALSE(zoom.around(std::numeric_limits<double>::quiet_NaN(), 0.5, 2));
    zoom.reset();
    CHECK_FALSE(zoom.area().zoomed());
}
