// SPDX-License-Identifier: MIT
// The OpenGL surface under Xvfb: it stops on the authored frame too, read back from the framebuffer.
#include "app/presenter.h"
#include "demofilm.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "media/filmplayer.h"
#include "media/glvideowidget.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <functional>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::demofilm;

namespace {
/// A presenter in two windows on the given lesson, film at `filmSpeed` (fast by default), without sound or session record.
/// `beforeShow` moves the session before the windows show, as resuming a record does.
std::unique_ptr<Presenter> presenterOn(const char *lessonId, const std::function<void(Session &)> &beforeShow = {}, double filmSpeed = 100)
{
    LoadResult result = loadLessonFile(std::string(STOPPUNKT_LESSONS "/") + lessonId + "/lesson.json");
    REQUIRE(result.ok());
    Options options;
    options.windowed = true;
    options.filmSpeed = filmSpeed;
    options.filmAudio = false;
    options.record = false;
    auto p = std::make_unique<Presenter>(std::move(*result.lesson), options);
    if (beforeShow)
        beforeShow(p->session());
    p->show();
    p->projector().resize(1280, 720);
    return p;
}

/// Plays Film #1 and checks that the OpenGL surface shows it, and stops on its authored frame.
void playFilmOneOnOpenGL(Presenter &p)
{
    REQUIRE(p.usesOpenGL());
    Session &s = p.session();
    s.goTo(10);
    auto *video = p.projector().findChild<GlVideoWidget *>();
    REQUIRE(video);
    CHECK(waitUntil([&] { return video->isVisible(); }, 30000));
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }, 30000));
    CHECK(waitUntil([&] { return frameNumber(video->grabFramebuffer()) == 1249; }, 30000));
}
}  // namespace

TEST_CASE("OpenGL works under Xvfb, and the film stops on each authored frame in the framebuffer")
{
    REQUIRE(GlVideoWidget::available());
    FilmPlayer player({FilmPlayer::Output::OpenGL, false, 100});
    GlVideoWidget widget(player);
    widget.resize(1280, 720);
    widget.show();
    int highest = -1;
    QObject::connect(&widget, &GlVideoWidget::framePresented, [&] { highest = std::max(highest, frameNumber(widget.grabFramebuffer())); });
    QSignalSpy loaded(&player, &FilmPlayer::loaded);
    REQUIRE(player.open(QFileInfo(STOPPUNKT_MEDIA "/morten-demo.mp4").canonicalFilePath(), 25));
    REQUIRE(loaded.wait(10000));
    const int stops[] = {1249, 1899, 2549, 3199};
    qint64 from = -1;
    for (int i = 0; i < 4; ++i) {
        QSignalSpy reached(&player, &FilmPlayer::stopReached);
        player.playSegment(from, stops[i] * 40, i);
        REQUIRE(reached.wait(30000));
        INFO("stop " << i + 1);
        CHECK(waitUntil([&] { return frameNumber(widget.grabFramebuffer()) == stops[i]; }, 30000));
        CHECK(highest <= stops[i]);
        from = stops[i] * 40;
    }
}

TEST_CASE("the presenter picks the OpenGL surface where OpenGL works, and the projector shows the film there")
{
    auto presenter = presenterOn("konflikter-med-kunder");
    Presenter &p = *presenter;
    playFilmOneOnOpenGL(p);
    auto *video = p.projector().findChild<GlVideoWidget *>();
    QApplication::processEvents();
    CHECK_FALSE(video->isVisible());  // at the stop, the question takes the projector
    if (const QByteArray dir = qgetenv("STOPPUNKT_SCREENSHOTS"); !dir.isEmpty()) {
        video->grabFramebuffer().save(QString::fromLocal8Bit(dir) + "/gl-stop-1.png");
        p.projector().grab().save(QString::fromLocal8Bit(dir) + "/gl-question-1.png");
    }
}

TEST_CASE("a film lesson opened from one without film gets its OpenGL surface on the projector, which already shows")
{
    auto p = presenterOn("kundetyper");
    REQUIRE(p->player() == nullptr);
    REQUIRE(p->openLesson(QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json")));
    playFilmOneOnOpenGL(*p);
}

TEST_CASE("resumed onto a film question before the windows show, the OpenGL film holds the stop and plays on")
{
    // As --resume does: the session is at Film #1's stop before the projector's OpenGL surface exists.
    auto presenter = presenterOn("konflikter-med-kunder", [](Session &s) {
        s.goTo(10);
        s.skipFilm();
    });
    Presenter &p = *presenter;
    Session &s = p.session();
    REQUIRE(s.filmPhase() == FilmPhase::AtStop);
    auto *video = p.projector().findChild<GlVideoWidget *>();
    REQUIRE(video);
    // The console's film strip does not say "loading" for good: the film is open and holds the stop.
    CHECK(waitUntil([&] { return s.filmStatus().loaded && s.filmStatus().durationMs > 0; }, 30000));
    // The next film part plays on the OpenGL surface and stops on its own authored frame.
    s.reveal();
    s.next();
    REQUIRE(s.segment().has_value());
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop || !s.filmAvailable(); }, 30000));
    CHECK(s.filmAvailable());
    CHECK(waitUntil([&] { return frameNumber(video->grabFramebuffer()) == 1899; }, 30000));
}

