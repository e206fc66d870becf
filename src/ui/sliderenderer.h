// SPDX-License-Identifier: MIT
#pragma once

#include "slideframe.h"

#include <QRectF>
#include <QSizeF>

class QPainter;

namespace stoppunkt {

/// Draws any slide as the room sees it into any rectangle. It lays out on a 1920×1080 design canvas,
/// scales that to the target and letterboxes it, so it is the same at 1280×720 and at 3840×2160.
/// The projector, the console's previews and the walkthrough export all draw with it.
class SlideRenderer {
public:
    static constexpr qreal kWidth = 1920;
    static constexpr qreal kHeight = 1080;

    /// The largest 16:9 rectangle centred in `target`.
    static QRectF letterbox(const QRectF &target);
    /// The whole picture: the slide, then the facilitator's pointer over it.
    void render(QPainter &painter, const QRectF &target, const SlideFrame &frame) const;
    /// The slide alone, without the pointer: what the projector keeps drawn, and draws the pointer over.
    void renderSlide(QPainter &painter, const QRectF &target, const SlideFrame &frame) const;
    /// The pointer (a dot, or the spotlight's dimming) over a slide drawn into `target`.
    static void paintPointer(QPainter &painter, const QRectF &target, const RoomPointer &pointer);

private:
    void paintCanvas(QPainter &painter, const SlideFrame &frame) const;
};

/// The word for "slide" in the footer, in the lesson's language ("Dias 7/16").
QString slideWord(const QString &language);

} // namespace stoppunkt
