// SPDX-License-Identifier: MIT
// The whole path: keys -> session -> film player -> projector, with the demo film on the software surface.
#include "app/filmstandin.h"
#include "demofilm.h"
#include "input/commanddispatcher.h"
#include "media/filmplayer.h"
#include "media/softwaresurface.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;
using stoppunkt::demofilm::frameNumber;

namespace {

/// The seed lesson with its film's source replaced, loaded as if it were the file `lessonFile`.
Lesson seedWithFilm(const QByteArray &source, const QString &lessonFile = STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json")
{
    QFile seed(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(seed.open(QIODevice::ReadOnly));
    LoadResult result =
        loadLessonText(seed.readAll().replace("../../media/morten-demo.mp4", source).toStdString(), lessonFile.toStdString());
    REQUIRE(result.ok());
    return std::move(*result.lesson);
}

/// Shows the presenter on Film #1, whose film cannot play: the card is on the projector.
void showFilmOneWithoutFilm(Presenter &p)
{
    p.show();
    p.session().goTo(10);
    settle();
    REQUIRE_FALSE(p.session().filmAvailable());
    REQUIRE(p.projector().currentFrame().filmUnavailable);
}

Options fastFilm()
{
    Options options;
    options.windowed = true;
    options.video = Options::Video::Software;
    options.filmSpeed = 100;
    options.filmAudio = false;
    return options;
}

}  // namespace

TEST_CASE("Next plays each film segment to its exact stop frame, and the question follows")
{
    Presenter p(seedLesson(), fastFilm());
    p.show();
    REQUIRE(p.player());
    CHECK_FALSE(p.usesOpenGL());
    int highest = -1;
    QObject::connect(p.player()->softwareSurface(), &SoftwareSurface::frameReady,
                     [&] { highest = std::max(highest, frameNumber(p.player()->softwareSurface()->frame())); });
    Session &s = p.session();
    s.goTo(9);
    const int stops[] = {1249, 1899, 2549, 3199};
    for (int q = 0; q < 4; ++q) {
        INFO("question " << q + 1);
        p.dispatcher().trigger(Action::Next);  // into Film #q: the film plays
        REQUIRE(s.slideIndex() == 10 + q);
        CHECK(s.filmPhase() == FilmPhase::Playing);
        REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }));
        CHECK(s.questionPhase() == QuestionPhase::Discussing);
        // The last frame may reach the surface just after the stop is flagged; no later frame ever does.
        CHECK(waitUntil([&] { return highest == stops[q]; }, 30000));
        INFO("the highest frame drawn: " << highest);
        settle();
        CHECK(highest == stops[q]);
        p.dispatcher().trigger(Action::Next);  // reveal: two presses, as one stray press does nothing
        p.dispatcher().trigger(Action::Next);
    }
    p.dispatcher().trigger(Action::Next);  // "Sidste filmdel": its title is announced first
    CHECK(s.filmPhase() == FilmPhase::Idle);
    CHECK(p.projector().currentFrame().view.slide.title == "Sidste filmdel");
    p.dispatcher().trigger(Action::Next);  // and the next press plays it to the end
    CHECK(s.filmPhase() == FilmPhase::Playing);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::Ended; }));
    // As at the stops, the last frame can reach the surface just after the end is flagged.
    CHECK(waitUntil([&] { return highest == 3649; }, 30000));
}

TEST_CASE("while the film plays, the console's 'now' shows the same film frame as the projector")
{
    Options options = fastFilm();
    options.filmSpeed = 1;
    Presenter p(seedLesson(), options);
    p.show();
    p.projector().resize(1280, 720);
    p.console().resize(1600, 900);
    p.session().goTo(11);
    // A frame of scene 2 (frames 1250..1899) has reached both windows.
    REQUIRE(waitUntil([&] { return frameNumber(p.projector().currentFrame().videoFrame) > 1250; }, 30000));
    p.player()->pause();
    settle();
    const int shown = frameNumber(p.projector().currentFrame().videoFrame);
    const QImage console = p.console().grab().toImage();
    // The console's "now" is the projector's picture, smaller: read the counter where the film sits in it.
    const QImage film = console.copy(p.console().nowRect().toAlignedRect());
    CHECK(shown > 1250);
    CHECK(std::abs(frameNumber(film) - shown) <= 1);
}

