// SPDX-License-Identifier: MIT
#include "ui/consolelayout.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace stoppunkt;

namespace {
bool inside(const QRectF &inner, const QRectF &outer)
{
    return outer.adjusted(-0.01, -0.01, 0.01, 0.01).contains(inner);
}

bool apart(const QRectF &a, const QRectF &b)
{
    return !a.intersected(b).isValid() || a.intersected(b).width() * a.intersected(b).height() < 0.01;
}
}  // namespace

TEST_CASE("the console's regions fit the window at every size, without overlapping")
{
    const std::vector<QSizeF> sizes{{qreal(theme::consoleMinimumWidthPx), qreal(theme::consoleMinimumHeightPx)},
                                    {1280, 720},
                                    {1366, 768},
                                    {1920, 1080},
                                    {3840, 2160},
                                    {1280, 1024}};
    for (const QSizeF &size : sizes) {
        INFO(size.width() << "x" << size.height());
        const ConsoleLayout l = ConsoleLayout::of(size);
        const QRectF window(QPointF(0, 0), size);
        // The top bar's four parts, left to right, each inside the bar.
        for (const QRectF &part : {l.counter, l.status, l.timer, l.clock}) {
            CHECK(inside(part, l.topBar));
            CHECK(part.width() > 0);
        }
        CHECK(l.counter.right() < l.status.left());
        CHECK(l.status.right() < l.timer.left());
        CHECK(l.timer.right() < l.clock.left());
        CHECK(l.paceLine.top() >= l.timerLine.bottom() - 0.01);
        // The columns below the bar, side by side, in the window.
        for (const QRectF &region : {l.topBar, l.nowColumn, l.rightPanel, l.flipLine}) {
            CHECK(inside(region, window));
        }
        CHECK(l.nowColumn.top() > l.topBar.bottom());
        CHECK(apart(l.nowColumn, l.rightPanel));
        CHECK(inside(l.rightInner, l.rightPanel));
        // The slide now shown and the next one are 16:9, in their column; the film strip beside the next one.
        CHECK(inside(l.nowSlide, l.nowColumn));
        CHECK(l.nowSlide.width() / l.nowSlide.height() == Approx(16.0 / 9.0).epsilon(0.01));
        CHECK(l.nextSlide.width() / l.nextSlide.height() == Approx(16.0 / 9.0).epsilon(0.01));
        CHECK(inside(l.nextSlide, l.nextColumn));
        CHECK(inside(l.nextColumn, l.nowColumn));
        CHECK(inside(l.filmStrip, l.nowColumn));
        CHECK(apart(l.nextSlide, l.filmStrip));
        CHECK(apart(l.nowSlide, l.nextColumn));
        CHECK(inside(l.filmStripInner, l.filmStrip));
        // The slide the room sees is the console's largest picture: over half its column's width.
        CHECK(l.nowSlide.width() > l.nowColumn.width() * 0.5);
    }
}
