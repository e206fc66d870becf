// SPDX-License-Identifier: MIT
#include "ui/filmtimeline.h"

#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

#include <algorithm>

namespace stoppunkt {

void FilmTimeline::paint(QPainter &painter, const QRectF &bar) const
{
    using namespace theme;
    const qint64 duration = std::max<qint64>(1, durationMs);
    const auto xAt = [&](qint64 ms) { return bar.left() + bar.width() * double(std::clamp<qint64>(ms, 0, duration)) / double(duration); };
    painter.setPen(Qt::NoPen);
    painter.setBrush(timelineTrack);
    const qreal radius = bar.height() / 2;
    painter.drawRoundedRect(bar, radius, radius);
    if (fromMs >= 0 && toMs >= fromMs) {
        painter.setBrush(timelineSegment);
        painter.drawRoundedRect(QRectF(QPointF(xAt(fromMs), bar.top()), QPointF(xAt(toMs), bar.bottom())), radius, radius);
    }
    const QRectF mark = bar.adjusted(0, -consoleStopMarkPx, 0, consoleStopMarkPx);
    for (std::size_t i = 0; i < stopsMs.size(); ++i) {
        const qreal x = xAt(stopsMs[i]);
        painter.setBrush(int(i) == selectedStop ? consoleHighlight : accent);
        painter.drawRect(QRectF(x - consoleStopMarkWidthPx / 2, mark.top(), consoleStopMarkWidthPx, mark.height()));
        const QRectF label(x - consoleStopLabelWidthPx / 2, mark.bottom(), consoleStopLabelWidthPx, consoleStopLabelLinePx);
        textlayout::draw(painter, label, QStringLiteral("#%1").arg(i + 1), uiFont(consoleStopLabelPx, QFont::Bold), consoleMuted,
                         Qt::AlignHCenter | Qt::AlignTop);
    }
    if (positionMs >= 0) {
        painter.setBrush(timelineHead);
        painter.drawEllipse(QPointF(xAt(positionMs), bar.center().y()), consolePlayheadRadiusPx, consolePlayheadRadiusPx);
    }
}

qreal FilmTimeline::reachBelow()
{
    return theme::consoleStopMarkPx + theme::consoleStopLabelLinePx;
}

}  // namespace stoppunkt
