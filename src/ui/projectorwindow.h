// SPDX-License-Identifier: MIT
#pragma once

#include "ui/sliderenderer.h"

#include <QImage>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace stoppunkt {

class CommandDispatcher;
class VideoFrames;
class SessionView;

/// What the trainees see: the slide, the film or the question, drawn only from the session's audience
/// view, so notes and unrevealed answers cannot reach it. Keys pressed here go to the dispatcher.
class ProjectorWindow : public QWidget {
    Q_OBJECT
public:
    ProjectorWindow(const SessionView &session, CommandDispatcher &dispatcher, QWidget *parent = nullptr);

    /// The frame this window draws now (also used by tests and the walkthrough).
    SlideFrame currentFrame() const;
    /// Where the film's frames come from when they are drawn in software; it repaints with each new frame.
    void setVideoSurface(const VideoFrames *surface);
    /// A widget that shows the video itself (the OpenGL surface); shown only while the film plays.
    void setVideoWidget(QWidget *widget);
    /// How many paints showed a step drawn ahead of time (tests and the benchmark read it).
    int prerenderedPaints() const { return m_prerenderedPaints; }
    /// How many times a slide was drawn while it showed (not ahead of time, not a film frame): a pointer
    /// that moves draws over the slide kept drawn, and adds none.
    int slideRenders() const { return m_slideRenders; }
    /// Draws the step that Next will show, so Next only copies a finished image. It runs in idle time after
    /// each paint; a test calls it to be sure the next action meets a picture drawn ahead.
    void drawAheadNow();

signals:
    void firstPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    /// The mouse, a tablet or the wheel over the projector: they point, draw, erase, zoom and pan (see
    /// handleSlideHand()), and never change the slide.
    bool event(QEvent *event) override;

private:
    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    SlideRenderer m_renderer;
    bool m_painted = false;
    const VideoFrames *m_videoSurface = nullptr;
    QWidget *m_videoWidget = nullptr;
    bool m_videoWidgetPrimed = false;

    void updateVideoWidget();
    /// Shows the video widget once, at once hidden again where no film plays, so that an OpenGL surface gets
    /// its render context with the window: the player loads the film (and holds a stop frame) even when the
    /// session starts at a stop, as after --resume, instead of waiting for the film to play.
    void primeVideoWidget();
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    QImage renderImage(const SlideFrame &frame) const;
    /// The picture drawn ahead shows exactly `frame` at this window's size now.
    bool drawnAhead(const SlideFrame &frame) const;
    /// `image` shows exactly `frame` (its `drawn` frame) at this window's size now.
    bool shows(const std::optional<SlideFrame> &drawn, const QImage &image, const SlideFrame &frame) const;

    std::optional<SlideFrame> m_nextFrame;  ///< what m_nextImage shows, compared whole before it is reused
    QImage m_nextImage;
    std::optional<SlideFrame> m_shownFrame;  ///< the slide showing now, without the pointer, as m_shownImage draws it
    QImage m_shownImage;
    /// m_shownImage with the finished strokes over it (m_inkOn), so a growing stroke or a moving pointer is
    /// all that is drawn when they change; a new stroke is added to it, the others are not drawn again.
    QImage m_inkImage;
    SlideInk m_inkOn;
    /// The finished strokes over the slide showing now, drawn once each.
    const QImage &slideWithInk(const SlideFrame &frame);
    QTimer m_prerender;
    int m_prerenderedPaints = 0;
    int m_slideRenders = 0;
};

}  // namespace stoppunkt
