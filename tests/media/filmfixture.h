// SPDX-License-Identifier: MIT
#pragma once

#include "demofilm.h"
#include "media/filmplayer.h"
#include "media/softwaresurface.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace stoppunkt::test {

inline const QString kDemoFilm = QStringLiteral(STOPPUNKT_MEDIA "/morten-demo.mp4");
using demofilm::frameMs;
using demofilm::frameNumber;
using demofilm::kLastFrame;
using demofilm::kStopFrames;

/// A player on the demo film with a software surface; remembers the highest frame ever drawn.
struct FilmFixture {
    std::unique_ptr<FilmPlayer> player;
    int highestFrame = -1;

    explicit FilmFixture(double speed = 100)
    {
        REQUIRE(QFileInfo(kDemoFilm).isFile());  // made by scripts/make-demo-film (make test makes it)
        player = std::make_unique<FilmPlayer>(FilmPlayer::Settings{FilmPlayer::Output::Software, false, speed});
        REQUIRE(player->softwareSurface()->valid());
        QObject::connect(player->softwareSurface(), &SoftwareSurface::frameReady,
                         [this] { highestFrame = std::max(highestFrame, frameNumber(player->softwareSurface()->frame())); });
        QSignalSpy loaded(player.get(), &FilmPlayer::loaded);
        REQUIRE(player->open(QFileInfo(kDemoFilm).canonicalFilePath(), 25));
        REQUIRE(loaded.wait(10000));
    }

    /// Waits (up to `timeoutMs`) until the surface shows `frame`; returns the frame shown at the end.
    /// A seek completes on mpv's thread, so a check right after it could still see the old frame.
    int waitForFrame(int frame, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        int shown = shownFrame();
        while (shown != frame && timer.elapsed() < timeoutMs) {
            QSignalSpy next(player->softwareSurface(), &SoftwareSurface::frameReady);
            next.wait(50);
            shown = shownFrame();
        }
        return shown;
    }

    /// The frame on the surface now, drawn afresh.
    int shownFrame()
    {
        player->softwareSurface()->renderNow();
        return frameNumber(player->softwareSurface()->frame());
    }
};

}  // namespace stoppunkt::test
