// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace stoppunkt {

class SessionView;
class KeyBindings;
struct SessionSummary;

/// The console's panels, each drawn into its own rectangle in window pixels.
namespace consolepanels {

/// The context of the console panels' words in the translation files.
struct ConsoleText {
    Q_DECLARE_TR_FUNCTIONS(ConsolePanels)
};

/// Whether a panel's `heading` and one line of its `body` font fit in `area`: a panel that cannot show them
/// paints nothing, so the notes below keep their room.
bool fitsWithOneLine(const QRectF &area, const QString &heading, const QFont &body);
/// A panel's heading ("NOW", "NEXT"); returns the area below it.
QRectF paintHeading(QPainter &painter, const QRectF &area, const QString &text);
/// At a question: the right answer, the picks and the talking points, for the facilitator only.
/// Returns the height used (0 on other slides).
qreal paintQuestion(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys,
                    std::vector<QRectF> *optionRects = nullptr);
/// The flip chart's entries on a flip-chart slide (`editing`: the entry being edited, or -1); returns the height
/// used, and each entry's rectangle for clicking.
qreal paintFlipchart(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys, int editing,
                     std::vector<QRectF> *entryRects);
/// On a summary slide that offers lessons to choose next: the choices and the key that opens one.
qreal paintNextLessons(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys);
/// The end-of-lesson summary: each question's picks and time to the answer, the flip charts, the time
/// against the plan. Returns the height it used.
qreal paintSummary(QPainter &painter, const QRectF &area, const SessionSummary &summary);
/// The film's timeline with its stop markers, the segment playing, and the film's state.
/// `durationMs` is the player's; before the film has loaded (-1) the timeline spans its stop points.
void paintFilmStrip(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys);
/// A rounded dark panel.
void paintPanel(QPainter &painter, const QRectF &area);
/// The help overlay's heading and its line under the keys (HelpLayout draws the overlay).
QString helpHeading();
QString helpFooter();

}  // namespace consolepanels
}  // namespace stoppunkt
