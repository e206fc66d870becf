// SPDX-License-Identifier: MIT
// The facilitator's pen: strokes per slide in slide coordinates, each change recorded at once, with undo.
#include "session/session.h"

#include "session/recordcodec.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

namespace {
/// The undo history keeps this many earlier states of a slide's strokes.
constexpr std::size_t kUndoDepth = 100;

InkPoint inkPoint(double x, double y, double pressure)
{
    return {float(std::clamp(x, 0.0, 1.0)), float(std::clamp(y, 0.0, 1.0)),
            float(std::isfinite(pressure) ? std::clamp(pressure, 0.0, 1.0) : 1.0)};
}

bool finite(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y);
}
}  // namespace

void Session::toggleInkMode(InkMode mode)
{
    commitStroke();
    m_inkMode = m_inkMode == mode ? InkMode::Off : mode;
    if (m_inkMode != InkMode::Off) {
        m_pointer.tool = PointerTool::Off;  // one tool in the hand at a time
        m_pointerShown = false;
    }
    emit changed();
}

void Session::cycleInkColour()
{
    m_inkColour = InkColour((int(m_inkColour) + 1) % (int(InkColour::Black) + 1));
    emit changed();
}

void Session::cycleInkWidth()
{
    m_inkWidth = InkWidth((int(m_inkWidth) + 1) % (int(InkWidth::Thick) + 1));
    emit changed();
}

bool Session::beginStroke(double x, double y, double pressure)
{
    if ((m_inkMode != InkMode::Pen && m_inkMode != InkMode::Highlighter) || !inkShown() || !finite(x, y))
        return false;
    commitStroke();
    InkStroke stroke;
    stroke.highlighter = m_inkMode == InkMode::Highlighter;
    stroke.colour = m_inkColour;
    stroke.width = m_inkWidth;
    stroke.points.push_back(inkPoint(x, y, pressure));
    m_stroke = std::move(stroke);
    emit inkMoved();
    return true;
}

void Session::extendStroke(double x, double y, double pressure)
{
    if (!m_stroke || !finite(x, y) || m_stroke->points.size() >= std::size_t(ink::kMaxPointsPerStroke))
        return;
    const InkPoint point = inkPoint(x, y, pressure);
    if (point == m_stroke->points.back())
        return;
    m_stroke->points.push_back(point);
    emit inkMoved();
}

void Session::endStroke()
{
    if (!m_stroke)
        return;
    commitStroke();
    emit changed();
}

void Session::commitStroke()
{
    if (!m_stroke)
        return;
    InkStroke stroke = ink::finished(std::move(*m_stroke));
    m_stroke.reset();
    SlideInk strokes = ink(m_index);
    if (stroke.points.empty() || strokes.size() >= std::size_t(ink::kMaxStrokesPerSlide))
        return;
    SessionEvent drawn{.type = EventType::InkStroke, .ink = stroke};
    strokes.push_back(std::move(stroke));
    changeInk(std::move(strokes), std::move(drawn));
}

bool Session::eraseAt(double x, double y)
{
    if (m_inkMode != InkMode::Eraser || !inkShown() || !finite(x, y))
        return false;
    SlideInk strokes = ink(m_index);
    for (int i = int(strokes.size()) - 1; i >= 0; --i) {
        if (ink::passesNear(strokes[i], x, y, kEraserRadius, ink::kSlideAspect)) {
            strokes.erase(strokes.begin() + i);
            changeInk(std::move(strokes), {.type = EventType::InkErase, .stroke = i});
            emit changed();
            return true;
        }
    }
    return false;
}

bool Session::undoInk()
{
    commitStroke();
    auto history = m_inkHistory.find(m_index);
    if (history == m_inkHistory.end() || history->second.empty())
        return false;
    m_ink[m_index] = std::move(history->second.back());
    history->second.pop_back();
    record({.type = EventType::InkUndo, .strokes = int(m_ink[m_index].size())});
    emit changed();
    return true;
}

bool Session::clearInk()
{
    commitStroke();
    if (ink(m_index).empty())
        return false;
    changeInk({}, {.type = EventType::InkClear, .strokes = 0});
    emit changed();
    return true;
}

void Session::changeInk(SlideInk strokes, SessionEvent event)
{
    std::vector<SlideInk> &history = m_inkHistory[m_index];
    history.push_back(ink(m_index));
    if (history.size() > kUndoDepth)
        history.erase(history.begin());
    m_ink[m_index] = std::move(strokes);
    record(std::move(event));
}

}  // namespace stoppunkt
