// SPDX-License-Identifier: MIT
#pragma once

#include "sliderenderer.h"

#include <QWidget>

namespace stoppunkt {

class CommandDispatcher;
class Session;

/// What the trainees see: the slide, the film or the question, drawn only from the session's audience
/// view, so notes and unrevealed answers cannot reach it. Keys pressed here go to the dispatcher.
class ProjectorWindow : public QWidget {
    Q_OBJECT
public:
    ProjectorWindow(const Session &session, CommandDispatcher &dispatcher, QWidget *parent = nullptr);

    /// The frame this window draws now (also used by tests and the walkthrough).
    SlideFrame currentFrame() const;

signals:
    void firstPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    const Session &m_session;
    CommandDispatcher &m_dispatcher;
    SlideRenderer m_renderer;
    bool m_painted = false;
};

} // namespace stoppunkt
