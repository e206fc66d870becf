// SPDX-License-Identifier: MIT
#pragma once

#include "input/action.h"
#include "input/keybindings.h"
#include "input/sessionreport.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QTimer>

class QKeyEvent;

namespace stoppunkt {

class PresentationTimer;
class Session;

/// The one door for commands: keys, the clicker, the mouse over the slides, the phone remote, the flip-chart
/// line and the script all come here, and so do the reports of the film player, the room's server and the
/// lesson's file (report()). Session commands run here; the rest (overlays, screens, the player,
/// the room, quitting) go out as one typed request to the app, appRequested(). Digits pick an option at a question, and elsewhere
/// collect a slide number that Enter jumps to; a number not confirmed lapses, so a later Enter (a Next key)
/// cannot throw the room onto another slide.
class CommandDispatcher : public QObject {
    Q_OBJECT
public:
    CommandDispatcher(Session &session, PresentationTimer &timer, QObject *parent = nullptr);

    KeyBindings &bindings() { return m_bindings; }
    /// Where a key goes: to the lesson, or to the console's overview, where the arrow keys move its selection,
    /// Enter goes to the slide selected and digits type a slide number even over a question (any other key
    /// means what it means in the lesson).
    enum class KeyTarget { Lesson, Overview };
    /// Handles a key press; returns false when the key means nothing here.
    bool handleKey(const QKeyEvent &event, KeyTarget target = KeyTarget::Lesson);
    bool handleKey(QKeyCombination key, KeyTarget target = KeyTarget::Lesson);
    void trigger(Action action);
    /// Picks an option at a question, as its digit key does; false where there is no question to pick on.
    bool pick(int option);
    /// Writes on the current slide's flip chart: a new entry (`entry` -1), or entry `entry` changed (empty text
    /// removes it). The console's line, a phone's accepted suggestion and the script all write here.
    bool writeFlipchart(const QString &text, int entry = -1);
    /// Goes to a slide chosen on the console (the overview's pick, by key or mouse): a number being typed is
    /// forgotten, as when Enter jumps.
    void goTo(int slideIndex);
    /// The slide number being typed ("7"), empty when none.
    const QString &jumpBuffer() const { return m_jump; }
    /// Forgets the slide number being typed.
    void clearJump();
    /// Adds a digit to the slide number being typed, whatever the slide (the overview's number field).
    void typeSlideDigit(int digit);
    /// A typed slide number lapses this long after its last digit.
    static constexpr int kJumpLapseMs = 4000;
    /// The facilitator points at (x, y) on the slide (0..1), with the mouse over either slide or from the
    /// remote; nothing happens unless the pointer or the spotlight is taken up. It hides after kPointerIdleMs.
    void pointAt(double x, double y);
    static constexpr int kPointerIdleMs = 3000;
    /// The facilitator's hand on the slide (the mouse button, a pen or a finger), at (u, v) across the part
    /// of the slide shown (0..1, as pointAt()): it draws with the pen or the highlighter, erases with the
    /// eraser, and pans a zoomed slide otherwise. Returns false when the press does nothing here, so a click
    /// keeps its other meaning.
    bool pressAt(double u, double v, double pressure = 1);
    void dragTo(double u, double v, double pressure = 1);
    void release();
    /// The mouse wheel over the slide: zooms in (steps > 0) or out, keeping the point under (u, v) in place.
    void zoomBy(double steps, double u, double v);
    /// What the film player, the room's server or the lesson's file tells the session (sessionreport.h).
    void report(SessionReport report);

signals:
    /// In the overview: move its selection by columns (dx) and rows (dy); go to the slide it selects.
    void overviewMoveRequested(int dx, int dy);
    void overviewChoiceRequested();
    void jumpBufferChanged();
    /// The one request to the app, for a command that is not the session's: the console's overlays and
    /// notes, the windows, the film player, the room's server, the author's edits, quitting. The action
    /// names it. Escape is asked only when the dispatcher had nothing to put down (a number, a tool, a zoom,
    /// a blank), and StartResume after the blank is lifted and the timer started.
    void appRequested(stoppunkt::Action action);

private:
    bool handleDigit(int digit);
    bool handleOverviewKey(QKeyCombination key);
    /// Where (u, v) of the part shown is on the slide.
    QPointF onSlide(double u, double v) const;
    void toggleZoom();

    Session &m_session;
    PresentationTimer &m_timer;
    KeyBindings m_bindings;
    QString m_jump;
    QTimer m_jumpLapse;
    QTimer m_pointerIdle;
    QPointF m_lastPoint{0.5, 0.5};  ///< on the slide, where the mouse was last: Z zooms in there
    enum class Hand { Up, Drawing, Erasing, Panning } m_hand = Hand::Up;
    QPointF m_panFrom;  ///< (u, v) where a pan drag was last
};

}  // namespace stoppunkt
