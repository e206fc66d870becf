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
    connect(&session, &Session::changed, this, [this] {
        updateVideoWidget();
        update();
    });
}

SlideFrame ProjectorWindow::currentFrame() const
{
    SlideFrame frame = frameFor(m_session, m_session.audienceView());
    frame.filmUnavailable = m_filmUnavailable;
    if (frame.view.filmPhase == FilmPhase::Playing)
        frame.videoFrame = m_videoFrame;
    return frame;
}

void ProjectorWindow::setVideoFrame(const QImage &frame)
{
    m_videoFrame = frame;
    if (m_session.filmPhase() == FilmPhase::Playing)
        update();
}

void ProjectorWindow::setFilmUnavailable(bool unavailable)
{
    m_filmUnavailable = unavailable;
    updateVideoWidget();
    update();
}

void ProjectorWindow::setVideoWidget(QWidget *widget)
{
    m_videoWidget = widget;
    widget->setParent(this);
    widget->setGeometry(rect());
    updateVideoWidget();
}

void ProjectorWindow::updateVideoWidget()
{
    if (!m_videoWidget)
        return;
    const bool show = m_session.filmPhase() == FilmPhase::Playing && m_session.blank() == Blank::None
                      && !m_filmUnavailable;
    m_videoWidget->setVisible(show);
}

void ProjectorWindow::resizeEvent(QResizeEvent *)
{
    if (m_videoWidget)
        m_videoWidget->setGeometry(rect());
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
