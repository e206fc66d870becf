// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QSizeF>

namespace stoppunkt {

/// Where every part of the console goes, computed once per window size (the sizes are in theme.h). The paint
/// code draws into these regions and holds no geometry of its own; the mouse is matched against them.
struct ConsoleLayout {
    // The top bar, left to right.
    QRectF topBar;
    QRectF counter;  ///< "Dias 7/16"
    QRectF status;  ///< the status line, between the counter and the timer
    QRectF timer;  ///< the timer alone
    QRectF timerLine;  ///< the timer above the time plan's line
    QRectF paceLine;  ///< the time plan's line under it
    QRectF clock;  ///< the time of day
    // The left column: what the room sees and what comes next.
    QRectF nowColumn;  ///< its heading, then the slide now on the projector
    QRectF nowSlide;  ///< exactly what the projector shows, letterboxed
    QRectF nextColumn;  ///< its heading, then the next step
    QRectF nextSlide;
    QRectF filmStrip;  ///< the film's panel beside the next step
    QRectF filmStripInner;  ///< its contents
    // The right column: the question, the room, the flip chart, the notes.
    QRectF rightPanel;
    QRectF rightInner;
    QRectF flipLine;  ///< the flip-chart input line, when open

    static ConsoleLayout of(QSizeF windowSize);
};

}  // namespace stoppunkt
