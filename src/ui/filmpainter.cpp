// SPDX-License-Identifier: MIT
// The film on the projector: a video frame, or a neutral card when there is no video to show.
#include "translations/lessonlanguage.h"
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
    // A play sign in a ring, or a stop sign when the film cannot play.
    const QRectF ring(canvas.center().x() - 110, 300, 220, 220);
    painter.setPen(QPen(theme::filmSymbolRing, 8));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(ring);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::filmSymbol);
    if (frame.filmUnavailable) {
        painter.drawRect(QRectF(ring.center() - QPointF(45, 45), QSizeF(90, 90)));
    } else {
        QPainterPath play;
        play.moveTo(ring.center() + QPointF(-32, -52));
        play.lineTo(ring.center() + QPointF(58, 0));
        play.lineTo(ring.center() + QPointF(-32, 52));
        play.closeSubpath();
        painter.drawPath(play);
    }
    const QString title = frame.filmUnavailable ? cannotPlay(frame.language) : frame.filmTitle;
    textlayout::draw(painter, QRectF(0, 580, canvas.width(), 110), title, theme::font(72, QFont::Bold), Qt::white,
                     Qt::AlignHCenter | Qt::AlignTop);
    QString detail = frame.filmUnavailable ? frame.filmTitle : frame.stopLabel;
    if (!detail.isEmpty())
        textlayout::draw(painter, QRectF(0, 700, canvas.width(), 60), detail, theme::font(36), theme::filmCardDetail,
                         Qt::AlignHCenter | Qt::AlignTop);
}

}  // namespace stoppunkt::slidepainters
