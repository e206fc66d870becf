// SPDX-License-Identifier: MIT
// The film on the projector: a video frame, or a neutral card when there is no video to show.
#include "translations/lessonlanguage.h"
#include "ui/slidegeometry.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace stoppunkt::slidepainters {

namespace {
/// The sentence on the card when the film cannot play, in the lesson's language.
QString cannotPlay(const QString &language)
{
    return inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "The film cannot be played"));
}
}  // namespace

void paintVideo(QPainter &painter, const QImage &image)
{
    const QRectF canvas(0, 0, SlideRenderer::kWidth, SlideRenderer::kHeight);
    painter.fillRect(canvas, Qt::black);
    const QSizeF scaled = QSizeF(image.size()).scaled(canvas.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(canvas.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled), image);
}

void paintFilmCard(QPainter &painter, const SlideFrame &frame)
{
    const QRectF canvas(0, 0, SlideRenderer::kWidth, SlideRenderer::kHeight);
    painter.fillRect(canvas, theme::filmBackground);
    namespace g = geometry::filmCard;
    // A play sign in a ring, or a stop sign when the film cannot play.
    const QRectF ring(canvas.center().x() - g::ringSize / 2, g::ringTop, g::ringSize, g::ringSize);
    painter.setPen(QPen(theme::filmSymbolRing, g::ringStroke));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(ring);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::filmSymbol);
    if (frame.filmUnavailable) {
        painter.drawRect(QRectF(ring.center() - QPointF(g::stopSize, g::stopSize) / 2, QSizeF(g::stopSize, g::stopSize)));
    } else {
        QPainterPath play;
        play.moveTo(ring.center() + QPointF(-g::playBack, -g::playHalfHeight));
        play.lineTo(ring.center() + QPointF(g::playTip, 0));
        play.lineTo(ring.center() + QPointF(-g::playBack, g::playHalfHeight));
        play.closeSubpath();
        painter.drawPath(play);
    }
    const QString title = frame.filmUnavailable ? cannotPlay(frame.language) : frame.filmTitle;
    textlayout::draw(painter, QRectF(0, g::titleTop, canvas.width(), g::titleBox), title, theme::font(g::titlePx, QFont::Bold), Qt::white,
                     Qt::AlignHCenter | Qt::AlignTop);
    QString detail = frame.filmUnavailable ? frame.filmTitle : frame.stopLabel;
    if (!detail.isEmpty())
        textlayout::draw(painter, QRectF(0, g::detailTop, canvas.width(), g::detailBox), detail, theme::font(g::detailPx),
                         theme::filmCardDetail, Qt::AlignHCenter | Qt::AlignTop);
}

}  // namespace stoppunkt::slidepainters
