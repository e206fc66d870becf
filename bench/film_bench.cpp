// SPDX-License-Identifier: MIT
// Film benchmark, at normal speed with the OpenGL surface (run under xvfb-run; see docs/performance.md):
//  - stop accuracy: RUNS runs of all four stops, each approached over its last 3 s; error in frames,
//    read from the framebuffer (the stop frame, and the highest frame ever presented);
//  - latency from Next (entering Film #2) to the first new frame presented by the projector;
//  - peak memory (maximum resident set) of the process after the playback.
// `bench_film --latency RUNS` measures only the latency, and the frame rate over 8 s of playback;
// `--no-console-film` first takes the film's small copies away from the console, to compare.
// `bench_film --play SECONDS` only presents and plays Film #1, for measuring the process from outside.
#include "app/presenter.h"
#include "demofilm.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "media/filmplayer.h"
#include "media/glvideowidget.h"
#include "session/session.h"
#include "ui/projectorwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace stoppunkt;
using namespace stoppunkt::demofilm;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void accuracy(int runs)
{
    FilmPlayer player({FilmPlayer::Output::OpenGL, false, 1.0});
    GlVideoWidget widget(player);
    widget.resize(1280, 720);
    widget.show();
    int highest = -1;
    QObject::connect(&widget, &GlVideoWidget::framePresented, [&] { highest = std::max(highest, frameNumber(widget.grabFramebuffer())); });
    bool loaded = false, reached = false;
    QObject::connect(&player, &FilmPlayer::loaded, [&] { loaded = true; });
    QObject::connect(&player, &FilmPlayer::stopReached, [&] { reached = true; });
    player.open(QFileInfo("media/morten-demo.mp4").canonicalFilePath(), 25);
    waitUntil([&] { return loaded; }, 10000);
    const int stops[] = {1249, 1899, 2549, 3199};
    int worst = 0, exact = 0, total = 0;
    for (int run = 0; run < runs; ++run) {
        int runWorst = 0;
        for (int stop : stops) {
            highest = -1;
            reached = false;
            player.playSegment(stop * 40 - 3000, stop * 40, run);
            waitUntil([&] { return reached; }, 10000);
            waitUntil([&] { return frameNumber(widget.grabFramebuffer()) == stop; }, 1000);
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 200)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            const int shown = frameNumber(widget.grabFramebuffer());
            const int error = std::max(std::abs(shown - stop), std::max(0, highest - stop));
            runWorst = std::max(runWorst, error);
            exact += error == 0;
            ++total;
        }
        worst = std::max(worst, runWorst);
        std::printf("run %2d: worst error %d frames\n", run + 1, runWorst);
        std::fflush(stdout);
    }
    std::printf("stop accuracy: %d of %d stops exact, worst error %d frames\n", exact, total, worst);
}

/// Whether the console is given the film's small copies; off measures the cost of making them.
bool g_consolePreview = true;

/// The seed lesson in two windows, without sound; the console gets the film's copies unless told not to.
std::unique_ptr<Presenter> presentSilently()
{
    LoadResult result = loadLessonFile("lessons/konflikter-med-kunder/lesson.json");
    Options options;
    options.windowed = true;
    options.filmAudio = false;
    auto p = std::make_unique<Presenter>(std::move(*result.lesson), options);
    p->show();
    p->projector().resize(1280, 720);
    if (!g_consolePreview)
        QObject::disconnect(&p->projector().findChild<GlVideoWidget *>()->preview(), nullptr, nullptr, nullptr);
    return p;
}

void latency(int runs)
{
    auto presenter = presentSilently();
    Presenter &p = *presenter;
    auto *video = p.projector().findChild<GlVideoWidget *>();
    Session &s = p.session();
    std::vector<double> anyFrame, newFrame;
    QElapsedTimer clock;
    double firstAny = -1, firstNew = -1;
    QObject::connect(video, &GlVideoWidget::framePresented, [&] {
        if (firstAny < 0)
            firstAny = clock.nsecsElapsed() / 1e6;
        if (firstNew < 0 && frameNumber(video->grabFramebuffer()) > 1249)
            firstNew = clock.nsecsElapsed() / 1e6;
    });
    for (int run = 0; run < runs; ++run) {
        s.goTo(10);
        s.skipFilm();
        s.reveal();
        waitUntil([&] { return !video->isVisible(); }, 2000);
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 300)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        firstAny = firstNew = -1;
        clock.start();
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Right));  // Next: into Film #2
        waitUntil([&] { return firstNew >= 0; }, 5000);
        anyFrame.push_back(firstAny);
        newFrame.push_back(firstNew);
    }
    std::printf("Next to first frame presented: median %.1f ms, max %.1f ms\n", median(anyFrame),
                *std::max_element(anyFrame.begin(), anyFrame.end()));
    std::printf("Next to first new film frame (after the stop frame): median %.1f ms, max %.1f ms\n", median(newFrame),
                *std::max_element(newFrame.begin(), newFrame.end()));
}

/// Plays Film #1 for `seconds` with both windows shown, and counts the frames the projector presented
/// and, once the console shows the film, the frames it was given.
void frameRate(int seconds)
{
    auto presenter = presentSilently();
    Presenter &p = *presenter;
    auto *video = p.projector().findChild<GlVideoWidget *>();
    int presented = 0, copied = 0;
    QObject::connect(video, &GlVideoWidget::framePresented, [&] { ++presented; });
    if (g_consolePreview)
        QObject::connect(&video->preview(), &VideoFrames::frameReady, [&] { ++copied; });
    p.session().goTo(10);
    QElapsedTimer timer;
    timer.start();
    waitUntil([&] { return timer.elapsed() > 1000; }, 2000);  // the film has started
    presented = copied = 0;
    timer.restart();
    waitUntil([&] { return timer.elapsed() > seconds * 1000; }, seconds * 1000 + 1000);
    const double elapsed = timer.nsecsElapsed() / 1e9;
    std::printf("projector: %.1f frames/s presented over %.1f s; console: %.1f frames/s\n", presented / elapsed, elapsed, copied / elapsed);
}
}  // namespace

/// Presents the lesson and plays Film #1 for `seconds` at normal speed, as a lesson would; for measuring
/// the whole process's memory from outside.
void play(int seconds)
{
    LoadResult result = loadLessonFile("lessons/konflikter-med-kunder/lesson.json");
    Options options;
    options.windowed = true;
    Presenter p(std::move(*result.lesson), options);
    p.show();
    p.projector().resize(1280, 720);
    p.session().goTo(10);
    QElapsedTimer timer;
    timer.start();
    waitUntil([&] { return timer.elapsed() > seconds * 1000; }, seconds * 1000 + 1000);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--play") {
        play(std::atoi(argv[2]));
        return 0;
    }
    if (!GlVideoWidget::available()) {
        std::fprintf(stderr, "film_bench: no OpenGL here; run it under xvfb-run\n");
        return 2;
    }
    if (argc > 1 && QByteArray(argv[1]) == "--no-console-film") {
        g_consolePreview = false;
        ++argv;
        --argc;
    }
    if (argc > 2 && QByteArray(argv[1]) == "--latency") {
        latency(std::atoi(argv[2]));
        frameRate(8);
        return 0;
    }
    const int runs = argc > 1 ? std::atoi(argv[1]) : 20;
    accuracy(runs);
    latency(runs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (max RSS) after playback: %.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
