// SPDX-License-Identifier: MIT
#pragma once

#include "ui/slideframe.h"
#include "ui/theme.h"

#include <QRectF>

class QPainter;

namespace stoppunkt {

/// The painters for each family of slide kinds, on the 1920×1080 design canvas. `content` is the area
/// below the title and above the footer.
namespace slidepainters {

constexpr qreal kMargin = 110;

/// How many of `total` items a building slide shows at its build step (all, when it does not build).
int visibleItems(const SlideFrame &frame, int total);
/// Draws the slide's title and returns the area left below it.
QRectF paintTitle(QPainter &painter, const QString &title, qreal top = 130);
void paintCover(QPainter &painter, const SlideFrame &frame);
void paintBullets(QPainter &painter, const SlideFrame &frame, const QRectF &content);
void paintDiscussion(QPainter &painter, const SlideFrame &frame, const QRectF &content);
void paintStaircase(QPainter &painter, const SlideFrame &frame, const QRectF &content);
void paintQuestion(QPainter &painter, const SlideFrame &frame);
void paintTable(QPainter &painter, const SlideFrame &frame, const QRectF &content);
void paintMatrix(QPainter &painter, const SlideFrame &frame, const QRectF &content);
/// `labelWidth`: the category labels' column on the design canvas (long labels, like the room's vote on whole
/// options, need more than a chart slide's short ones).
void paintChart(QPainter &painter, const SlideFrame &frame, const QRectF &content, qreal labelWidth = theme::chartLabelPx);
void paintFilmCard(QPainter &painter, const SlideFrame &frame);
/// `text` as a QR code in `area` (square): dark modules on light, with the quiet zone of four modules the
/// standard asks for.
void paintQrCode(QPainter &painter, const QRectF &area, const QString &text);
/// The join card: the page's address as a QR code, the address written out, and the room code.
void paintJoinCard(QPainter &painter, const SlideFrame &frame);
/// What a phone opens from the join card: the page, with the room code filled in.
QString joinUrl(const AudienceView &view);
/// The room's votes on the question as a bar chart, under the question's title.
void paintDistribution(QPainter &painter, const SlideFrame &frame, const QRectF &content);
void paintVideo(QPainter &painter, const QImage &image);
/// The deck's page a page slide shows at its build step (a page slide steps through its pages as a build).
int shownPage(const RoomSlide &slide, int buildStep);
/// A page slide: the deck's page, letterboxed on the slide's background and drawn at the pixels it fills.
void paintPage(QPainter &painter, const SlideFrame &frame);
/// A deck's page behind a question or discussion, under a veil that keeps the text over it readable.
void paintBackdrop(QPainter &painter, const PageRef &page);

}  // namespace slidepainters
}  // namespace stoppunkt
