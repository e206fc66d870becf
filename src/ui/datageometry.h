// SPDX-License-Identifier: MIT
#pragma once
// Where the data painters (a table, a 2×2 matrix, a bar chart) place their parts, in pixels of the 1920×1080
// design canvas; the other kinds of slide are in slidegeometry.h.

#include <QtGlobal>

namespace stoppunkt::geometry {

/// A data slide's caption, under its content at the left margin.
namespace caption {
inline constexpr qreal fromBottom = 74;
inline constexpr qreal width = 1300;
inline constexpr qreal box = 44;
inline constexpr int px = 22;
}  // namespace caption

/// A table: the largest type at which every row fits, its padding in proportion to the type.
namespace table {
inline constexpr int largestPx = 36;  ///< theme::readableTextPx: a short table is read from the back
inline constexpr int leastPx = 18;
inline constexpr int pxStep = 2;
inline constexpr qreal padShareOfPx = 0.42;
inline constexpr qreal leastColumnWeight = 8;  ///< a column counts as at least this many characters wide
inline constexpr qreal textSlack = 2;
}  // namespace table

/// A 2×2 matrix: the axes on the left and below, the four quadrants in the grid.
namespace matrix {
inline constexpr qreal axisBand = 130;  ///< room for an axis' words
inline constexpr qreal gridOverlap = 20;  ///< the grid reaches this far into the band below
inline constexpr qreal sideSlack = 40;
inline constexpr qreal widestAspect = 2.1;  ///< the grid's width, at most, in its heights
inline constexpr qreal cellGap = 18;
inline constexpr qreal axisOffset = 28;  ///< the axes' corner, left of and below the grid
inline constexpr qreal axisStroke = 4;
inline constexpr qreal arrowTip = 16;
inline constexpr qreal arrowBack = 6;
inline constexpr qreal arrowHalfWidth = 12;
inline constexpr int endPx = 36;  ///< the words at an axis' low and high end
inline constexpr int namePx = 36;
inline constexpr qreal endBox = 50;
inline constexpr qreal nameBox = 50;
inline constexpr qreal belowAxis = 10;
inline constexpr qreal verticalTextOffset = 14;  ///< the rotated axis' text, left of its line
inline constexpr qreal verticalAxisTurn = -90;  ///< degrees: the vertical axis' words read upwards
inline constexpr qreal verticalEndRaise = 44;
inline constexpr qreal verticalNameRaise = 88;
inline constexpr qreal quadrantOutline = 3;
inline constexpr qreal quadrantCorner = 18;
inline constexpr qreal quadrantInsetX = 34;
inline constexpr qreal quadrantInsetY = 30;
inline constexpr qreal labelShareOfHeight = 0.5;
inline constexpr int labelLargestPx = 46;
inline constexpr int labelLeastPx = 26;
inline constexpr int detailLargestPx = 36;
inline constexpr int detailLeastPx = 18;
inline constexpr qreal detailGap = 16;
inline constexpr qreal textSlack = 2;
}  // namespace matrix

/// A bar chart: the legend on top, the category labels on the left, the values right of their bars.
namespace chart {
inline constexpr int legendPx = 36;
inline constexpr qreal swatchTop = 6;
inline constexpr qreal swatch = 28;
inline constexpr qreal swatchGap = 40;  ///< from the swatch's left to its name
inline constexpr qreal legendBox = 50;
inline constexpr qreal legendNameWidth = 800;
inline constexpr qreal seriesGap = 60;
inline constexpr qreal legendBand = 80;  ///< the plot starts this far below the content's top
inline constexpr qreal scaleBand = 44;  ///< the scale's numbers under the plot
inline constexpr qreal valueWidth = 120;
inline constexpr int scaleSteps = 4;  ///< scale lines at quarters of the maximum
inline constexpr int scalePx = 22;
inline constexpr qreal scaleLabelHalfWidth = 80;
inline constexpr qreal scaleLabelGap = 6;
inline constexpr qreal scaleLabelBox = 34;
inline constexpr int valueDigits = 4;  ///< significant digits of a value and of the scale
inline constexpr double leastPercentScale = 100;
inline constexpr qreal tallestBar = 44;
inline constexpr qreal barsShareOfBand = 0.78;
inline constexpr qreal barGap = 4;
inline constexpr int labelLargestPx = 36;
inline constexpr int labelLeastPx = 18;
inline constexpr qreal labelGap = 30;  ///< between a category's label and the plot
inline constexpr qreal labelSlack = 4;
inline constexpr int valueLargestPx = 26;
inline constexpr qreal valueShareOfBar = 0.8;
inline constexpr int valueExtraPx = 2;
inline constexpr qreal valueGap = 10;
inline constexpr qreal valueRaise = 4;
inline constexpr qreal valueBoxSlack = 40;
}  // namespace chart

}  // namespace stoppunkt::geometry
