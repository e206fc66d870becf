// SPDX-License-Identifier: MIT
#pragma once

#include "session/ink.h"

#include <QColor>
#include <QFont>
#include <QSize>
#include <QSizeF>

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
inline const QColor wrong{0x6B, 0x72, 0x80};  ///< a wrong pick's badge: its white cross stands out at 4.8:1
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
/// Around a deck's page of another shape than the slide: the projector's dark, as a film's letterbox is.
inline const QColor pageLetterbox{0, 0, 0};
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
/// The smallest text the room reads, in pixels on the 1920×1080 canvas: 18 pt on a 16:9 slide (540 pt high),
/// read from the back of the room. The accessibility check holds every authored text to it.
inline constexpr int readableTextPx = 36;
/// The facilitator's handout: one slide a landscape A4 page, this share of its width (the smallest question
/// options, 32 px on the 1920 px canvas, print at 9 pt), with the notes beside it and, when long, below it.
inline constexpr double handoutSlideShare = 0.72;
inline constexpr int handoutNotePt = 10;  /// at 72 dpi, pixels are points
inline constexpr qreal handoutNoteGapPt = 7;  ///< between the handout's notes, and below a page's description
/// The stop editor over the console: the film's frame takes this share of its width, the list of stops the rest.
inline constexpr double stopEditorFrameShare = 0.62;
inline constexpr int stopEditorMarginPx = 24;
inline constexpr int stopEditorTextPx = 16;
inline constexpr int stopEditorHeadingPx = 22;
inline constexpr double stopEditorLineShare = 1.6;  ///< a line of text, of the text's size
inline constexpr double stopEditorHeadingShare = 1.4;  ///< the heading's line, of a line
inline constexpr double stopEditorListLineShare = 1.7;  ///< a stop's line in the list, of the text's size
inline constexpr qreal stopEditorTimelinePx = 56;  ///< the timeline with its marks and their numbers
inline constexpr qreal stopEditorGrabPx = 12;  ///< a click this far above or below the timeline still scrubs
/// Author mode's forms (notes, a question) over the console.
inline constexpr int authorFormMarginPx = 16;
inline constexpr int authorTextPx = 18;  ///< the fields' text: what the author writes, read at arm's length
inline constexpr int authorHeadingPx = 22;
inline constexpr int authorNotesMarginPx = 34;  ///< the margin beside the notes, where each note's kind is drawn
inline constexpr double authorNoteIconShare = 0.85;  ///< a kind's icon, of a line of the notes' text
/// The film's frame, its height to its width (the demo film's and the player's 16:9).
inline constexpr double filmAspect = 9.0 / 16.0;
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
/// A status too long for its lines ends in "…" at this share of them, so the last word is never cut by the edge.
inline constexpr double consoleStatusElideShare = 0.9;
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
inline constexpr int consoleFlipTextPx = 22;  ///< the text typed in it
inline constexpr double consoleSummaryShare = 0.6;  ///< of the right-hand panel at the lesson's end, at most
inline constexpr double consoleQuestionShare = 0.64;  ///< of what is left: the notes keep at least a third
/// Of what the question leaves: the notes keep as much as they need, up to this share, before the room's panels.
inline constexpr double consoleNotesKeptShare = 0.7;
// The console's type, at its largest.
inline constexpr int consoleCounterPx = 30;
inline constexpr int consoleTimerPx = 30;
inline constexpr int consoleTimerWithPacePx = 26;
inline constexpr int consolePacePx = 15;
inline constexpr int consoleClockPx = 30;
inline constexpr int consoleEndOfLessonPx = 20;
// The console's panels: the question, the film strip, the room, the flip chart, the summary (their headings
// are a panel's, consoleHeadingPx on a consoleHeadingLinePx line).
inline constexpr int consoleHintPx = 14;  ///< a line that tells where things stand and the keys that move them on
inline constexpr int consoleBodyPx = 15;  ///< a section's lines: the next lessons, the summary, the votes, the suggestions
inline constexpr int consoleEntryPx = 16;  ///< the flip chart's entries
inline constexpr int consoleTalkingPointPx = consoleOptionPx - 1;
inline constexpr int consoleAnswerPx = 22;  ///< "Right answer: no. 4"
inline constexpr qreal consoleAnswerLinePx = 34;
inline constexpr qreal consoleHintLinesPx = 60;  ///< a hint wraps to three lines at most
inline constexpr int consoleSummaryHeadingMinPx = consoleSmallestTextPx + 4;  ///< the summary's heading shrinks to this, no further
inline constexpr qreal consoleLineGapPx = 2;  ///< between the lines of a list
inline constexpr qreal consoleItemGapPx = 4;  ///< below a section's heading, between options, around a vote's bar
inline constexpr qreal consoleParagraphGapPx = 6;
inline constexpr qreal consoleSectionGapPx = 10;  ///< below a section, before the next
inline constexpr qreal consoleVoteNumberPx = 22;  ///< a vote's option number, left of its bar
inline constexpr qreal consoleVoteCountPx = 44;  ///< the votes' count, right of the bar
// The film strip: the film's title and the player's state, the timeline with its stops, the times below.
inline constexpr int consoleFilmTitlePx = 18;
inline constexpr int consoleStopLabelPx = 13;
inline constexpr qreal consoleFilmTitleLinePx = 30;
inline constexpr qreal consoleFilmStateLinePx = 24;  ///< the player's state, on a line of its own when the title is long
inline constexpr qreal consoleFilmTitleGapPx = 16;  ///< at least, between the title and the state when they share a line
inline constexpr qreal consoleTimelineGapPx = 18;  ///< between the text above and the timeline
inline constexpr qreal consoleTimelinePx = 10;  ///< the track's thickness
inline constexpr qreal consoleStopMarkPx = 8;  ///< how far a stop's mark reaches above and below the track
inline constexpr qreal consoleStopMarkWidthPx = 4;
inline constexpr qreal consoleStopLabelWidthPx = 80;
inline constexpr qreal consoleStopLabelLinePx = 20;
inline constexpr qreal consolePlayheadRadiusPx = 9;
// The pairing card over the console: its sizes are for a 1080-pixel-high console and scale with it.
inline constexpr qreal consolePairingDesignHeightPx = 1080;
inline constexpr double consolePairingMinScale = 0.66;
inline constexpr double consolePairingMaxScale = 1.5;
inline constexpr double consolePairingCodeHeightShare = 0.72;  ///< of the card, for the QR code ...
inline constexpr double consolePairingCodeWidthShare = 0.42;  ///< ... and at most this of its width
inline constexpr double consolePairingMarginShare = 0.06;  ///< of the card's width, left of the code
inline constexpr double consolePairingGapShare = 0.05;  ///< of the card's width, between the code and the text, and right of it
inline constexpr int consolePairingTitlePx = 40;
inline constexpr int consolePairingBodyPx = 24;
inline constexpr qreal consolePairingTitleGapPx = 24;
inline constexpr qreal consolePairingParagraphGapPx = 18;
// The overview over the console: every slide as a thumbnail, its number and title below it.
inline constexpr qreal overviewGapPx = 16;  ///< around and between the thumbnails
inline constexpr int overviewMostColumns = 8;
inline constexpr int overviewLabelPx = 14;
inline constexpr qreal overviewLabelGapPx = 6;  ///< between a thumbnail and its label
inline constexpr qreal overviewLabelLinePx = 28;  ///< the label's line, below its gap
inline constexpr qreal overviewFrameGapPx = 3;  ///< between a thumbnail and the frame of the selected or current one
inline constexpr qreal overviewSelectedFramePx = 5;
inline constexpr qreal overviewCurrentFramePx = 2;
inline constexpr QSizeF overviewBannerSize{520, 72};  ///< "Go to slide 12: Enter", along the bottom
inline constexpr qreal overviewBannerBottomPx = 24;  ///< below the banner
inline constexpr qreal overviewBannerFramePx = 3;
inline constexpr qreal overviewBannerRadiusPx = 12;
inline constexpr int overviewBannerTextPx = 30;
// The help overlay (F1) over the console: every action and its keys, at the largest size that fits.
inline constexpr int helpLargestPx = 17;
inline constexpr int helpHeadingPx = 30;
inline constexpr int helpFooterPx = 15;
inline constexpr qreal helpHeadingLinePx = 40;
inline constexpr qreal helpMarginPx = 24;  ///< at the sides, at least ...
inline constexpr double helpMarginShare = 0.04;  ///< ... or this share of the width
inline constexpr qreal helpTopPx = 20;
inline constexpr qreal helpBottomPx = 16;
inline constexpr qreal helpBodyGapPx = 6;  ///< below the heading, and above the footer (with a line gap more)
inline constexpr qreal helpColumnGapPx = 36;
inline constexpr qreal helpKeyGapPx = 16;  ///< between the keys and what they do
inline constexpr qreal helpRowPaddingPx = 5;
// The console's notes: their size follows the window's height, and the facilitator's zoom; the rest is in
// shares of that size, so the notes keep their look at every size.
inline constexpr double notesHeightShare = 0.024;  ///< of the window's height, for the notes' text ...
inline constexpr qreal notesSmallestPx = 17;  ///< ... within these bounds before the zoom
inline constexpr qreal notesLargestPx = 28;
inline constexpr double notesZoomStep = 1.15;  ///< one step of the zoom (Ctrl+wheel, Ctrl++) ...
inline constexpr int notesZoomFewest = -4;  ///< ... from four steps smaller ...
inline constexpr int notesZoomMost = 8;  ///< ... to eight larger
inline constexpr double notesIconShare = 1.5;  ///< a note's icon, of the text's size
inline constexpr double notesIconColumnShare = 1.6;  ///< the icons' column, of the icon's size
inline constexpr double notesIconWidthShare = 1.35;  ///< a badge is wider than high ...
inline constexpr double notesIconHeightShare = 0.95;
inline constexpr double notesGapShare = 0.6;  ///< between two notes, of the text's size
inline constexpr double notesScrollShare = 2.4;  ///< one wheel step, of the text's size
inline constexpr double notesEmptyShare = 0.8;  ///< "No notes on this slide.", of the text's size
inline constexpr qreal notesTextMinWidthPx = 40;
inline constexpr qreal notesRightPx = 8;  ///< kept free right of the text
inline constexpr qreal notesTextOverhangPx = 4;  ///< a note's text may reach this far below its row (descenders)
inline constexpr int notesMarkPx = 14;  ///< "more below", "more above"
inline constexpr qreal notesMarkLinePx = 26;
// The console's dialogs: their first size, and their lists' text, larger than the desktop's to read at a glance.
inline constexpr QSize lessonPickerSize{820, 460};
inline constexpr QSize roomAddressDialogSize{720, 380};
inline constexpr double dialogListFontScale = 1.3;
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
/// The resolution the handout and the report print at: pages and pictures as sharp as a laser printer prints.
/// Their layouts are made in points and scaled to it.
inline constexpr int printDpi = 300;

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
/// Author mode's forms: the console's dark panel, fields large enough to write in at arm's length.
QString authorFormStyleSheet();

/// A colour on the calm-to-hot scale, t from 0 (calm) to 1 (hot).
QColor escalation(double t);
/// Ink or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

}  // namespace theme
}  // namespace stoppunkt
