// SPDX-License-Identifier: MIT
// Zoom: which part of the slide fills the projector. The renderer draws that part at full resolution.
#include "session.h"

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
    zoomAround(m_zoom.left + m_zoom.size / 2 + dx, m_zoom.top + m_zoom.size / 2 + dy, 1 / m_zoom.size);
}

} // namespace stoppunkt
