// SPDX-License-Identifier: MIT
#include "ui/projectorwindow.h"

#include "input/commanddispatcher.h"
#include "media/videoframes.h"
#include "session/sessionview.h"
#include "ui/slidehand.h"
#include "ui/theme.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace stoppunkt {

ProjectorWindow::ProjectorWindow(const SessionView &session, CommandDispatcher &dispatcher, QWidget *parent)
    : QWidget(parent), m_session(session), m_dispatcher(dispatcher)
{
    setWindowTitle(tr("Stoppunkt — projector"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    connect(&session, &SessionView::changed, this, [this] {
        updateVideoWidget();
        update();
    });
    // A prerendered next step of the old lesson must never show after a reload or a lesson change.
    connect(&session, &SessionView::lessonReplaced, this, [this] {
        m_nextFrame.reset();
        m_nextImage = QImage();
        m_shownFrame.reset();
        m_shownImage = QImage();
        m_inkOn.clear();
    });
    connect(&session, &SessionView::pointerMoved, this, qOverload<>(&QWidget::update));
    connect(&session, &SessionView::inkMoved, this, qOverload<>(&QWidget::update));
    setMouseTracking(true);
    m_prerender.setSingleShot(true);
    connect(&m_prerender, &QTimer::timeout, this, &ProjectorWindow::drawAheadNow);
}

bool ProjectorWindow::shows(const std::optional<SlideFrame> &drawn, const QImage &image, const SlideFrame &frame) const
{
    return drawn && *drawn == frame && image.size() == size() * devicePixelRatioF() && image.devicePixelRatio() == devicePixelRatioF();
}

bool ProjectorWindow::drawnAhead(const SlideFrame &frame) const
{
    return shows(m_nextFrame, m_nextImage, frame);
}

QImage ProjectorWindow::renderImage(const SlideFrame &frame) const
{
    QImage image(size() * devicePixelRatioF(), QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(&image);
    m_renderer.render(painter, rect(), frame);
    return image;
}

void ProjectorWindow::drawAheadNow()
{
    const auto next = m_session.previewOfNext();
    if (!next || next->filmPhase == FilmPhase::Playing)
        return;  // a film frame is not known in advance
    const SlideFrame frame = frameFor(m_session, *next);
    if (!drawnAhead(frame)) {
        m_nextImage = renderImage(frame);
        m_nextFrame = frame;
    }
}

SlideFrame ProjectorWindow::currentFrame() const
{
    return roomFrame(m_session, m_videoSurface ? m_videoSurface->frame() : QImage());
}

void ProjectorWindow::setVideoSurface(const VideoFrames *surface)
{
    m_videoSurface = surface;
    connect(surface, &VideoFrames::frameReady, this, [this] {
        if (m_session.filmPhase() == FilmPhase::Playing)
            update();
    });
}

void ProjectorWindow::setVideoWidget(QWidget *widget)
{
    m_videoWidget = widget;
    widget->setParent(this);
    widget->setGeometry(rect());
    if (isVisible())
        primeVideoWidget();
    updateVideoWidget();
}

void ProjectorWindow::primeVideoWidget()
{
    if (!m_videoWidget || m_videoWidgetPrimed)
        return;
    m_videoWidgetPrimed = true;
    m_videoWidget->setVisible(true);  // its show event creates the render context, synchronously
    updateVideoWidget();
}

void ProjectorWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    primeVideoWidget();
}

void ProjectorWindow::updateVideoWidget()
{
    if (!m_videoWidget)
        return;
    const bool show = m_session.filmPhase() == FilmPhase::Playing && m_session.blank() == Blank::None && m_session.filmAvailable();
    m_videoWidget->setVisible(show);
}

void ProjectorWindow::changeEvent(QEvent *event)
{
    // Only the title follows the UI language; what the room sees stays in the lesson's.
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Stoppunkt — projector"));
    QWidget::changeEvent(event);
}

void ProjectorWindow::resizeEvent(QResizeEvent *)
{
    if (m_videoWidget)
        m_videoWidget->setGeometry(rect());
}

void ProjectorWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const SlideFrame frame = currentFrame();
    if (frame.view.filmPhase == FilmPhase::Playing) {
        m_renderer.render(painter, rect(), frame);  // a new film frame each paint
    } else {
        const SlideFrame slide = frame.withoutOverlay();
        if (drawnAhead(slide)) {
            // Drawn ahead while the room was looking at the last step.
            m_shownFrame = m_nextFrame;
            m_shownImage = m_nextImage;
            m_inkOn.clear();  // the strokes are drawn again over the new picture
            ++m_prerenderedPaints;
        } else if (!shows(m_shownFrame, m_shownImage, slide)) {
            m_shownImage = renderImage(slide);
            m_shownFrame = slide;
            m_inkOn.clear();
            ++m_slideRenders;
        }
        painter.drawImage(QPointF(0, 0), slideWithInk(frame));
        SlideRenderer::paintLive(painter, rect(), frame.view);  // over the slide and its strokes, which stay drawn
    }
    m_prerender.start(30);
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

const QImage &ProjectorWindow::slideWithInk(const SlideFrame &frame)
{
    const SlideInk &ink = frame.view.ink;  // the session shows none over a blank
    if (ink.empty())
        return m_shownImage;
    // m_inkOn is cleared whenever the slide's picture is drawn anew, so strokes kept are over this picture.
    const bool grows = !m_inkOn.empty() && ink.size() >= m_inkOn.size() && std::equal(m_inkOn.begin(), m_inkOn.end(), ink.begin());
    if (grows && ink.size() == m_inkOn.size())
        return m_inkImage;
    SlideInk added;
    if (grows) {
        added.assign(ink.begin() + qsizetype(m_inkOn.size()), ink.end());
    } else {
        m_inkImage = m_shownImage.copy();
        added = ink;
    }
    QPainter painter(&m_inkImage);
    SlideRenderer::paintInk(painter, rect(), added, frame.view.zoom);
    m_inkOn = ink;
    return m_inkImage;
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    if (!m_dispatcher.handleKey(*event))
        QWidget::keyPressEvent(event);
}

bool ProjectorWindow::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::Wheel:
        // The room's screen is not a button: a stray click (a presenter reaching across the laptop, a cursor
        // that wandered onto the projector) never changes the slide. The hand only points, draws and zooms.
        if (event->type() != QEvent::MouseButtonDblClick)
            handleSlideHand(m_dispatcher, rect(), event);
        event->accept();
        return true;
    default: return QWidget::event(event);
    }
}

}  // namespace stoppunkt
