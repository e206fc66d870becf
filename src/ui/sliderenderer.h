// SPDX-License-Identifier: MIT
#pragma once

#include "ui/slideframe.h"

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
    /// The whole picture: the slide, then the facilitator's strokes and pointer over it.
    void render(QPainter &painter, const QRectF &target, const SlideFrame &frame) const;
    /// The slide alone (the part the zoom shows, drawn at full resolution), without strokes or pointer: what
    /// the projector keeps drawn, and draws them over.
    void renderSlide(QPainter &painter, const QRectF &target, const SlideFrame &frame) const;
    /// The strokes, then the pointer (a dot, or the spotlight's dimming), over a slide drawn into `target`.
    static void paintOverlay(QPainter &painter, const QRectF &target, const AudienceView &view);
    /// What moves over the finished strokes: the stroke being drawn and the pointer (the projector keeps the
    /// slide and its finished strokes drawn, and paints only these each time).
    static void paintLive(QPainter &painter, const QRectF &target, const AudienceView &view);
    /// Strokes over a slide drawn into `target` (the projector keeps the finished ones drawn, and adds the one
    /// being drawn each time it paints).
    static void paintInk(QPainter &painter, const QRectF &target, const SlideInk &ink, const RoomZoom &zoom);
    /// The pointer over a slide drawn into `target`.
    static void paintPointer(QPainter &painter, const QRectF &target, const RoomPointer &pointer, const RoomZoom &zoom);
    /// Where a point of the slide (0..1) is in `target`, with the zoom's part of the slide filling it.
    static QPointF toTarget(const QRectF &target, const RoomZoom &zoom, double x, double y);

private:
    void paintCanvas(QPainter &painter, const SlideFrame &frame) const;
    /// The header (course and lesson) and the footer (the slide's number) of a drawn slide.
    void paintChrome(QPainter &painter, const SlideFrame &frame) const;
    /// The slide's own content, by its kind.
    void paintBody(QPainter &painter, const SlideFrame &frame) const;
};

/// The word for "slide" in the footer, in the lesson's language ("Dias 7/16").
QString slideWord(const QString &language);

}  // namespace stoppunkt
