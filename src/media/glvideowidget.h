// SPDX-License-Identifier: MIT
#pragma once

#include "media/glframepreview.h"

#include <QOpenGLWidget>

struct mpv_render_context;

namespace stoppunkt {

class FilmPlayer;

/// The projector's film surface: mpv's OpenGL render API drawing straight into a QOpenGLWidget.
/// It holds the core's one render context, and frees it (with the GL context current) before the core
/// goes, so the FilmPlayer that owns the core must outlive this widget. It tells the player when its render
/// context exists, since mpv can start a film's video only then. It also hands small copies of the film
/// to the console (preview()).
class GlVideoWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit GlVideoWidget(FilmPlayer &player, QWidget *parent = nullptr);
    ~GlVideoWidget() override;

    /// Whether the window system can host this widget at all (Qt's offscreen platform cannot, even where it can
    /// make an OpenGL context): asked before one is made, whatever the --video-output.
    static bool platformHostsIt();
    /// Whether OpenGL works here: the platform hosts the widget, and a context can be made current.
    static bool available();

    /// Small copies of the film as drawn, a few a second, for the console.
    const VideoFrames &preview() const { return m_preview; }

signals:
    /// A new film frame has been drawn and handed to the screen.
    void framePresented();

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    void copyForPreview();
    /// mpv has a new frame: a visible surface paints it; a hidden one (the room sees a slide) still draws it
    /// into its own framebuffer for the console's copies, so the stop editor's picture follows the editor.
    void frameAvailable();

    FilmPlayer &m_player;
    mpv_render_context *m_context = nullptr;
    GlFramePreview m_preview;
};

}  // namespace stoppunkt
