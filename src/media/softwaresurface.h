// SPDX-License-Identifier: MIT
#pragma once

#include "media/videoframes.h"

#include <atomic>

struct mpv_handle;
struct mpv_render_context;

namespace stoppunkt {

/// mpv's software render API: every new video frame is drawn into a QImage at the film's native size.
/// It works on every platform, offscreen included, and it is what tests read frames from.
class SoftwareSurface : public VideoFrames {
    Q_OBJECT
public:
    explicit SoftwareSurface(mpv_handle *mpv);
    ~SoftwareSurface() override;

    bool valid() const { return m_context != nullptr; }
    /// The last frame drawn (null before the first).
    const QImage &frame() const override { return m_frame; }
    /// Draws the current frame now, whether or not mpv announced a new one.
    void renderNow();

private:
    void render(bool force);

    mpv_handle *m_mpv;
    mpv_render_context *m_context = nullptr;
    QImage m_frame;
    std::atomic_bool m_queued{false};
};

}  // namespace stoppunkt
