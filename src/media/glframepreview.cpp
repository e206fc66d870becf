// SPDX-License-Identifier: MIT
#include "media/glframepreview.h"

#include <QMetaMethod>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLFramebufferObject>

namespace stoppunkt {

GlFramePreview::GlFramePreview(std::function<void()> repaint, QObject *parent) : VideoFrames(parent), m_repaint(std::move(repaint))
{
    m_trailing.setSingleShot(true);
    m_trailing.setTimerType(Qt::PreciseTimer);
    connect(&m_trailing, &QTimer::timeout, this, [this] {
        // A busy machine may wake the timer early: wait out the rest, so the frame the film stands on is copied.
        if (const qint64 left = kIntervalMs - m_sinceCopy.elapsed(); left > 0)
            m_trailing.start(int(left) + 1);
        else
            m_repaint();
    });
}

GlFramePreview::~GlFramePreview() = default;

bool GlFramePreview::wanted() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&VideoFrames::frameReady));
}

void GlFramePreview::capture(unsigned sourceFbo, QSize sourceSize)
{
    if (sourceSize.isEmpty() || !wanted())
        return;
    if (m_sinceCopy.isValid() && m_sinceCopy.elapsed() < kIntervalMs) {
        // Too soon: come back once the interval has passed, so a film that stops now is still copied.
        if (!m_trailing.isActive())
            m_trailing.start(int(kIntervalMs - m_sinceCopy.elapsed()) + 1);
        return;
    }
    m_sinceCopy.start();
    const QSize size(kWidth, std::max(1, kWidth * sourceSize.height() / sourceSize.width()));
    if (!m_target || m_target->size() != size)
        m_target = std::make_unique<QOpenGLFramebufferObject>(size);
    QOpenGLExtraFunctions *gl = QOpenGLContext::currentContext()->extraFunctions();
    const bool scissor = gl->glIsEnabled(GL_SCISSOR_TEST);
    gl->glDisable(GL_SCISSOR_TEST);
    gl->glBindFramebuffer(GL_READ_FRAMEBUFFER, sourceFbo);
    gl->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_target->handle());
    gl->glBlitFramebuffer(0, 0, sourceSize.width(), sourceSize.height(), 0, 0, size.width(), size.height(), GL_COLOR_BUFFER_BIT, GL_LINEAR);
    gl->glBindFramebuffer(GL_FRAMEBUFFER, sourceFbo);
    if (scissor)
        gl->glEnable(GL_SCISSOR_TEST);
    m_frame = m_target->toImage();
    emit frameReady();
}

void GlFramePreview::releaseGl()
{
    m_target.reset();
}

}  // namespace stoppunkt
