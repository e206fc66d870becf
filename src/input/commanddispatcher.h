// SPDX-License-Identifier: MIT
#pragma once

#include "input/action.h"
#include "input/keybindings.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QTimer>

class QKeyEvent;

namespace stoppunkt {

class PresentationTimer;
class Session;

/// Turns keys and actions into commands: session commands run here, view commands (overlays, screens,
/// quitting) go out as signals for the windows. Digits pick an option at a question, and elsewhere
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

signals:
    void overviewToggled();
    /// In the overview: move its selection by columns (dx) and rows (dy); go to the slide it selects.
    void overviewMoveRequested(int dx, int dy);
    void overviewChoiceRequested();
    void helpToggled();
    void notesZoomed(int steps);
    void notesScrolled(int steps);
    void swapScreensRequested();
    void quitRequested();
    /// Esc when there is no blank and no number to clear: close an overlay, or leave full screen.
    void escapeRequested();
    void startRequested();
    void jumpBufferChanged();
    void filmPauseToggled();
    void filmBackRequested();
    void volumeChanged(int steps);
    void markRequested();
    /// Author mode: an edit of the lesson (the stop editor, notes, a question, slides, undo and redo).
    void authorEditRequested(stoppunkt::Action action);
    void flipchartRequested();
    void openLessonRequested();
    /// The facilitator asks for the console in the next UI language.
    void uiLanguageRequested();
    /// The room's phones: participation on or off, the vote opened or closed, the first suggestion from a
    /// phone accepted onto the flip chart or dropped.
    void participationToggled();
    /// The facilitator asks where the room's phones join (the console's setting for the room's address).
    void roomAddressRequested();
    /// The facilitator's phone remote: show or hide its pairing code on the console; drop the paired one.
    void remotePairingToggled();
    void remoteDropRequested();
    void voteToggled();
    /// The facilitator closes the room to new phones, or opens it again.
    void roomLockToggled();
    void suggestionDecided(bool accepted);

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
