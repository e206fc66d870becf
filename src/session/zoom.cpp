// SPDX-License-Identifier: MIT
// Zoom: which part of the slide fills the projector. The renderer draws that part at full resolution.
#include "session/zoom.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

bool Zoom::around(double x, double y, double factor)
{
    if (!std::isfinite(x) || !std::isfinite(y) || !std::isfinite(factor))
        return false;
    RoomZoom zoom;
    zoom.size = 1 / std::clamp(factor, 1.0, kMax);
    zoom.left = std::clamp(x - zoom.size / 2, 0.0, 1 - zoom.size);
    zoom.top = std::clamp(y - zoom.size / 2, 0.0, 1 - zoom.size);
    if (zoom == m_area)
        return false;
    m_area = zoom;
    return true;
}

bool Zoom::pan(double dx, double dy)
{
    if (!m_area.zoomed() || !std::isfinite(dx) || !std::isfinite(dy))
        return false;
    RoomZoom zoom = m_area;  // the same size, moved within the slide
    zoom.left = std::clamp(zoom.left + dx, 0.0, 1 - zoom.size);
    zoom.top = std::clamp(zoom.top + dy, 0.0, 1 - zoom.size);
    if (zoom == m_area)
        return false;
    m_area = zoom;
    return true;
}

}  // namespace stoppunkt
