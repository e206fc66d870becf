// SPDX-License-Identifier: MIT
// The facilitator's strokes over a slide: each drawn as a smooth curve through its kept points, in the
// target's pixels, so they are as sharp at 3840×2160 as at 1280×720.
#include "ui/sliderenderer.h"

#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace stoppunkt {

namespace {
/// A curve through the points' midpoints, with each point as its control: the polyline's corners rounded.
QPainterPath smoothPath(const std::vector<QPointF> &points)
{
    QPainterPath path(points.front());
    if (points.size() == 2)
        path.lineTo(points[1]);
    for (std::size_t i = 1; i + 1 < points.size(); ++i)
        path.quadTo(points[i], i + 2 == points.size() ? points[i + 1] : (points[i] + points[i + 1]) / 2);
    return path;
}

bool evenPressure(const InkStroke &stroke)
{
    return std::all_of(stroke.points.begin(), stroke.points.end(),
                       [&](const InkPoint &p) { return p.pressure == stroke.points.front().pressure; });
}
}  // namespace

void SlideRenderer::paintInk(QPainter &painter, const QRectF &target, const SlideInk &ink, const RoomZoom &zoom)
{
    if (ink.empty())
        return;
    const QRectF box = letterbox(target);
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const InkStroke &stroke : ink) {
        if (stroke.points.empty())
            continue;
        std::vector<QPointF> points;
        points.reserve(stroke.points.size());
        for (const InkPoint &p : stroke.points)
            points.push_back(toTarget(target, zoom, p.x, p.y));
        const double width =
            theme::inkWidthShare(stroke.width) * box.height() / zoom.size * (stroke.highlighter ? theme::highlighterWidthFactor : 1.0);
        const QColor colour = stroke.highlighter ? theme::highlighterInk : theme::inkColour(stroke.colour);
        const auto pressed = [&](float pressure) { return width * std::max<double>(pressure, theme::inkMinPressure); };
        if (points.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            const double r = pressed(stroke.points[0].pressure) / 2;
            painter.drawEllipse(points[0], r, r);
        } else if (stroke.highlighter || evenPressure(stroke)) {
            // One path, so a highlighter's overlaps do not darken.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(colour, pressed(stroke.points[0].pressure), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(smoothPath(points));
        } else {
            // A tablet's pressure: each segment as wide as the pressure at its ends.
            for (std::size_t i = 0; i + 1 < points.size(); ++i) {
                const float pressure = (stroke.points[i].pressure + stroke.points[i + 1].pressure) / 2;
                painter.setPen(QPen(colour, pressed(pressure), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawLine(points[i], points[i + 1]);
            }
        }
    }
    painter.restore();
}

}  // namespace stoppunkt
