// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

namespace stoppunkt {

/// The facilitator's pointer over the projector: the tool taken up (the dot or the spotlight), where it is on
/// the slide, and whether the room sees it. It is not recorded: it only shows where she points.
class Pointer {
public:
    PointerTool tool() const { return m_position.tool; }
    /// What the room sees of it: the tool and where it is, or nothing while it is away or idle.
    RoomPointer shown() const { return m_shown ? m_position : RoomPointer{}; }

    /// Takes up the tool; the same tool again puts it away. Taken up, it shows where it was until it idles.
    void toggle(PointerTool tool);
    void putAway();
    /// Moves it to (x, y) on the slide (0..1, clamped) and shows it; false when no tool is up, the point is
    /// no number, or it shows there already.
    bool moveTo(double x, double y);
    /// It was idle: the room no longer sees it, and the tool stays up. False when it was hidden.
    bool hide();

private:
    RoomPointer m_position;
    bool m_shown = false;
};

}  // namespace stoppunkt
