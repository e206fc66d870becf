// SPDX-License-Identifier: MIT
#include "ui/sliderenderer.h"

#include "translations/lessonlanguage.h"
#include "ui/slidepainters.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace stoppunkt {

using namespace slidepainters;

QString slideWord(const QString &language)
{
    return inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Slide"));
}

QRectF SlideRenderer::letterbox(const QRectF &target)
{
    const qreal scale = std::min(target.width() / kWidth, target.height() / kHeight);
    const QSizeF size(kWidth * scale, kHeight * scale);
    return QRectF(target.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void SlideRenderer::render(QPainter &painter, const QRectF &target, const SlideFrame &frame) const
{
    renderSlide(painter, target, frame);
    paintOverlay(painter, target, frame.view);
}

QPointF SlideRenderer::toTarget(const QRectF &target, const RoomZoom &zoom, double x, double y)
{
    const QRectF box = letterbox(target);
    return {box.left() + (x - zoom.left) / zoom.size * box.width(), box.top() + (y - zoom.top) / zoom.size * box.height()};
}

void SlideRenderer::paintOverlay(QPainter &painter, const QRectF &target, const AudienceView &view)
{
    if (view.blank != Blank::None)
        return;
    paintInk(painter, target, view.ink, view.zoom);
    paintLive(painter, target, view);
}

void SlideRenderer::paintLive(QPainter &painter, const QRectF &target, const AudienceView &view)
{
    if (view.blank != Blank::None)
        return;
    if (view.stroke)
        paintInk(painter, target, {*view.stroke}, view.zoom);
    paintPointer(painter, target, view.pointer, view.zoom);
}

void SlideRenderer::paintPointer(QPainter &painter, const QRectF &target, const RoomPointer &pointer, const RoomZoom &zoom)
{
    if (!pointer.shown())
        return;
    const QRectF box = letterbox(target);
    const QPointF at = toTarget(target, zoom, pointer.x, pointer.y);
    painter.save();
    painter.setClipRect(box, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    if (pointer.tool == PointerTool::Spotlight) {
        const qreal radius = theme::spotlightRadiusShare * box.height();
        QPainterPath dimmed;
        dimmed.setFillRule(Qt::OddEvenFill);
        dimmed.addRect(box);
        dimmed.addEllipse(at, radius, radius);
        painter.fillPath(dimmed, theme::spotlightDim);
    } else {
        const qreal radius = theme::pointerRadiusShare * box.height();
        QRadialGradient glow(at, radius * theme::pointerGlowShare);
        glow.setColorAt(0.4, theme::pointerGlow);
        glow.setColorAt(1, Qt::transparent);
        painter.setBrush(glow);
        painter.drawEllipse(at, radius * theme::pointerGlowShare, radius * theme::pointerGlowShare);
        painter.setPen(QPen(theme::pointerRing, radius * 0.18));
        painter.setBrush(theme::pointerDot);
        painter.drawEllipse(at, radius, radius);
    }
    painter.restore();
}

void SlideRenderer::renderSlide(QPainter &painter, const QRectF &target, const SlideFrame &frame) const
{
    theme::loadFonts();
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);  // whatever a lesson holds, nothing is drawn outside the slide
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const bool filmShowing = frame.view.filmPhase == FilmPhase::Playing && frame.view.blank == Blank::None;
    // Letterbox bars match the slide, so a 4:3 projector shows no stripes of another colour. The whole target
    // is filled first: on a screen that is not quite 16:9 (1366x768) the slide ends inside a pixel, and that
    // pixel blends with the bars, never with whatever the window or the picture held before.
    const QRectF box = letterbox(target);
    painter.fillRect(target, filmShowing ? theme::filmLetterbox : theme::paper);
    painter.setClipRect(box, Qt::IntersectClip);
    painter.translate(box.topLeft());
    painter.scale(box.width() / kWidth, box.height() / kHeight);
    if (const RoomZoom &zoom = frame.view.zoom; zoom.zoomed()) {
        // The part of the slide that fills the screen, drawn at full resolution: text and shapes stay sharp.
        painter.scale(1 / zoom.size, 1 / zoom.size);
        painter.translate(-zoom.left * kWidth, -zoom.top * kHeight);
    }
    if (frame.view.blank == Blank::None)
        paintCanvas(painter, frame);
    painter.restore();
    if (frame.view.blank != Blank::None)
        painter.fillRect(target, frame.view.blank == Blank::Black ? Qt::black : Qt::white);
}

void SlideRenderer::paintCanvas(QPainter &painter, const SlideFrame &frame) const
{
    const AudienceView &view = frame.view;
    const RoomSlide &slide = view.slide;

    if (view.joinCard) {
        paintJoinCard(painter, frame);
        return;
    }
    if (view.filmPhase == FilmPhase::Playing) {
        if (!frame.videoFrame.isNull() && !frame.filmUnavailable)
            paintVideo(painter, frame.videoFrame);
        else
            paintFilmCard(painter, frame);
        return;
    }

    if (slide.kind == SlideKind::Page || (slide.kind == SlideKind::FilmSegment && slide.page.shown())) {
        paintPage(painter, frame);  // the deck's page is the whole slide (a film's, before it plays): its own title and footer
        return;
    }
    painter.fillRect(QRectF(0, 0, kWidth, kHeight), theme::paper);
    if (slide.page.shown())
        paintBackdrop(painter, slide.page);
    paintChrome(painter, frame);
    paintBody(painter, frame);
}

void SlideRenderer::paintChrome(QPainter &painter, const SlideFrame &frame) const
{
    // Header: "KonfliktHåndtering ■ Konflikter med kunder"
    const QFont header = theme::font(26);
    painter.setFont(header);
    const QFontMetricsF metrics(header);
    qreal x = kMargin;
    painter.setPen(theme::muted);
    if (frame.course != frame.lessonTitle) {  // an imported deck's lesson is often its own course
        painter.drawText(QPointF(x, 70), frame.course);
        x += metrics.horizontalAdvance(frame.course) + 16;
        painter.fillRect(QRectF(x, 70 - 17, 15, 15), theme::accent);
        x += 15 + 16;
    }
    painter.drawText(QPointF(x, 70), frame.lessonTitle);
    painter.fillRect(QRectF(kMargin, 92, kWidth - 2 * kMargin, 2), theme::rule);
    // Footer: "Dias 7/16"
    painter.setFont(theme::font(24));
    painter.drawText(QRectF(kMargin, kHeight - 70, kWidth - 2 * kMargin, 40), Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 %2/%3").arg(slideWord(frame.language)).arg(frame.view.slideIndex + 1).arg(frame.slideCount));
}

void SlideRenderer::paintBody(QPainter &painter, const SlideFrame &frame) const
{
    const AudienceView &view = frame.view;
    const RoomSlide &slide = view.slide;
    switch (slide.kind) {
    case SlideKind::Cover: paintCover(painter, frame); break;
    case SlideKind::Bullets:
    case SlideKind::Summary: paintBullets(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::Discussion: paintDiscussion(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::Staircase: paintStaircase(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::Question:
        if (!view.distribution.empty())
            paintDistribution(painter, frame, paintTitle(painter, QString::fromStdString(slide.question.prompt)));
        else
            paintQuestion(painter, frame);
        break;
    case SlideKind::Table: paintTable(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::Matrix: paintMatrix(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::Chart: paintChart(painter, frame, paintTitle(painter, QString::fromStdString(slide.title))); break;
    case SlideKind::FilmQuestion:
        if (view.filmPhase == FilmPhase::AtStop && !view.distribution.empty())
            paintDistribution(painter, frame, paintTitle(painter, QString::fromStdString(slide.question.prompt)));
        else if (view.filmPhase == FilmPhase::AtStop)
            paintQuestion(painter, frame);
        else
            paintFilmCard(painter, frame);
        break;
    case SlideKind::Page: break;  // drawn above, before the header
    case SlideKind::FilmSegment: {
        // The segment has ended (or not begun): its title, quietly, until Next moves on.
        const QRectF area(kMargin, 120, kWidth - 2 * kMargin, kHeight - 240);
        textlayout::draw(painter, area, QString::fromStdString(slide.title), theme::font(88, QFont::Bold), theme::ink, Qt::AlignCenter);
        painter.fillRect(QRectF(kWidth / 2 - 60, kHeight / 2 + 80, 120, 6), theme::accent);
        break;
    }
    }
}

}  // namespace stoppunkt
