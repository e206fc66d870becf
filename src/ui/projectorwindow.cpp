// SPDX-License-Identifier: MIT
#include "projectorwindow.h"

#include "commanddispatcher.h"
#include "session.h"

#include <QKeyEvent>
#include <QPainter>

namespace stoppunkt {

ProjectorWindow::ProjectorWindow(const Session &session, CommandDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent), m_session(session), m_dispatcher(dispatcher)
{
    setWindowTitle(tr("Stoppunkt — projector"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    connect(&session, &Session::changed, this, qOverload<>(&QWidget::update));
}

SlideFrame ProjectorWindow::currentFrame() const
{
    return frameFor(m_session, m_session.audienceView());
}

void ProjectorWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.render(painter, rect(), currentFrame());
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_dispatcher.handleKey(*event))
        QWidget::keyPressEvent(event);
}

void ProjectorWindow::mousePressEvent(QMouseEvent *event)
{
    // A click on the projector advances, like a clicker; a right click goes back.
    m_dispatcher.trigger(event->button() == Qt::RightButton ? Action::Previous : Action::Next);
}

} // namespace stoppunkt