TEST_CASE("going back into a question holds its stop frame, leaving the film pauses it")
{
    Presenter p(seedLesson(), fastFilm());
    p.show();
    Session &s = p.session();
    s.goTo(11);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }));
    p.dispatcher().trigger(Action::Previous);
    REQUIRE(s.slideIndex() == 10);
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(waitUntil([&] {
        p.player()->softwareSurface()->renderNow();
        return frameNumber(p.player()->softwareSurface()->frame()) == 1249;
    }));
    s.goTo(12);
    s.goTo(2);  // mid-segment, away from the film
    CHECK(waitUntil([&] { return p.player()->paused(); }));
}

TEST_CASE("a missing film shows a card on the projector, its path on the console, and the questions still work")
{
    Presenter p(seedWithFilm("../../media/missing-film.mp4"), fastFilm());
    showFilmOneWithoutFilm(p);
    Session &s = p.session();
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
        p.console().resize(1280, 720);
        p.console().grab().save(QString::fromLocal8Bit(shots) + "/film-missing-console.png");
    }
    p.dispatcher().trigger(Action::Next);  // one press: there is nothing to protect
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_4));
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
}

TEST_CASE("the stop-frames command writes the exact frame of each stop at the film's size")
{
    QTemporaryDir dir;
    QProcess process;
    process.start(STOPPUNKT_EXE, {"--stop-frames", dir.path(), STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json"});
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    CHECK(process.exitCode() == 0);
    const int stops[] = {1249, 1899, 2549, 3199};
    for (int i = 0; i < 4; ++i) {
        const QImage image(dir.filePath(QStringLiteral("stop-%1.png").arg(i + 1)));
        CHECK(image.size() == QSize(1280, 720));
        CHECK(frameNumber(image) == stops[i]);
    }
}

TEST_CASE("switching lessons: a film lesson opened from one without film gets its player, leaving it stops the film")
{
    LoadResult module = loadLessonFile(STOPPUNKT_LESSONS "/kundetyper/lesson.json");
    REQUIRE(module.ok());
    Options options = fastFilm();
    options.filmSpeed = 1;
    options.record = false;
    Presenter p(std::move(*module.lesson), options);
    p.show();
    CHECK(p.player() == nullptr);  // no film in this lesson, so no player yet

    REQUIRE(p.openLesson(QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json")));
    REQUIRE(p.player());
    p.session().goTo(10);
    REQUIRE(waitUntil([&] { return frameNumber(p.projector().currentFrame().videoFrame) > 10; }, 30000));

    // Back to a lesson without film, mid-segment: the film stops, and the projector shows slides again.
    REQUIRE(p.openLesson(QStringLiteral(STOPPUNKT_LESSONS "/arga-kunder/lesson.json")));
    CHECK(waitUntil([&] { return p.player()->paused(); }));
    CHECK(p.session().filmPhase() == FilmPhase::Idle);
    CHECK(p.projector().currentFrame().view.slide.title == "Arga kunder");
}

TEST_CASE("a film that could not play gets another try at the next film part: the rest of the session is not lost")
{
    // The lesson in a folder of its own, its film not there yet (a USB stick not plugged in).
    QTemporaryDir dir;
    REQUIRE(QDir().mkpath(dir.filePath("lessons/morten")));
    Presenter p(seedWithFilm("film.mp4", dir.filePath("lessons/morten/lesson.json")), fastFilm());
    showFilmOneWithoutFilm(p);
    Session &s = p.session();
    // The facilitator goes back a slide and puts the film in place.
    s.goTo(9);
    REQUIRE(QFile::copy(QStringLiteral(STOPPUNKT_LESSONS "/../media/morten-demo.mp4"), dir.filePath("lessons/morten/film.mp4")));
    CHECK(s.filmAvailable());
    CHECK_FALSE(p.projector().currentFrame().filmUnavailable);
    p.dispatcher().trigger(Action::Next);  // into Film #1: it plays now, and stops on its frame
    REQUIRE(s.slideIndex() == 10);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }));
    CHECK(s.filmAvailable());
    CHECK(waitUntil([&] { return frameNumber(p.player()->softwareSurface()->frame()) == 1249; }));
}

TEST_CASE("where no film plays (the walkthrough), the stand-in reports the film's real length and each stop's position")
{
    Session session(seedWithFilm("../../media/morten-demo.mp4"));
    PresentationTimer timer;
    CommandDispatcher dispatcher(session, timer);
    FilmStandIn standIn(session, dispatcher);
    session.goTo(10);  // Film #1 starts
    CHECK(session.filmStatus().loaded);
    CHECK_FALSE(session.filmStatus().paused);
    CHECK(session.filmStatus().positionMs == 0);
    CHECK(std::abs(session.filmStatus().durationMs - demofilm::frameMs(demofilm::kLastFrame + 1)) <= 40);
    session.skipFilm();
    REQUIRE(session.filmPhase() == FilmPhase::AtStop);
    CHECK(session.filmStatus().paused);
    CHECK(session.filmStatus().positionMs == session.lesson().films[0].stops[0].atMs);

    Session missing(seedWithFilm("../../media/no-such-film.mp4"));
    CommandDispatcher missingDispatcher(missing, timer);
    FilmStandIn missingStandIn(missing, missingDispatcher);
    missing.goTo(10);
    CHECK_FALSE(missing.filmAvailable());  // as in a live session: the path and why
    CHECK_THAT(missing.filmStatus().problem.toStdString(), Catch::Contains("no-such-film.mp4"));
}

namespace {
/// The share of the film frame's lower band (where subtitles sit) that is near black: the subtitles' box.
double subtitleBoxShare(const QImage &frame)
{
    const QImage band =
        frame.copy(0, frame.height() * 70 / 100, frame.width() * 70 / 100, frame.height() * 22 / 100).convertToFormat(QImage::Format_RGB32);
    int dark = 0;
    for (int y = 0; y < band.height(); ++y)
        for (int x = 0; x < band.width(); ++x)
            dark += QColor(band.pixel(x, y)).lightness() < 30;
    return double(dark) / (band.width() * band.height());
}
}  // namespace

TEST_CASE("the demo film's Danish subtitles are on the film from the start, on a dark box, and C turns them off and on")
{
    Presenter p(seedLesson(), fastFilm());
    p.show();
    REQUIRE(p.player());
    Session &s = p.session();
    CHECK(s.subtitlesShown());  // the lesson says "shown": true
    s.goTo(10);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }));
    SoftwareSurface &surface = *p.player()->softwareSurface();
    // The stop frame carries the scene's last line ("Morten: Det forstår jeg godt …"), which runs to its end.
    REQUIRE(waitUntil(
        [&] {
            surface.renderNow();
            return frameNumber(surface.frame()) == 1249;
        },
        30000));
    CHECK(waitUntil(
        [&] {
            surface.renderNow();
            return subtitleBoxShare(surface.frame()) > 0.03;
        },
        30000));
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        surface.frame().save(QString::fromLocal8Bit(shots) + "/subtitles-stop-1.png");

    p.dispatcher().trigger(Action::Subtitles);  // C: off
    CHECK_FALSE(s.subtitlesShown());
    CHECK(waitUntil(
        [&] {
            surface.renderNow();
            return subtitleBoxShare(surface.frame()) < 0.001;
        },
        30000));
    CHECK(frameNumber(surface.frame()) == 1249);  // the same frame, without them
    p.dispatcher().trigger(Action::Subtitles);  // and on again
    CHECK(waitUntil(
        [&] {
            surface.renderNow();
            return subtitleBoxShare(surface.frame()) > 0.03;
        },
        30000));
}

TEST_CASE("resumed at a film question's stop, the console's film strip leaves 'loading' once the film holds the stop frame")
{
    // The first program is left as a kill leaves it (its record interrupted), hidden; the second resumes.
    auto first = std::make_unique<Presenter>(seedLesson(), fastFilm());
    first->show();
    first->session().goTo(10);
    first->session().skipFilm();
    REQUIRE(waitUntil([&] { return first->session().filmStatus().loaded; }));
    first->projector().hide();
    first->console().hide();
    Options options = fastFilm();
    options.resume = true;
    Presenter second(seedLesson(), options);
    second.show();
    Session &s = second.session();
    REQUIRE(s.slideIndex() == 10);
    REQUIRE(s.filmPhase() == FilmPhase::AtStop);
    CHECK(waitUntil([&] { return s.filmStatus().loaded && s.filmStatus().positionMs >= 0; }));
    CHECK(s.filmStatus().durationMs > 0);
}
