// SPDX-License-Identifier: MIT
#pragma once

#include "session/ink.h"

#include <QColor>
#include <QFont>

namespace stoppunkt {

/// Colours and type of the slides and the console, in one place.
namespace theme {

inline const QColor paper{0xFB, 0xFA, 0xF7};
inline const QColor ink{0x1D, 0x24, 0x30};
inline const QColor muted{0x5B, 0x64, 0x72};
inline const QColor rule{0xE2, 0xDE, 0xD6};
inline const QColor accent{0xB4, 0x43, 0x2E};  ///< brick red: the course's conflict colour
inline const QColor calm{0x3A, 0x7D, 0x7B};  ///< the staircase's lowest step
inline const QColor amber{0xD3, 0x9B, 0x2A};
inline const QColor right{0x2E, 0x7D, 0x32};
inline const QColor rightTint{0xE7, 0xF3, 0xE8};
inline const QColor wrong{0x9A, 0x9F, 0xA8};
inline const QColor card{0xFF, 0xFF, 0xFF};
inline const QColor filmBackground{0x14, 0x17, 0x1C};

inline const QColor consoleBackground{0x16, 0x1A, 0x21};
inline const QColor consolePanel{0x20, 0x25, 0x2E};
inline const QColor consoleText{0xE8, 0xEA, 0xED};
inline const QColor consoleMuted{0x9A, 0xA3, 0xAF};
inline const QColor consoleHighlight{0xF2, 0xB1, 0x3C};
inline const QColor consoleAlert{0xFF, 0x8A, 0x7A};  ///< something is wrong that the facilitator must act on
inline const QColor consoleRight{0x7B, 0xD8, 0x8F};  ///< the right answer, privately on the console
inline const QColor consoleImportant{0xFF, 0xD2, 0xC8};  ///< an important note
inline const QColor consoleOverlay{0x10, 0x13, 0x18};  ///< the overview and help, over the console
// The time plan's line under the timer
inline const QColor paceOnTime = consoleRight;
inline const QColor paceBehind = consoleHighlight;
inline const QColor paceLate = consoleAlert;
inline const QColor timelineTrack{255, 255, 255, 40};
inline const QColor timelineSegment{0xF2, 0xB1, 0x3C, 120};  ///< the part of the film that plays now
inline const QColor timelineHead{Qt::white};
inline const QColor filmLetterbox{Qt::black};
/// Over a deck's page behind a question or discussion: the page stays recognisable, the text reads on it.
inline const QColor backdropVeil{0xFB, 0xFA, 0xF7, 235};
inline const QColor pageShadow{0, 0, 0, 28};  ///< the line around a page narrower than the slide
inline const QColor filmSymbol{255, 255, 255, 220};  ///< the film card's play symbol
inline const QColor filmSymbolRing{255, 255, 255, 200};
inline const QColor filmCardDetail{255, 255, 255, 170};
inline const QColor onAccent{Qt::white};  ///< text on a highlighted (accent-filled) shape
// The facilitator's pointer on the projector; sizes are shares of the slide's height, so it is the same
// at any resolution.
inline const QColor pointerDot{0xE5, 0x1B, 0x1B};
inline const QColor pointerGlow{0xE5, 0x1B, 0x1B, 90};
inline const QColor pointerRing{Qt::white};  ///< keeps the dot seen on a red or dark slide
inline constexpr double pointerRadiusShare = 0.013;
inline constexpr double pointerGlowShare = 2.2;  ///< the glow's radius, in dot radii
inline const QColor spotlightDim{0, 0, 0, 170};
inline constexpr double spotlightRadiusShare = 0.17;
// The facilitator's pen: colours strong enough for a projector, widths as shares of the slide's height.
QColor inkColour(InkColour colour);
double inkWidthShare(InkWidth width);
inline const QColor highlighterInk{0xFF, 0xD6, 0x00, 110};
inline constexpr double highlighterWidthFactor = 4;  ///< the highlighter is this many times the pen's width
inline constexpr double inkMinPressure = 0.25;  ///< the lightest touch still draws this share of the width
// The join card's QR code: black on white, as every phone's scanner expects.
inline const QColor qrDark{Qt::black};
inline const QColor qrLight{Qt::white};
/// The facilitator's handout: one slide a landscape A4 page, this share of its width (the smallest question
/// options, 32 px on the 1920 px canvas, print at 9 pt), with the notes beside it and, when long, below it.
inline constexpr double handoutSlideShare = 0.72;
inline constexpr int handoutNotePt = 10;  /// at 72 dpi, pixels are points
/// The stop editor over the console: the film's frame takes this share of its width, the list of stops the rest.
inline constexpr double stopEditorFrameShare = 0.62;
inline constexpr int stopEditorMarginPx = 24;
inline constexpr int stopEditorTextPx = 16;
/// The smallest console text that is still read at a glance on a 720p laptop (the help overlay shrinks to it).
inline constexpr int consoleSmallestTextPx = 11;
/// A chart slide's label column on the design canvas; the room's vote, whose labels are whole options, takes
/// this share of the width instead.
inline constexpr qreal chartLabelPx = 560;
inline constexpr double voteChartLabelShare = 0.58;
/// The options in the console's right-answer panel, at their largest.
inline constexpr int consoleOptionPx = 15;
/// How much of the question panel the options may fill when wrapped whole; past it, wrong ones take a line each.
inline constexpr double consoleWrappedOptionsShare = 0.7;
/// The console's status line, at its largest.
inline constexpr int consoleStatusPx = 18;
/// The heading of the end-of-lesson summary, at its largest.
inline constexpr int consoleSummaryHeadingPx = 22;

// The console's regions (ConsoleLayout places them; the numbers are pixels at any window size).
inline constexpr qreal consoleMarginPx = 18;  ///< around the window and between its two columns
inline constexpr qreal consoleGapPx = 10;  ///< between the top bar's parts
inline constexpr qreal consoleTopBarPx = 52;  ///< the slide counter, the status line, the timers, the clock
inline constexpr qreal consoleBodyGapPx = 12;  ///< between the top bar and the columns
inline constexpr qreal consoleCounterWidthPx = 260;
inline constexpr qreal consoleTimerWidthPx = 340;
inline constexpr qreal consoleClockWidthPx = 130;
inline constexpr qreal consoleTimerLinePx = 36;  ///< the timer, when the time plan's line shares its place
inline constexpr qreal consolePaceLinePx = 22;
inline constexpr double consoleNowColumnShare = 0.58;  ///< "now on the projector", the next step, the film strip
inline constexpr double consoleNowHeightShare = 0.72;  ///< of its column below the heading, for the slide now shown
inline constexpr double consoleNextWidthShare = 0.45;  ///< of the row below it, for the next step; the film strip gets the rest
inline constexpr qreal consoleRowGapPx = 16;
inline constexpr qreal consoleHeadingPx = 14;  ///< a panel's heading ("NOW ON THE PROJECTOR", "NOTES")
inline constexpr qreal consoleHeadingLinePx = 24;
inline constexpr qreal consoleHeadingStepPx = 26;  ///< from a heading's top to what it heads
inline constexpr qreal consolePanelRadiusPx = 10;
inline constexpr qreal consolePanelPaddingXPx = 16;
inline constexpr qreal consolePanelPaddingYPx = 12;
inline constexpr qreal consoleFlipLinePx = 48;  ///< the flip-chart input line, along the bottom
inline constexpr double consoleSummaryShare = 0.6;  ///< of the right-hand panel at the lesson's end, at most
inline constexpr double consoleQuestionShare = 0.64;  ///< of what is left: the notes keep at least a third
// The console's type, at its largest.
inline constexpr int consoleCounterPx = 30;
inline constexpr int consoleTimerPx = 30;
inline constexpr int consoleTimerWithPacePx = 26;
inline constexpr int consolePacePx = 15;
inline constexpr int consoleClockPx = 30;
inline constexpr int consoleEndOfLessonPx = 20;
/// The console's smallest window, a 720p laptop's screen less its panels.
inline constexpr int consoleMinimumWidthPx = 960;
inline constexpr int consoleMinimumHeightPx = 600;

/// The slide font (Noto Sans, installed by scripts/install-deps) at a pixel size on the design canvas.
QFont font(int pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false);
/// The console's font: the slide font with the screen's hinting, for text read at its own size.
QFont uiFont(qreal pixelSize, QFont::Weight weight = QFont::Normal);
/// Loads the bundled font files once; safe to call again.
void loadFonts();

/// While one lives, fonts are made without shaping (no ligatures), so text copied from a PDF reads
/// "Konflikter", not "Konﬂikter". The PDF writers hold one; the screen keeps ligatures and kerning.
class PlainTextForPrint {
public:
    PlainTextForPrint();
    ~PlainTextForPrint();
    PlainTextForPrint(const PlainTextForPrint &) = delete;
    PlainTextForPrint &operator=(const PlainTextForPrint &) = delete;
};
/// The console's look for its dialogs and its input line (the lesson picker, "Quit?", the flip-chart line): dark and opaque, in
/// the console's colours, instead of the desktop's light grey.
QString dialogStyleSheet();

/// A colour on the calm-to-hot scale, t from 0 (calm) to 1 (hot).
QColor escalation(double t);
/// Ink or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

}  // namespace theme
}  // namespace stoppunkt
