// SPDX-License-Identifier: MIT
#include "media/glvideowidget.h"

#include "media/filmplayer.h"

#include <mpv/render_gl.h>

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformintegration.h>

namespace stoppunkt {

namespace {
void *procAddress(void *, const char *name)
{
    QOpenGLContext *context = QOpenGLContext::currentContext();
    return context ? reinterpret_cast<void *>(context->getProcAddress(QByteArray(name))) : nullptr;
}
}  // namespace

GlVideoWidget::GlVideoWidget(FilmPlayer &player, QWidget *parent)
    : QOpenGLWidget(parent), m_player(player), m_preview([this] { frameAvailable(); })
{
    setAttribute(Qt::WA_TransparentForMouseEvents);  // clicks go to the projector window: Next
    connect(this, &QOpenGLWidget::frameSwapped, this, &GlVideoWidget::framePresented);
    connect(this, &QOpenGLWidget::frameSwapped, this, &GlVideoWidget::copyForPreview);
}

GlVideoWidget::~GlVideoWidget()
{
    if (!m_context)
        return;
    m_player.setSurfaceReady(false);
    makeCurrent();
    m_preview.releaseGl();
    mpv_render_context_set_update_callback(m_context, nullptr, nullptr);
    mpv_render_context_free(m_context);
    doneCurrent();
}

bool GlVideoWidget::platformHostsIt()
{
    // Qt's own condition for QOpenGLWidget: the offscreen platform can make an OpenGL context where a live
    // X display is set (DISPLAY), but cannot compose the widget, and a QOpenGLWidget there crashes.
    return QGuiApplicationPrivate::platformIntegration()->hasCapability(QPlatformIntegration::RhiBasedRendering);
}

bool GlVideoWidget::available()
{
    if (!platformHostsIt())
        return false;
    // Then asks OpenGL itself: where no context can be made current (a broken driver), the software surface
    // shows the film instead.
    QOpenGLContext context;
    QOffscreenSurface surface;
    surface.create();
    return context.create() && context.makeCurrent(&surface);
}

void GlVideoWidget::initializeGL()
{
    mpv_opengl_init_params init{&procAddress, nullptr};
    char api[] = MPV_RENDER_API_TYPE_OPENGL;
    mpv_render_param params[] = {
        {MPV_RENDER_PARAM_API_TYPE, api}, {MPV_RENDER_PARAM_OPENGL_INIT_PARAMS, &init}, {MPV_RENDER_PARAM_INVALID, nullptr}};
    if (!m_player.handle() || mpv_render_context_create(&m_context, m_player.handle(), params) < 0) {
        m_context = nullptr;
        m_player.surfaceFailed();
        return;
    }
    mpv_render_context_set_update_callback(
        m_context,
        [](void *self) {
            QMetaObject::invokeMethod(static_cast<GlVideoWidget *>(self), &GlVideoWidget::frameAvailable, Qt::QueuedConnection);
        },
        this);
    m_player.setSurfaceReady(true);
}

void GlVideoWidget::paintGL()
{
    if (!m_context)
        return;
    const qreal ratio = devicePixelRatioF();
    mpv_opengl_fbo fbo{int(defaultFramebufferObject()), int(width() * ratio), int(height() * ratio), 0};
    int flip = 1;
    mpv_render_param params[] = {
        {MPV_RENDER_PARAM_OPENGL_FBO, &fbo}, {MPV_RENDER_PARAM_FLIP_Y, &flip}, {MPV_RENDER_PARAM_INVALID, nullptr}};
    mpv_render_context_render(m_context, params);
}

void GlVideoWidget::frameAvailable()
{
    if (isVisible()) {
        update();
        return;
    }
    if (!m_context || !m_preview.wanted())
        return;
    makeCurrent();  // the widget's context and framebuffer outlive a hide
    paintGL();
    const qreal ratio = devicePixelRatioF();
    m_preview.capture(defaultFramebufferObject(), QSize(int(width() * ratio), int(height() * ratio)));
    doneCurrent();
}

void GlVideoWidget::copyForPreview()
{
    // After the frame has reached the screen, so the room never waits for the console's copy.
    if (!m_context)
        return;
    makeCurrent();
    const qreal ratio = devicePixelRatioF();
    m_preview.capture(defaultFramebufferObject(), QSize(int(width() * ratio), int(height() * ratio)));
    doneCurrent();
}

}  // namespace stoppunkt
