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
inline constexpr int titlePx = 72;
inline constexpr qreal titleBox = 200;
inline constexpr qreal titleGap = 40;
inline constexpr int linePx = 40;  ///< "Scan the code, or open" and "Room code"
inline constexpr qreal lineBox = 120;
inline constexpr qreal lineGap = 8;
inline constexpr int addressPx = 48;
inline constexpr qreal addressBox = 120;
inline constexpr qreal addressGap = 50;
inline constexpr qreal codeLabelBox = 80;
inline constexpr qreal codeLabelGap = 4;
inline constexpr int codePx = 150;
inline constexpr qreal codeLetterSpacing = 24;
inline constexpr qreal codeBox = 200;
inline constexpr qreal footerFromBottom = 150;
inline constexpr qreal footerBox = 80;
inline constexpr int footerPx = 30;
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
inline constexpr int headingPx = 36;
inline constexpr qreal headingRaise = 20;  ///< the headings sit this far above the content's top
inline constexpr qreal headingBox = 52;
inline constexpr qreal headingHeight = 48;  ///< what the headings take from the content
inline constexpr qreal rowGap = 10;
inline constexpr qreal mostRise = 70;  ///< each step stands at most this far right of the one below
inline constexpr qreal riseShare = 0.45;  ///< of the stairs' width, for all rises together
inline constexpr int mostTextPx = 36;  ///< theme::readableTextPx: short steps are read at it
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

/// A list of bullets with square markers, as every text slide has it.
namespace bulletList {
inline constexpr qreal indent = 56;
inline constexpr qreal gap = 30;
inline constexpr int leastPx = 26;
inline constexpr qreal squareShareOfSize = 0.36;  ///< the marker's side, of the text's size
inline constexpr qreal squareInset = 4;
inline constexpr qreal squareShareOfAscent = 0.62;  ///< the marker's middle, down the first line's ascent
inline constexpr qreal textSlack = 4;  ///< below each item's measured height
}  // namespace bulletList

/// The digital flip chart's sheet on the right of a slide.
namespace flipchartSheet {
inline constexpr qreal width = 620;
inline constexpr qreal gapToText = 40;  ///< between the slide's own text and the sheet
inline constexpr qreal outlineWidth = 2;
inline constexpr qreal corner = 18;
inline constexpr qreal padding = 36;
inline constexpr int largestPx = 36;
}  // namespace flipchartSheet

/// The lessons to choose next: a strip of numbered cards under the summary's bullets.
namespace nextLessons {
inline constexpr qreal stripHeight = 150;
inline constexpr qreal headingRaise = 54;  ///< the heading's top, above the strip
inline constexpr qreal headingBox = 50;
inline constexpr int headingPx = 36;
inline constexpr qreal gapAboveStrip = 70;  ///< the bullets end this far above the strip
inline constexpr qreal cardGap = 20;
inline constexpr qreal outlineWidth = 2;
inline constexpr qreal corner = 14;
inline constexpr qreal badgeInset = 20;
inline constexpr qreal badgeSize = 48;
inline constexpr int badgePx = 28;
inline constexpr qreal titleGapX = 18;  ///< from the badge to the title
inline constexpr qreal titleInsetTop = 16;
inline constexpr qreal titleInsetRight = 34;  ///< the title's right edge, before the card's, beyond titleGapX
inline constexpr qreal titleSpaceBelow = 60;  ///< of the card's height, left for the language line
inline constexpr int titlePx = 30;
inline constexpr int leastTitlePx = 18;
inline constexpr qreal languageFromBottom = 44;
inline constexpr qreal languageBox = 34;
inline constexpr int languagePx = 22;
}  // namespace nextLessons

/// A slide's title at the top; the content starts below it.
namespace title {
inline constexpr qreal fitHeight = 170;
inline constexpr qreal box = 200;
inline constexpr int largestPx = 64;
inline constexpr int leastPx = 40;
inline constexpr qreal gapBelow = 56;
inline constexpr qreal bottomMargin = 110;  ///< the content ends this far above the canvas's bottom
}  // namespace title

