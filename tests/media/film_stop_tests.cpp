// SPDX-License-Identifier: MIT
// The film stops on the authored frame, read from the pixels: never a frame later, not even for a moment.
#include "filmfixture.h"

#include <atomic>
#include <thread>
#include <vector>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("all four stops show exactly the authored frame, and no later frame is drawn first")
{
    FilmFixture f;
    qint64 from = -1;
    for (int i = 0; i < 4; ++i) {
        QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
        f.player->playSegment(from, frameMs(kStopFrames[i]), 10 + i);
        REQUIRE(reached.wait(20000));
        CHECK(reached.takeFirst().at(0).toInt() == 10 + i);
        INFO("stop " << i + 1);
        // The stop frame can reach the surface just after mpv flags the stop; a later frame never does.
        CHECK(f.waitForFrame(kStopFrames[i], 10000) == kStopFrames[i]);
        CHECK(f.highestFrame == kStopFrames[i]);
        from = frameMs(kStopFrames[i]);
    }
}

TEST_CASE("the last segment plays to the film's end")
{
    FilmFixture f;
    QSignalSpy ended(f.player.get(), &FilmPlayer::ended);
    f.player->playSegment(frameMs(kStopFrames[3]), -1, 7);
    REQUIRE(ended.wait(20000));
    CHECK(ended.takeFirst().at(0).toInt() == 7);
    CHECK(f.waitForFrame(kLastFrame, 10000) == kLastFrame);
}

TEST_CASE("a stop is exact at normal speed while busy threads load the CPU")
{
    std::atomic_bool busy{true};
    std::vector<std::thread> load;
    for (unsigned i = 0; i < std::max(2u, std::thread::hardware_concurrency()); ++i)
        load.emplace_back([&] {
            volatile unsigned long x = 0;
            while (busy)
                x = x * 6364136223846793005ul + 1;
        });
    FilmFixture f(1.0);
    QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
    // Three seconds of normal playback up to stop 1.
    f.player->playSegment(frameMs(kStopFrames[0]) - 3000, frameMs(kStopFrames[0]), 1);
    const bool got = reached.wait(20000);
    busy = false;
    for (auto &t : load)
        t.join();
    REQUIRE(got);
    CHECK(f.waitForFrame(kStopFrames[0], 10000) == kStopFrames[0]);
    CHECK(f.highestFrame == kStopFrames[0]);
}

TEST_CASE("replaying a segment stops on the same frame again")
{
    FilmFixture f;
    QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
    f.player->playSegment(frameMs(kStopFrames[0]), frameMs(kStopFrames[1]), 1);
    REQUIRE(reached.wait(20000));
    f.highestFrame = -1;
    f.player->playSegment(frameMs(kStopFrames[0]), frameMs(kStopFrames[1]), 2);
    REQUIRE(reached.wait(20000));
    CHECK(reached.last().at(0).toInt() == 2);
    CHECK(f.waitForFrame(kStopFrames[1], 10000) == kStopFrames[1]);
    CHECK(f.highestFrame == kStopFrames[1]);
}

TEST_CASE("going back shows a stop's frame, paused, without playing")
{
    FilmFixture f;
    QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
    f.player->playSegment(frameMs(kStopFrames[1]), frameMs(kStopFrames[2]), 1);
    REQUIRE(reached.wait(20000));
    f.player->showFrameAt(frameMs(kStopFrames[0]));
    CHECK(f.waitForFrame(kStopFrames[0]) == kStopFrames[0]);
    // It stays there: paused, and no stop is reported.
    QSignalSpy more(f.player->softwareSurface(), &SoftwareSurface::frameReady);
    more.wait(400);
    CHECK(f.shownFrame() == kStopFrames[0]);
    CHECK(f.player->paused());
    CHECK(reached.size() == 1);
}

TEST_CASE("jumping back 10 s lands 250 frames earlier")
{
    FilmFixture f;
    QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
    f.player->playSegment(-1, frameMs(kStopFrames[0]), 1);
    REQUIRE(reached.wait(20000));
    f.player->pause();
    f.player->seekBy(-10000);
    CHECK(f.waitForFrame(kStopFrames[0] - 250) == kStopFrames[0] - 250);
}

TEST_CASE("a frame asked for by its start shows exactly that frame, whichever frame it is (the stop editor's steps)")
{
    FilmFixture f;
    for (int frame : {1249, 1250, 1251, 1252, 1253, 1254, 1256, 1302, 2000, 1252}) {
        INFO("frame " << frame);
        f.player->showFrameAt(frameMs(frame));
        CHECK(f.waitForFrame(frame, 10000) == frame);
    }
}

TEST_CASE("a stop on any frame, one stored after a later frame (a B-frame) too, holds exactly that frame")
{
    FilmFixture f;
    for (int frame : {1252, 1254, 1302}) {
        INFO("stop at frame " << frame);
        QSignalSpy reached(f.player.get(), &FilmPlayer::stopReached);
        f.highestFrame = -1;
        f.player->playSegment(frameMs(frame) - 1000, frameMs(frame), frame);
        REQUIRE(reached.wait(20000));
        CHECK(f.waitForFrame(frame, 10000) == frame);
        CHECK(f.highestFrame == frame);  // and never a later one
    }
}
