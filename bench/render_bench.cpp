// SPDX-License-Identifier: MIT
// Render benchmark: every step of the seed lesson drawn by the slide renderer at 1920×1080 and 3840×2160.
// Prints the median and maximum time per step; see docs/performance.md.
#include "lessonloader.h"
#include "session.h"
#include "sliderenderer.h"
#include "theme.h"

#include <QGuiApplication>
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
} // namespace

int main(int argc, char *argv[])
{
    theme::configureTextRendering();
    QGuiApplication app(argc, argv);
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
    return 0;
}