TEST_CASE("with the OpenGL surface, the console's 'now on the projector' shows the moving film, not a card")
{
    auto presenter = presenterOn("konflikter-med-kunder", {}, 1.0);  // normal speed: the copies are few a second
    Presenter &p = *presenter;
    REQUIRE(p.usesOpenGL());
    p.console().resize(1440, 900);
    p.session().goTo(10);  // Film #1 plays
    auto consoleFrame = [&] {
        QApplication::processEvents();
        const QRect now = p.console().nowRect().toAlignedRect().adjusted(1, 1, -1, -1);
        return frameNumber(p.console().grab(now).toImage().scaled(1280, 720));
    };
    REQUIRE(waitUntil([&] { return p.console().nowRect().width() >= 400; }, 30000));
    int first = -1;
    REQUIRE(waitUntil([&] { return (first = consoleFrame()) > 10; }, 30000));

    int later = -1;
    CHECK(waitUntil([&] { return (later = consoleFrame()) > first + 10; }, 30000));  // it moves
    CHECK(later < 1249);
    if (const QByteArray dir = qgetenv("STOPPUNKT_SCREENSHOTS"); !dir.isEmpty())
        p.console().grab().save(QString::fromLocal8Bit(dir) + "/gl-console-film.png");
}

TEST_CASE("subtitles on the OpenGL projector are drawn at its size, on a dark box, at 1280x720 and at 3840x2160")
{
    auto presenter = presenterOn("konflikter-med-kunder", {}, 1.0);
    Presenter &p = *presenter;
    REQUIRE(p.usesOpenGL());
    auto *video = p.projector().findChild<GlVideoWidget *>();
    REQUIRE(video);
    for (const QSize size : {QSize(1280, 720), QSize(3840, 2160)}) {
        INFO(size.width() << "x" << size.height());
        p.projector().resize(size);
        p.session().goTo(10);  // Film #1 from its start: the host speaks from 1.6 s
        // The host speaks from 1.6 s: wait until the player says the film is past it, however slowly a loaded
        // machine plays, then look once (grabbing a 4K framebuffer over and over would starve the player).
        const int run = p.session().segmentRun();
        CHECK(waitUntil([&] { return p.session().segmentRun() == run && p.session().filmStatus().positionMs > 2500; }, 30000));
        // The lower band holds the subtitle's box: near-black pixels that the film's own picture lacks. A loaded
        // machine may show the position before the frame with the subtitle is drawn: look again, half a second
        // of film later, a few times (the subtitles run from 1.6 s to 12 s, with 0.2 s between two of them).
        QImage frame;
        double darkShare = 0;
        for (int look = 0; look < 5 && darkShare <= 0.03; ++look) {
            if (look > 0) {
                const qint64 at = p.session().filmStatus().positionMs;
                waitUntil([&] { return p.session().filmStatus().positionMs > at + 500; }, 30000);
            }
            frame = video->grabFramebuffer();
            const QImage band =
                frame.copy(0, frame.height() * 78 / 100, frame.width(), frame.height() * 20 / 100).convertToFormat(QImage::Format_RGB32);
            int dark = 0;
            for (int y = 0; y < band.height(); y += 2)
                for (int x = 0; x < band.width(); x += 2)
                    dark += QColor(band.pixel(x, y)).lightness() < 30;
            darkShare = double(dark) / ((band.width() / 2) * (band.height() / 2));
        }
        CHECK(frame.width() == video->width() * video->devicePixelRatio());
        CHECK(darkShare > 0.03);
        if (const QByteArray dir = qgetenv("STOPPUNKT_SCREENSHOTS"); !dir.isEmpty())
            frame.save(QString::fromLocal8Bit(dir) + QStringLiteral("/subtitles-projector-%1x%2.png").arg(size.width()).arg(size.height()));
        p.session().goTo(9);  // off the film, so the next size starts it afresh
        waitUntil([&] { return !video->isVisible(); }, 30000);
    }
}
