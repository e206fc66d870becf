// SPDX-License-Identifier: MIT
// The geometry of the facilitator's strokes: finishing one as it is kept, and finding one under the eraser.
#include "session/ink.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt::ink {

namespace {
double distanceToSegment(double px, double py, const InkPoint &a, const InkPoint &b, double aspect)
{
    const double ax = a.x * aspect, ay = a.y, bx = b.x * aspect, by = b.y;
    px *= aspect;
    const double dx = bx - ax, dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((px - ax) * dx + (py - ay) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/// Ramer–Douglas–Peucker: keeps the points that shape the line.
void simplify(const std::vector<InkPoint> &in, std::size_t first, std::size_t last, std::vector<bool> &keep)
{
    if (last <= first + 1)
        return;
    double worst = 0;
    std::size_t at = first;
    for (std::size_t i = first + 1; i < last; ++i) {
        const double d = distanceToSegment(in[i].x, in[i].y, in[first], in[last], kSlideAspect)
                         + std::abs(in[i].pressure - in[first].pressure) * 0.01;  // keep where the pressure turns
        if (d > worst) {
            worst = d;
            at = i;
        }
    }
    if (worst <= kSimplifyTolerance)
        return;
    keep[at] = true;
    simplify(in, first, at, keep);
    simplify(in, at, last, keep);
}

float rounded(double value, double step)
{
    return static_cast<float>(std::round(std::clamp(value, 0.0, 1.0) / step) * step);
}
}  // namespace

InkStroke finished(InkStroke stroke)
{
    std::vector<InkPoint> &points = stroke.points;
    std::erase_if(points, [](const InkPoint &p) { return !std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.pressure); });
    // The hand's jitter: each inner point moves towards the middle of its neighbours.
    if (points.size() > 2) {
        std::vector<InkPoint> smooth = points;
        for (std::size_t i = 1; i + 1 < points.size(); ++i) {
            smooth[i].x = 0.25f * points[i - 1].x + 0.5f * points[i].x + 0.25f * points[i + 1].x;
            smooth[i].y = 0.25f * points[i - 1].y + 0.5f * points[i].y + 0.25f * points[i + 1].y;
        }
        points = std::move(smooth);
    }
    if (points.size() > 2) {
        std::vector<bool> keep(points.size(), false);
        keep.front() = keep.back() = true;
        simplify(points, 0, points.size() - 1, keep);
        std::vector<InkPoint> kept;
        for (std::size_t i = 0; i < points.size(); ++i)
            if (keep[i])
                kept.push_back(points[i]);
        points = std::move(kept);
    }
    if (points.size() > std::size_t(kMaxPointsPerStroke))
        points.resize(kMaxPointsPerStroke);
    for (InkPoint &p : points) {
        p.x = rounded(p.x, kCoordinateStep);
        p.y = rounded(p.y, kCoordinateStep);
        p.pressure = rounded(p.pressure, kPressureStep);
    }
    return stroke;
}

bool passesNear(const InkStroke &stroke, double x, double y, double radius, double aspect)
{
    const auto &points = stroke.points;
    if (points.size() == 1)
        return distanceToSegment(x, y, points[0], points[0], aspect) <= radius;
    for (std::size_t i = 0; i + 1 < points.size(); ++i)
        if (distanceToSegment(x, y, points[i], points[i + 1], aspect) <= radius)
            return true;
    return false;
}

}  // namespace stoppunkt::ink
