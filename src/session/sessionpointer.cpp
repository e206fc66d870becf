// SPDX-License-Identifier: MIT
// The facilitator's pointer: the dot or the spotlight, where it is on the slide, and whether the room sees it.
#include "session/session.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

void Session::togglePointerTool(PointerTool tool)
{
    m_pointer.tool = m_pointer.tool == tool ? PointerTool::Off : tool;
    if (m_pointer.tool != PointerTool::Off) {
        commitStroke();
        if (m_pen.mode() != InkMode::Off)
            m_pen.toggleMode(m_pen.mode());  // one tool in the hand at a time
    }
    m_pointerShown = m_pointer.tool != PointerTool::Off;  // taken up, it shows where it was until it idles
    emit changed();
}

void Session::pointAt(double x, double y)
{
    if (m_pointer.tool == PointerTool::Off || !std::isfinite(x) || !std::isfinite(y))
        return;
    x = std::clamp(x, 0.0, 1.0);
    y = std::clamp(y, 0.0, 1.0);
    if (m_pointerShown && x == m_pointer.x && y == m_pointer.y)
        return;
    m_pointer.x = x;
    m_pointer.y = y;
    m_pointerShown = true;
    emit pointerMoved();
}

void Session::hidePointer()
{
    if (!m_pointerShown)
        return;
    m_pointerShown = false;
    emit pointerMoved();
}

}  // namespace stoppunkt
