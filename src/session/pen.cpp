// SPDX-License-Identifier: MIT
// The facilitator's pen: strokes per slide in slide coordinates, each change an event to record, with undo.
#include "session/pen.h"

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

void Pen::toggleMode(InkMode mode)
{
    m_tip.mode = m_tip.mode == mode ? InkMode::Off : mode;
}

void Pen::cycleColour()
{
    m_tip.colour = InkColour((int(m_tip.colour) + 1) % (int(InkColour::Black) + 1));
}

void Pen::cycleWidth()
{
    m_tip.width = InkWidth((int(m_tip.width) + 1) % (int(InkWidth::Thick) + 1));
}

bool Pen::canBegin(double x, double y) const
{
    return (m_tip.mode == InkMode::Pen || m_tip.mode == InkMode::Highlighter) && finite(x, y);
}

void Pen::begin(double x, double y, double pressure)
{
    InkStroke stroke;
    stroke.highlighter = m_tip.mode == InkMode::Highlighter;
    stroke.colour = m_tip.colour;
    stroke.width = m_tip.width;
    stroke.points.push_back(inkPoint(x, y, pressure));
    m_drawing = std::move(stroke);
}

bool Pen::extend(double x, double y, double pressure)
{
    if (!m_drawing || !finite(x, y) || m_drawing->points.size() >= std::size_t(ink::kMaxPointsPerStroke))
        return false;
    const InkPoint point = inkPoint(x, y, pressure);
    if (point == m_drawing->points.back())
        return false;
    m_drawing->points.push_back(point);
    return true;
}

std::optional<SessionEvent> Pen::finishStroke(int slide)
{
    if (!m_drawing)
        return std::nullopt;
    InkStroke stroke = ink::finished(std::move(*m_drawing));
    m_drawing.reset();
    SlideInk strokes = m_strokes.at(slide);
    if (stroke.points.empty() || strokes.size() >= std::size_t(ink::kMaxStrokesPerSlide))
        return std::nullopt;
    SessionEvent drawn{.type = EventType::InkStroke, .ink = stroke};
    strokes.push_back(std::move(stroke));
    change(slide, std::move(strokes));
    return drawn;
}

std::optional<SessionEvent> Pen::eraseAt(int slide, double x, double y)
{
    if (m_tip.mode != InkMode::Eraser || !finite(x, y))
        return std::nullopt;
    SlideInk strokes = m_strokes.at(slide);
    for (int i = int(strokes.size()) - 1; i >= 0; --i) {
        if (ink::passesNear(strokes[i], x, y, kEraserRadius, ink::kSlideAspect)) {
            strokes.erase(strokes.begin() + i);
            change(slide, std::move(strokes));
            return SessionEvent{.type = EventType::InkErase, .stroke = i};
        }
    }
    return std::nullopt;
}

std::optional<SessionEvent> Pen::undo(int slide)
{
    std::vector<SlideInk> &history = m_history[slide];
    if (history.empty())
        return std::nullopt;
    m_strokes[slide] = std::move(history.back());
    history.pop_back();
    return SessionEvent{.type = EventType::InkUndo, .strokes = int(m_strokes[slide].size())};
}

std::optional<SessionEvent> Pen::clear(int slide)
{
    if (m_strokes.at(slide).empty())
        return std::nullopt;
    change(slide, {});
    return SessionEvent{.type = EventType::InkClear, .strokes = 0};
}

void Pen::followSlides(const std::vector<int> &origin, int slideCount)
{
    if (!origin.empty()) {
        m_strokes.follow(origin);
        m_history.follow(origin);
    }
    m_strokes.keepIf([slideCount](int slide, const SlideInk &) { return slide < slideCount; });
    m_history.keepIf([slideCount](int slide, const std::vector<SlideInk> &) { return slide < slideCount; });
}

void Pen::replaceStrokes(std::map<int, SlideInk> strokes)
{
    m_drawing.reset();
    m_strokes.assign(std::move(strokes));
    m_history.clear();
}

void Pen::change(int slide, SlideInk strokes)
{
    std::vector<SlideInk> &history = m_history[slide];
    history.push_back(m_strokes.at(slide));
    if (history.size() > kUndoDepth)
        history.erase(history.begin());
    m_strokes[slide] = std::move(strokes);
}

}  // namespace stoppunkt
