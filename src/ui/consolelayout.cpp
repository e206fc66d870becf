// SPDX-License-Identifier: MIT
#include "ui/consolelayout.h"

#include "ui/sliderenderer.h"
#include "ui/theme.h"

#include <cmath>

namespace stoppunkt {

namespace {
/// A 16:9 slide as large as fits `area` below its heading, in its top-left corner.
QRectF slideBelowHeading(const QRectF &area, double heightShare)
{
    const QRectF below = area.adjusted(0, theme::consoleHeadingStepPx, 0, 0);
    const QRectF slide = SlideRenderer::letterbox(QRectF(below.topLeft(), QSizeF(below.width(), below.height() * heightShare)));
    // On whole pixels and exactly 16:9 (a width in sixteenths): drawn as crisply as the projector draws it, and
    // the same picture as a projector of that size paints.
    const qreal width = std::floor(slide.width() / 16) * 16;
    return QRectF(std::round(below.left()), std::round(below.top()), width, width * 9 / 16);
}
}  // namespace

ConsoleLayout ConsoleLayout::of(QSizeF windowSize)
{
    using namespace theme;
    ConsoleLayout l;
    const qreal m = consoleMarginPx;
    const QRectF all = QRectF(QPointF(0, 0), windowSize).adjusted(m, m, -m, -m);

    l.topBar = QRectF(all.left(), all.top(), all.width(), consoleTopBarPx);
    const qreal barTop = l.topBar.top();
    const qreal barHeight = l.topBar.height();
    l.counter = QRectF(l.topBar.left(), barTop, consoleCounterWidthPx, barHeight);
    l.clock = QRectF(l.topBar.right() - consoleClockWidthPx, barTop, consoleClockWidthPx, barHeight);
    l.timer = QRectF(l.clock.left() - consoleGapPx - consoleTimerWidthPx, barTop, consoleTimerWidthPx, barHeight);
    const qreal statusLeft = l.counter.right() + consoleGapPx;
    l.status = QRectF(statusLeft, barTop, l.timer.left() - consoleGapPx - statusLeft, barHeight);
    // With a time plan, the timer and the plan's line below it centre on the bar together.
    const qreal timerLineTop = barTop + (barHeight - consoleTimerLinePx - consolePaceLinePx) / 2;
    l.timerLine = QRectF(l.timer.left(), timerLineTop, l.timer.width(), consoleTimerLinePx);
    l.paceLine = QRectF(l.timer.left(), l.timerLine.bottom(), l.timer.width(), consolePaceLinePx);

    const qreal top = l.topBar.bottom() + consoleBodyGapPx;
    l.nowColumn = QRectF(all.left(), top, all.width() * consoleNowColumnShare, all.bottom() - top);
    l.nowSlide = slideBelowHeading(l.nowColumn, consoleNowHeightShare);
    const qreal rowTop = l.nowSlide.bottom() + consoleRowGapPx;
    const QRectF row(l.nowColumn.left(), rowTop, l.nowColumn.width(), l.nowColumn.bottom() - rowTop);
    l.nextColumn = QRectF(row.left(), row.top(), row.width() * consoleNextWidthShare, row.height());
    l.nextSlide = slideBelowHeading(l.nextColumn, 1.0);
    const qreal stripLeft = l.nextSlide.right() + consoleRowGapPx;
    l.filmStrip = QRectF(stripLeft, row.top(), row.right() - stripLeft, row.height());
    l.filmStripInner =
        l.filmStrip.adjusted(consolePanelPaddingXPx, consolePanelPaddingYPx, -consolePanelPaddingXPx, -consolePanelPaddingYPx * 2 / 3);

    const qreal rightLeft = l.nowColumn.right() + m;
    l.rightPanel = QRectF(rightLeft, top, all.right() - rightLeft, all.bottom() - top);
    l.rightInner = l.rightPanel.adjusted(consolePanelPaddingXPx, consolePanelPaddingYPx, -consolePanelPaddingXPx, -consolePanelPaddingYPx);
    l.flipLine = QRectF(all.left(), all.bottom() - consoleFlipLinePx, all.width(), consoleFlipLinePx);
    return l;
}

}  // namespace stoppunkt