/// The cover: a quiet staircase motif on the right, a bar, the title, the subtitle and the bullets.
namespace cover {
inline constexpr int motifSteps = 5;
inline constexpr qreal motifAlpha = 0.16;
inline constexpr qreal motifStepWidth = 120;
inline constexpr qreal motifStepHeight = 110;
inline constexpr qreal motifLeft = 1320;
inline constexpr qreal motifBottom = 900;
inline constexpr qreal top = 250;
inline constexpr qreal barWidth = 12;
inline constexpr qreal barHeight = 230;  ///< also the least height the title takes
inline constexpr qreal textIndent = 50;  ///< from the margin, right of the bar
inline constexpr qreal textWidth = 1100;
inline constexpr qreal titleFitHeight = 240;
inline constexpr qreal titleBox = 260;
inline constexpr int titleLargestPx = 104;
inline constexpr int titleLeastPx = 60;
inline constexpr qreal gapBelowTitle = 70;
inline constexpr qreal subtitleBox = 80;
inline constexpr int subtitlePx = 40;
inline constexpr qreal gapBelowSubtitle = 28;
inline constexpr qreal bottom = 900;  ///< where the bullets end
inline constexpr int bulletsLargestPx = 40;
}  // namespace cover

/// Bullets and summary slides.
namespace bullets {
inline constexpr int leadPx = 44;
inline constexpr qreal gapBelowLead = 34;
inline constexpr qreal summaryBarLeft = 40;  ///< the summary's bar, this far left of the margin
inline constexpr qreal summaryBarRaise = 2;
inline constexpr qreal summaryBarWidth = 8;
inline constexpr qreal summaryBarShare = 0.8;  ///< of the content's height
inline constexpr int largestPx = 48;
}  // namespace bullets

/// A discussion slide: the handout's "?!" sign, the prompt and its bullets, and the flip chart's sheet.
namespace discussion {
inline constexpr qreal badgeDrop = 10;  ///< the badge and the text start this far below the content's top
inline constexpr qreal badgeSize = 220;
inline constexpr int badgePx = 110;
inline constexpr qreal textGap = 70;  ///< between the badge and the text
inline constexpr qreal textWidthBesideSheet = 760;
inline constexpr qreal promptShareOfHeight = 0.6;
inline constexpr int promptLargestPx = 56;
inline constexpr int promptLeastPx = 32;
inline constexpr qreal gapBelowPrompt = 40;
inline constexpr int bulletsLargestPx = 40;
}  // namespace discussion

/// A question: its kicker, and each option's card, badge, mark and feedback (the rest is QuestionLayout's).
namespace question {
inline constexpr int kickerPx = 36;  ///< theme::readableTextPx: the question's title is read too
inline constexpr QRectF kickerBoxFromMargin{0, 122, 900, 50};  ///< its left is the slide's margin
inline constexpr qreal markStroke = 7;
inline constexpr qreal markShare = 0.22;  ///< the tick's or cross's half-size, of the badge's width
inline constexpr qreal tickElbowX = 0.3;  ///< where the tick turns, in its half-size
inline constexpr qreal tickDepth = 0.7;
inline constexpr qreal wrongPickOpacity = 0.45;
inline constexpr qreal rightOutline = 5;
inline constexpr qreal outline = 2;
inline constexpr qreal cardCorner = 16;
inline constexpr qreal badgeNumberShare = 0.5;  ///< the number's size, of the badge's width
inline constexpr int feedbackSmallerPx = 4;  ///< an option at 40 px has its feedback at 36
inline constexpr int leastFeedbackPx = 20;
inline constexpr qreal feedbackGap = 6;
inline constexpr qreal textSlack = 2;
}  // namespace question

/// The film's card: a play sign in a ring (a stop sign when it cannot play), the title and a detail.
namespace filmCard {
inline constexpr qreal ringTop = 300;
inline constexpr qreal ringSize = 220;
inline constexpr qreal ringStroke = 8;
inline constexpr qreal stopSize = 90;
inline constexpr qreal playBack = 32;  ///< the play sign's back edge, left of the ring's centre
inline constexpr qreal playHalfHeight = 52;
inline constexpr qreal playTip = 58;  ///< its tip, right of the ring's centre
inline constexpr qreal titleTop = 580;
inline constexpr qreal titleBox = 110;
inline constexpr int titlePx = 72;
inline constexpr qreal detailTop = 700;
inline constexpr qreal detailBox = 60;
inline constexpr int detailPx = 36;
}  // namespace filmCard

/// A page slide: the largest side its page is drawn at (a deeper zoom scales that picture up); and, when the
/// page cannot be drawn, a sentence and the deck and page it names.
namespace pageSlide {
inline constexpr qreal largestPagePixels = 8192;
inline constexpr qreal sentenceTop = 380;
inline constexpr qreal sentenceBox = 110;
inline constexpr int sentencePx = 64;
inline constexpr qreal whereTop = 510;
inline constexpr qreal whereBox = 60;
inline constexpr int wherePx = 36;
}  // namespace pageSlide

}  // namespace stoppunkt::geometry
