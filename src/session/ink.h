// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

namespace stoppunkt {

/// What the facilitator's hand does on the slide: nothing, a pen, a highlighter, or an eraser.
enum class InkMode { Off, Pen, Highlighter, Eraser };
/// The pen's colours and widths; the theme gives each its colour and size, so the session names them only.
enum class InkColour { Red, Blue, Green, Black };
enum class InkWidth { Thin, Medium, Thick };

/// What is in the facilitator's hand, and the colour and width it draws with.
struct PenTip {
    InkMode mode = InkMode::Off;
    InkColour colour = InkColour::Red;
    InkWidth width = InkWidth::Medium;
};

/// A point of a stroke on the slide, from its top left (0, 0) to its bottom right (1, 1), so it does not
/// depend on any window's size; pressure is 0..1, 1 where the device gives none.
struct InkPoint {
    float x = 0;
    float y = 0;
    float pressure = 1;

    bool operator==(const InkPoint &other) const = default;
};

/// One stroke of the pen or the highlighter, as the session keeps it and the record writes it.
struct InkStroke {
    bool highlighter = false;
    InkColour colour = InkColour::Red;
    InkWidth width = InkWidth::Medium;
    std::vector<InkPoint> points;

    bool operator==(const InkStroke &other) const = default;
};

/// The strokes on one slide, oldest first.
using SlideInk = std::vector<InkStroke>;

namespace ink {
/// A slide keeps at most this many strokes, and a stroke this many points: a pen held down for minutes, or a
/// record edited by hand, cannot grow the session record without bound.
inline constexpr int kMaxStrokesPerSlide = 1000;
inline constexpr int kMaxPointsPerStroke = 4000;
/// Points closer than this to the line through their neighbours are dropped when a stroke ends (a share of
/// the slide's height: about half a pixel at 1080p), and coordinates are kept to four decimals.
inline constexpr double kSimplifyTolerance = 0.0005;
/// The steps a kept stroke's coordinates and pressures are rounded to (the record writes them so).
inline constexpr double kCoordinateStep = 0.0001;
inline constexpr double kPressureStep = 0.01;
/// The slide's width over its height: distances on the slide are measured in its height.
inline constexpr double kSlideAspect = 16.0 / 9.0;

/// The stroke as it is kept: smoothed of the hand's jitter, simplified, and rounded; never more than
/// kMaxPointsPerStroke points.
InkStroke finished(InkStroke stroke);
/// The stroke passes within `radius` of (x, y) (radius in the slide's height; x is scaled by the aspect).
bool passesNear(const InkStroke &stroke, double x, double y, double radius, double aspect);
}  // namespace ink

}  // namespace stoppunkt
