// SPDX-License-Identifier: MIT
// The session's side of the facilitator's pointer and zoom: one tool in the hand at a time, and what moves
// emits pointerMoved() or changed().
#include "session/session.h"

namespace stoppunkt {

void Session::togglePointerTool(PointerTool tool)
{
    m_pointer.toggle(tool);
    if (m_pointer.tool() != PointerTool::Off) {
        commitStroke();
        if (m_pen.tip().mode != InkMode::Off)
            m_pen.toggleMode(m_pen.tip().mode);  // one tool in the hand at a time
    }
    emit changed();
}

void Session::pointAt(double x, double y)
{
    if (m_pointer.moveTo(x, y))
        emit pointerMoved();
}

void Session::hidePointer()
{
    if (m_pointer.hide())
        emit pointerMoved();
}

void Session::zoomAround(double x, double y, double factor)
{
    if (m_zoom.around(x, y, factor))
        emit changed();
}

void Session::panZoom(double dx, double dy)
{
    if (m_zoom.pan(dx, dy))
        emit changed();
}

}  // namespace stoppunkt
