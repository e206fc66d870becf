// SPDX-License-Identifier: MIT
// Zoom: which part of the slide fills the projector. The renderer draws that part at full resolution.
#include "session/session.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

void Session::zoomAround(double x, double y, double factor)
{
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(factor))
        return;
    RoomZoom zoom;
    zoom.size = 1 / std::clamp(factor, 1.0, kMaxZoom);
    zoom.left = std::clamp(x - zoom.size / 2, 0.0, 1 - zoom.size);
    zoom.top = std::clamp(y - zoom.size / 2, 0.0, 1 - zoom.size);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    emit changed();
}

void Session::panZoom(double dx, double dy)
{
    if (!m_zoom.zoomed() || !std::isfinite(dx) || !std::isfinite(dy))
        return;
    RoomZoom zoom = m_zoom;  // the same size, moved within the slide
    zoom.left = std::clamp(zoom.left + dx, 0.0, 1 - zoom.size);
    zoom.top = std::clamp(zoom.top + dy, 0.0, 1 - zoom.size);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    emit changed();
}

}  // namespace stoppunkt
