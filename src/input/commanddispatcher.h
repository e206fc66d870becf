// SPDX-License-Identifier: MIT
#pragma once

#include "action.h"
#include "keybindings.h"

#include <QObject>
#include <QString>

class QKeyEvent;

namespace stoppunkt {

class PresentationTimer;
class Session;

/// Turns keys and actions into commands: session commands run here, view commands (overlays, screens,
/// quitting) go out as signals for the windows. Digits pick an option at a question, and elsewhere
/// collect a slide number that Enter jumps to.
class CommandDispatcher : public QObject {
    Q_OBJECT
public:
    CommandDispatcher(Session &session, PresentationTimer &timer, QObject *parent = nullptr);

    KeyBindings &bindings() { return m_bindings; }
    /// Handles a key press; returns false when the key means nothing here.
    bool handleKey(const QKeyEvent &event);
    bool handleKey(QKeyCombination key);
    void trigger(Action action);
    /// The slide number being typed ("7"), empty when none.
    const QString &jumpBuffer() const { return m_jump; }

signals:
    void overviewToggled();
    void helpToggled();
    void notesZoomed(int steps);
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
    void flipchartRequested();
    void openLessonRequested();

private:
    bool handleDigit(int digit);
    void clearJump();

    Session &m_session;
    PresentationTimer &m_timer;
    KeyBindings m_bindings;
    QString m_jump;
};

} // namespace stoppunkt
