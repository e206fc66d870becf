// SPDX-License-Identifier: MIT
#pragma once

#include <QOpenGLWidget>

struct mpv_handle;
struct mpv_render_context;

namespace stoppunkt {

/// The projector's film surface: mpv's OpenGL render API drawing straight into a QOpenGLWidget.
/// It holds the core's one render context, and frees it (with the GL context current) before the core
/// goes, so the FilmPlayer that owns the core must outlive this widget.
class GlVideoWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit GlVideoWidget(mpv_handle *mpv, QWidget *parent = nullptr);
    ~GlVideoWidget() override;

    /// Whether OpenGL works here at all (it does not on the offscreen platform).
    static bool available();

signals:
    /// A new film frame has been drawn and handed to the screen.
    void framePresented();

protected:
    void initializeGL() override;
    void paintGL() override;

private:
    mpv_handle *m_mpv;
    mpv_render_context *m_context = nullptr;
};

} // namespace stoppunkt
