// SPDX-License-Identifier: MIT
// The facilitator's hand on the slide, for the dispatcher: pointing, drawing, erasing, zooming and panning.
// The windows give positions across the part of the slide they show; here they become slide coordinates.
#include "input/commanddispatcher.h"

#include "session/session.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

namespace {
constexpr double kZoomStep = 1.25;  ///< one wheel step
constexpr double kZoomAtKey = 2;  ///< Z shows a quarter of the slide
}  // namespace

QPointF CommandDispatcher::onSlide(double u, double v) const
{
    const RoomZoom &zoom = m_session.zoom();
    return {zoom.slideX(u), zoom.slideY(v)};
}

void CommandDispatcher::pointAt(double u, double v)
{
    if (!std::isfinite(u) || !std::isfinite(v))
        return;
    const QPointF at = onSlide(u, v);
    if (at.x() >= 0 && at.x() <= 1 && at.y() >= 0 && at.y() <= 1)
        m_lastPoint = at;
    if (m_session.pointerTool() == PointerTool::Off)
        return;
    m_session.pointAt(at.x(), at.y());
    m_pointerIdle.start();
}

bool CommandDispatcher::pressAt(double u, double v, double pressure)
{
    if (!std::isfinite(u) || !std::isfinite(v) || u < 0 || u > 1 || v < 0 || v > 1)
        return false;
    const QPointF at = onSlide(u, v);
    m_lastPoint = at;
    switch (m_session.inkMode()) {
    case InkMode::Pen:
    case InkMode::Highlighter:
        m_hand = m_session.beginStroke(at.x(), at.y(), pressure) ? Hand::Drawing : Hand::Up;
        return m_hand != Hand::Up;
    case InkMode::Eraser:
        m_hand = Hand::Erasing;
        m_session.eraseAt(at.x(), at.y());
        return true;
    case InkMode::Off:
        if (!m_session.zoom().zoomed())
            return false;
        m_hand = Hand::Panning;
        m_panFrom = {u, v};
        return true;
    }
    return false;
}

void CommandDispatcher::dragTo(double u, double v, double pressure)
{
    if (!std::isfinite(u) || !std::isfinite(v))
        return;
    const QPointF at = onSlide(u, v);
    switch (m_hand) {
    case Hand::Up: break;
    case Hand::Drawing: m_session.extendStroke(at.x(), at.y(), pressure); break;
    case Hand::Erasing: m_session.eraseAt(at.x(), at.y()); break;
    case Hand::Panning: {
        const double size = m_session.zoom().size;  // the slide follows the hand
        m_session.panZoom((m_panFrom.x() - u) * size, (m_panFrom.y() - v) * size);
        m_panFrom = {u, v};
        break;
    }
    }
}

void CommandDispatcher::release()
{
    if (m_hand == Hand::Drawing)
        m_session.endStroke();
    m_hand = Hand::Up;
}

void CommandDispatcher::zoomBy(double steps, double u, double v)
{
    if (!std::isfinite(steps) || !std::isfinite(u) || !std::isfinite(v))
        return;
    const QPointF at = onSlide(u, v);
    const double factor = std::clamp(std::pow(kZoomStep, steps) / m_session.zoom().size, 1.0, Zoom::kMax);
    const double size = 1 / factor;
    // The point under the mouse stays under it: the new part's top left is at - (u, v) · size.
    m_session.zoomAround(at.x() - u * size + size / 2, at.y() - v * size + size / 2, factor);
}

void CommandDispatcher::toggleZoom()
{
    if (m_session.zoom().zoomed())
        m_session.zoomAround(0.5, 0.5, 1);
    else
        m_session.zoomAround(m_lastPoint.x(), m_lastPoint.y(), kZoomAtKey);
}

}  // namespace stoppunkt
