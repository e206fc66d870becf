// SPDX-License-Identifier: MIT
#include "media/softwaresurface.h"

#include "media/mpvnames.h"

#include <mpv/client.h>
#include <mpv/render.h>

#include <QMetaObject>

namespace stoppunkt {

SoftwareSurface::SoftwareSurface(mpv_handle *mpv) : m_mpv(mpv)
{
    char api[] = MPV_RENDER_API_TYPE_SW;
    mpv_render_param params[] = {{MPV_RENDER_PARAM_API_TYPE, api}, {MPV_RENDER_PARAM_INVALID, nullptr}};
    if (mpv_render_context_create(&m_context, m_mpv, params) < 0) {
        m_context = nullptr;
        return;
    }
    // Called on mpv's thread: only queue a render on ours, once.
    mpv_render_context_set_update_callback(
        m_context,
        [](void *self) {
            auto *surface = static_cast<SoftwareSurface *>(self);
            if (!surface->m_queued.exchange(true))
                QMetaObject::invokeMethod(
                    surface, [surface] { surface->render(false); }, Qt::QueuedConnection);
        },
        this);
}

SoftwareSurface::~SoftwareSurface()
{
    if (m_context) {
        mpv_render_context_set_update_callback(m_context, nullptr, nullptr);
        mpv_render_context_free(m_context);
    }
}

void SoftwareSurface::renderNow()
{
    render(true);
}

void SoftwareSurface::render(bool force)
{
    m_queued = false;
    if (!m_context)
        return;
    const uint64_t flags = mpv_render_context_update(m_context);
    if (!force && !(flags & MPV_RENDER_UPDATE_FRAME))
        return;
    int64_t width = 0, height = 0;
    mpv_get_property(m_mpv, mpvname::kWidth, MPV_FORMAT_INT64, &width);
    mpv_get_property(m_mpv, mpvname::kHeight, MPV_FORMAT_INT64, &height);
    if (width <= 0 || height <= 0)
        return;
    if (m_frame.width() != width || m_frame.height() != height)
        m_frame = QImage(int(width), int(height), QImage::Format_RGBX8888);
    int size[2] = {int(width), int(height)};
    size_t stride = size_t(m_frame.bytesPerLine());
    char format[] = "rgb0";
    mpv_render_param params[] = {
        {MPV_RENDER_PARAM_SW_SIZE, size},      {MPV_RENDER_PARAM_SW_FORMAT, format},
        {MPV_RENDER_PARAM_SW_STRIDE, &stride}, {MPV_RENDER_PARAM_SW_POINTER, m_frame.bits()},
        {MPV_RENDER_PARAM_INVALID, nullptr},
    };
    if (mpv_render_context_render(m_context, params) >= 0)
        emit frameReady();
}

}  // namespace stoppunkt
