// SPDX-License-Identifier: MIT
#include "sessionfixture.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("the pointer shows on the slide only while taken up and moved, in slide coordinates, and never over a blank")
{
    SessionFixture f;
    Session &s = *f.session;
    int moves = 0;
    QObject::connect(&s, &Session::pointerMoved, [&] { ++moves; });

    s.pointAt(0.2, 0.3);  // not taken up: nothing shows, nothing moves
    CHECK_FALSE(s.audienceView().pointer.shown());
    CHECK(moves == 0);

    CHECK(f.count([&] { s.togglePointerTool(PointerTool::Dot); }) == 1);
    CHECK(s.audienceView().pointer == RoomPointer{PointerTool::Dot, 0.5, 0.5});  // taken up, where it was
    CHECK(f.count([&] { s.pointAt(0.25, 0.75); }) == 0);  // a move is not a change of the room's state
    CHECK(moves == 1);
    CHECK(s.audienceView().pointer == RoomPointer{PointerTool::Dot, 0.25, 0.75});
    s.pointAt(0.25, 0.75);
    CHECK(moves == 1);  // the same place again: nothing to draw
    s.pointAt(-3, 7);  // off the slide: held at its edge
    CHECK(s.audienceView().pointer == RoomPointer{PointerTool::Dot, 0.0, 1.0});
    s.pointAt(std::numeric_limits<double>::quiet_NaN(), 0.5);
    CHECK(s.audienceView().pointer == RoomPointer{PointerTool::Dot, 0.0, 1.0});

    s.toggleBlank(Blank::Black);
    CHECK_FALSE(s.audienceView().pointer.shown());  // a black screen shows nothing
    s.toggleBlank(Blank::Black);
    CHECK(s.audienceView().pointer.shown());

    s.hidePointer();  // idle
    CHECK_FALSE(s.audienceView().pointer.shown());
    CHECK(s.pointerTool() == PointerTool::Dot);  // still taken up: the next move shows it
    s.pointAt(0.5, 0.5);
    CHECK(s.audienceView().pointer.shown());

    s.togglePointerTool(PointerTool::Spotlight);  // the other tool replaces it
    CHECK(s.audienceView().pointer.tool == PointerTool::Spotlight);
    s.togglePointerTool(PointerTool::Spotlight);  // the same one again puts it away
    CHECK(s.pointerTool() == PointerTool::Off);
    CHECK_FALSE(s.audienceView().pointer.shown());

    // Next and Previous work as ever with the pointer taken up.
    s.togglePointerTool(PointerTool::Dot);
    const int slide = s.slideIndex();
    s.next();
    CHECK(s.slideIndex() != slide);
    CHECK_FALSE((s.previewOfNext() && s.previewOfNext()->pointer.shown()));  // the console's preview is the slide alone
}
