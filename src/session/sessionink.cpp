// SPDX-License-Identifier: MIT
// The facilitator's pen on the current slide: the session's side of Pen, which records each change and says
// when the room sees strokes.
#include "session/session.h"

namespace stoppunkt {

void Session::toggleInkMode(InkMode mode)
{
    commitStroke();
    m_pen.toggleMode(mode);
    if (m_pen.tip().mode != InkMode::Off)
        m_pointer.putAway();  // one tool in the hand at a time
    emit changed();
}

void Session::cycleInkColour()
{
    m_pen.cycleColour();
    emit changed();
}

void Session::cycleInkWidth()
{
    m_pen.cycleWidth();
    emit changed();
}

bool Session::beginStroke(double x, double y, double pressure)
{
    if (!m_pen.canBegin(x, y) || !inkShown())
        return false;
    commitStroke();
    m_pen.begin(x, y, pressure);
    emit inkMoved();
    return true;
}

void Session::extendStroke(double x, double y, double pressure)
{
    if (m_pen.extend(x, y, pressure))
        emit inkMoved();
}

void Session::endStroke()
{
    if (!m_pen.drawing())
        return;
    commitStroke();
    emit changed();
}

void Session::commitStroke()
{
    recordIfAny(m_pen.finishStroke(m_index));
}

bool Session::eraseAt(double x, double y)
{
    return inkShown() && changedBy(m_pen.eraseAt(m_index, x, y));
}

bool Session::undoInk()
{
    commitStroke();
    return changedBy(m_pen.undo(m_index));
}

bool Session::clearInk()
{
    commitStroke();
    return changedBy(m_pen.clear(m_index));
}

}  // namespace stoppunkt
