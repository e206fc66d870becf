// SPDX-License-Identifier: MIT
// The facilitator's pointer: the dot or the spotlight, where it is on the slide, and whether the room sees it.
#include "session/pointer.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

void Pointer::toggle(PointerTool tool)
{
    m_position.tool = m_position.tool == tool ? PointerTool::Off : tool;
    m_shown = m_position.tool != PointerTool::Off;
}

void Pointer::putAway()
{
    m_position.tool = PointerTool::Off;
    m_shown = false;
}

bool Pointer::moveTo(double x, double y)
{
    if (m_position.tool == PointerTool::Off || !std::isfinite(x) || !std::isfinite(y))
        return false;
    x = std::clamp(x, 0.0, 1.0);
    y = std::clamp(y, 0.0, 1.0);
    if (m_shown && x == m_position.x && y == m_position.y)
        return false;
    m_position.x = x;
    m_position.y = y;
    m_shown = true;
    return true;
}

bool Pointer::hide()
{
    if (!m_shown)
        return false;
    m_shown = false;
    return true;
}

}  // namespace stoppunkt
