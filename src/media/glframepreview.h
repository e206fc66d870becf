// SPDX-License-Identifier: MIT
#pragma once

#include "media/videoframes.h"

#include <QElapsedTimer>
#include <QSize>
#include <QTimer>

#include <functional>
#include <memory>

class QOpenGLFramebufferObject;

namespace stoppunkt {

/// Small copies of what the OpenGL film surface draws, a few times a second, for the console's "now on
/// the projector". mpv's core has one render context, which the projector's surface holds, so the console
/// cannot render the film itself: the surface scales its framebuffer down on the GPU and reads that back.
/// It copies only while someone listens, and never more often than its interval. When the film stands
/// still between two copies (a stop), it asks for one more paint, so the last frame shown is the stop's.
class GlFramePreview : public VideoFrames {
    Q_OBJECT
public:
    /// `repaint` asks the surface for one more paint (which calls capture()).
    explicit GlFramePreview(std::function<void()> repaint, QObject *parent = nullptr);
    ~GlFramePreview() override;

    const QImage &frame() const override { return m_frame; }
    /// Whether a window takes the copies (the console's "now on the projector", the stop editor).
    bool wanted() const;

    static constexpr int kIntervalMs = 200;  ///< at most five copies a second
    static constexpr int kWidth = 640;  ///< wide enough for the console's largest "now" preview

    /// Called while the surface's GL context is current, right after the film was drawn into `sourceFbo`
    /// (`sourceSize` device pixels). Copies the frame when the interval has passed.
    void capture(unsigned sourceFbo, QSize sourceSize);
    /// Frees the GL resources; the surface's context must be current.
    void releaseGl();

private:
    std::function<void()> m_repaint;
    QImage m_frame;
    QElapsedTimer m_sinceCopy;
    QTimer m_trailing;
    std::unique_ptr<QOpenGLFramebufferObject> m_target;
};

}  // namespace stoppunkt
