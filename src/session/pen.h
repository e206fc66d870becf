// SPDX-License-Identifier: MIT
#pragma once

#include "session/ink.h"
#include "session/perslide.h"
#include "session/sessionevent.h"

#include <optional>

namespace stoppunkt {

/// The facilitator's pen: the mode in her hand (pen, highlighter, eraser), its colour and width, the strokes
/// kept per slide in slide coordinates with their undo history, and the stroke being drawn. Every change to
/// a slide's strokes comes back as the event to record; whether the room sees strokes is the session's rule.
class Pen {
public:
    static constexpr double kEraserRadius = 0.02;  ///< of the slide's height

    const PenTip &tip() const { return m_tip; }
    /// The strokes kept per slide (`.at(slide)` gives one slide's, empty where none were drawn).
    const PerSlide<SlideInk> &strokesBySlide() const { return m_strokes; }
    const std::optional<InkStroke> &drawing() const { return m_drawing; }

    /// Takes up `mode`; the same mode again, or InkMode::Off, puts the pen down.
    void toggleMode(InkMode mode);
    void cycleColour();
    void cycleWidth();
    /// A stroke may start at (x, y): the pen or the highlighter is in the hand, and the point is a number.
    bool canBegin(double x, double y) const;
    /// Starts a stroke at (x, y) (see canBegin(); finish the one being drawn first).
    void begin(double x, double y, double pressure);
    /// Adds a point to the stroke being drawn; false when it adds nothing.
    bool extend(double x, double y, double pressure);
    /// Keeps the stroke being drawn on `slide`, and says what to record; nothing when there was none to keep.
    std::optional<SessionEvent> finishStroke(int slide);
    /// With the eraser: removes the newest stroke on `slide` near (x, y).
    std::optional<SessionEvent> eraseAt(int slide, double x, double y);
    /// Takes back the last change to `slide`'s strokes, or removes them all (undo brings them back).
    std::optional<SessionEvent> undo(int slide);
    std::optional<SessionEvent> clear(int slide);
    /// Slides moved (see PerSlide::follow()), and only the first `slideCount` are left.
    void followSlides(const std::vector<int> &origin, int slideCount);
    /// Strokes from elsewhere (a resumed record, another lesson): the undo history starts again.
    void replaceStrokes(std::map<int, SlideInk> strokes);

private:
    void change(int slide, SlideInk strokes);

    PenTip m_tip;
    PerSlide<SlideInk> m_strokes;
    PerSlide<std::vector<SlideInk>> m_history;  ///< per slide, the strokes before each change (for undo)
    std::optional<InkStroke> m_drawing;  ///< being drawn on the current slide
};

}  // namespace stoppunkt
