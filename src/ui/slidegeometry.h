// SPDX-License-Identifier: MIT
#pragma once
// Where the slide painters place their parts, per kind of slide, in pixels of the 1920×1080 design canvas
// that SlideRenderer scales to any screen. The painters hold no number of their own beyond 0, 1 and 2.

#include <QRectF>
#include <QtGlobal>

namespace stoppunkt::geometry {

/// The design canvas every slide is laid out on.
inline constexpr qreal canvasWidth = 1920;
inline constexpr qreal canvasHeight = 1080;

/// The join card: the QR code on the left, what to do and the room code on the right.
namespace joinCard {
inline constexpr QRectF qrCode{110, 160, 760, 760};
inline constexpr int qrQuietModules = 4;  ///< the light margin around the code, in modules on each side
inline constexpr qreal textLeft = 960;
inline constexpr qreal textRightMargin = 110;
inline constexpr qreal textTop = 170;
inline constexpr qreal titlePx = 72;
inline constexpr qreal titleBox = 200;
inline constexpr qreal titleGap = 40;
inline constexpr qreal linePx = 40;  ///< "Scan the code, or open" and "Room code"
inline constexpr qreal lineBox = 120;
inline constexpr qreal lineGap = 8;
inline constexpr qreal addressPx = 48;
inline constexpr qreal addressBox = 120;
inline constexpr qreal addressGap = 50;
inline constexpr qreal codeLabelBox = 80;
inline constexpr qreal codeLabelGap = 4;
inline constexpr qreal codePx = 150;
inline constexpr qreal codeLetterSpacing = 24;
inline constexpr qreal codeBox = 200;
inline constexpr qreal footerFromBottom = 150;
inline constexpr qreal footerBox = 80;
inline constexpr qreal footerPx = 30;
}  // namespace joinCard

/// The room's votes as a chart: a whole-number scale of this many steps at the least.
namespace voteChart {
inline constexpr int scaleSteps = 4;
}  // namespace voteChart

/// The escalation staircase: the stairs on the left, the columns of what is said and done beside them.
namespace staircase {
inline constexpr qreal stairsShareWithTwoColumns = 0.34;  ///< of the content's width
inline constexpr qreal firstColumnShare = 0.30;
inline constexpr qreal stairsShareWithOneColumn = 0.46;
inline constexpr qreal stairsGap = 40;  ///< between the stairs and the first column
inline constexpr qreal columnGap = 30;
inline constexpr qreal headingPx = 28;
inline constexpr qreal headingRaise = 20;  ///< the headings sit this far above the content's top
inline constexpr qreal headingBox = 44;
inline constexpr qreal headingHeight = 40;  ///< what the headings take from the content
inline constexpr qreal rowGap = 10;
inline constexpr qreal mostRise = 70;  ///< each step stands at most this far right of the one below
inline constexpr qreal riseShare = 0.45;  ///< of the stairs' width, for all rises together
inline constexpr int mostTextPx = 32;
inline constexpr qreal labelShareOfRow = 0.42;
inline constexpr qreal cellTextShareOfRow = 0.34;
inline constexpr int leastLabelPx = 18;
inline constexpr int leastCellPx = 16;
inline constexpr qreal outlineWidth = 2;  ///< a step not built yet
inline constexpr qreal stepCorner = 8;
inline constexpr qreal numberInset = 18;
inline constexpr qreal numberBox = 46;
inline constexpr qreal labelInsetNumbered = 64;
inline constexpr qreal labelInset = 20;
inline constexpr qreal labelInsetRight = 16;
inline constexpr qreal labelInsetY = 4;
inline constexpr qreal bubbleTint = 0.14;  ///< the alpha of a quote's bubble in the step's colour
inline constexpr qreal bubbleCorner = 10;
inline constexpr qreal barInsetY = 6;  ///< an action's bar, at the cell's left
inline constexpr qreal barWidth = 5;
inline constexpr qreal cellInsetLeft = 20;
inline constexpr qreal cellInsetRight = 12;
inline constexpr qreal cellInsetY = 2;
inline constexpr qreal cellFitSlackX = 36;  ///< what a cell's text leaves free across and down when it is fitted
inline constexpr qreal cellFitSlackY = 8;
}  // namespace staircase

}  // namespace stoppunkt::geometry
