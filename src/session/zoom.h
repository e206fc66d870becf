// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

namespace stoppunkt {

/// Zoom: which part of the slide fills the projector, within the slide and at most kMax times larger.
class Zoom {
public:
    static constexpr double kMax = 8;

    const RoomZoom &area() const { return m_area; }
    /// Shows the part around (x, y), `factor` times larger (1 to kMax; 1 shows it whole); false when that
    /// changes nothing or a value is no number.
    bool around(double x, double y, double factor);
    /// Moves the zoomed part by (dx, dy) of the slide, within the slide; false when nothing moves.
    bool pan(double dx, double dy);
    /// The whole slide again (another slide, a resume).
    void reset() { m_area = {}; }

private:
    RoomZoom m_area;
};

}  // namespace stoppunkt
