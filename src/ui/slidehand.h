// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

class QEvent;

namespace stoppunkt {

class CommandDispatcher;

/// The facilitator's hand over a slide drawn in `area` (the projector, or the console's "now on the
/// projector"): the mouse, a tablet's pen (with its pressure) or a finger moves the pointer, draws, erases,
/// pans, and the wheel zooms, all through the dispatcher in positions across the slide shown. Returns true
/// when the event was used, so a window gives a press that did nothing its other meaning.
bool handleSlideHand(CommandDispatcher &dispatcher, const QRectF &area, QEvent *event);

}  // namespace stoppunkt
