// SPDX-License-Identifier: MIT
// Render benchmark: every step of the seed lesson drawn by the slide renderer at 1920×1080 and 3840×2160.
// Prints the median and maximum time per step; see docs/performance.md.
#include "lesson/lessonloader.h"
#include "session/session.h"
#include "ui/sliderenderer.h"
#include "ui/theme.h"

#include "input/commanddispatcher.h"
#include "session/presentationtimer.h"
#include "ui/projectorwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace stoppunkt;

namespace {
struct Figures {
    double median, max;
    std::size_t steps;
};

Figures measure(const Lesson &lesson, QSize size, int rounds)
{
    QImage image(size, QImage::Format_RGB32);
    SlideRenderer renderer;
    std::vector<double> perStep;  // the median over rounds of each step
    std::vector<AudienceView> views;
    qint64 clock = 0;
    Session s(lesson, nullptr, [&] { return clock; });
    while (true) {
        views.push_back(s.audienceView());
        if (s.atLessonEnd())
            break;
        s.next();
        clock += 500;
    }
    for (const AudienceView &view : views) {
        const SlideFrame frame = frameFor(s, view);
        std::vector<double> times;
        for (int r = 0; r < rounds; ++r) {
            QPainter painter(&image);
            const auto start = std::chrono::steady_clock::now();
            renderer.render(painter, QRectF(QPointF(0, 0), size), frame);
            painter.end();
            times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(times.begin(), times.end());
        perStep.push_back(times[times.size() / 2]);
    }
    std::sort(perStep.begin(), perStep.end());
    return {perStep[perStep.size() / 2], perStep.back(), perStep.size()};
}
}  // namespace

/// Next as the projector meets it at 4K: the next step was drawn ahead in idle time, so the paint after
/// Next copies it. Returns the median and maximum of the paint that follows each Next.
Figures measureNextPaint(const Lesson &lesson, QSize size)
{
    Session session(lesson);
    PresentationTimer timer;
    CommandDispatcher dispatcher(session, timer);
    ProjectorWindow projector(session, dispatcher);
    projector.resize(size);
    projector.show();
    std::vector<double> times;
    while (!session.atLessonEnd()) {
        QElapsedTimer idle;
        idle.start();
        while (idle.elapsed() < 150)
            QApplication::processEvents(QEventLoop::AllEvents, 10);
        const auto start = std::chrono::steady_clock::now();
        dispatcher.trigger(Action::Next);
        projector.repaint();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("(%d of %zu paints came from the step drawn ahead)\n", projector.prerenderedPaints(), times.size());
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back(), times.size()};
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const char *file = argc > 1 ? argv[1] : "lessons/konflikter-med-kunder/lesson.json";
    LoadResult result = loadLessonFile(file);
    if (!result.ok())
        return 1;
    measure(*result.lesson, {640, 360}, 3);  // warm up fonts and caches
    std::printf("%-12s %8s %14s %14s\n", "size", "steps", "median ms", "max ms");
    for (QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        const Figures f = measure(*result.lesson, size, 9);
        std::printf("%-12s %8zu %14.2f %14.2f\n", QStringLiteral("%1x%2").arg(size.width()).arg(size.height()).toUtf8().constData(),
                    f.steps, f.median, f.max);
    }
    const Figures next = measureNextPaint(*result.lesson, {3840, 2160});
    std::printf("%-12s %8zu %14.2f %14.2f   Next -> projector painted, next step drawn ahead\n", "3840x2160", next.steps, next.median,
                next.max);
    return 0;
}
