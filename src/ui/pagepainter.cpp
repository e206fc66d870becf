// SPDX-License-Identifier: MIT
// A page of a PDF deck on the slide: the whole of a page slide, or the backdrop of a question or discussion.
#include "deck/pageimages.h"
#include "translations/lessonlanguage.h"
#include "ui/slidegeometry.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stoppunkt::slidepainters {

namespace {
/// The page drawn into `area` at the pixels it covers on the device (zoom included); false when it cannot be.
bool drawPage(QPainter &painter, const QRectF &area, const QString &file, int number)
{
    PageImages &pages = PageImages::shared();
    const QSizeF points = pages.pageSize(file, number);
    if (points.isEmpty())
        return false;
    const QSizeF fitted = points.scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF place(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1;
    QSizeF device = painter.transform().mapRect(place).size() * ratio;
    if (const qreal largest = std::max(device.width(), device.height()); largest > geometry::pageSlide::largestPagePixels)
        device *= geometry::pageSlide::largestPagePixels / largest;
    const QImage image = pages.page(file, number, QSize(int(std::ceil(device.width())), int(std::ceil(device.height()))));
    if (image.isNull())
        return false;
    painter.drawImage(place, image);
    return true;
}

/// Said on the slide when its page cannot be drawn: the deck is missing, damaged, or has fewer pages.
void paintMissingPage(QPainter &painter, const SlideFrame &frame, int number)
{
    const PageRef &page = frame.view.slide.page;
    const QString sentence = inLessonLanguage(frame.language, QT_TRANSLATE_NOOP("LessonLanguage", "This page cannot be shown"));
    namespace g = geometry::pageSlide;
    textlayout::draw(painter, QRectF(kMargin, g::sentenceTop, SlideRenderer::kWidth - 2 * kMargin, g::sentenceBox), sentence,
                     theme::font(g::sentencePx, QFont::Bold), theme::ink, Qt::AlignHCenter | Qt::AlignTop);
    const QString where = QStringLiteral("%1 \u00b7 %2").arg(QString::fromStdString(page.deck)).arg(number);
    textlayout::draw(painter, QRectF(kMargin, g::whereTop, SlideRenderer::kWidth - 2 * kMargin, g::whereBox), where,
                     theme::font(g::wherePx), theme::muted, Qt::AlignHCenter | Qt::AlignTop);
}
}  // namespace

int shownPage(const RoomSlide &slide, int buildStep)
{
    return std::clamp(slide.page.number + buildStep, slide.page.number, std::max(slide.page.number, slide.page.lastNumber));
}

void paintPage(QPainter &painter, const SlideFrame &frame)
{
    const QRectF canvas(0, 0, SlideRenderer::kWidth, SlideRenderer::kHeight);
    painter.fillRect(canvas, theme::pageLetterbox);
    const RoomSlide &slide = frame.view.slide;
    const int number = shownPage(slide, frame.view.buildStep);
    if (!drawPage(painter, canvas, QString::fromStdString(slide.page.file), number))
        paintMissingPage(painter, frame, number);
}

void paintBackdrop(QPainter &painter, const PageRef &page)
{
    const QRectF canvas(0, 0, SlideRenderer::kWidth, SlideRenderer::kHeight);
    if (drawPage(painter, canvas, QString::fromStdString(page.file), page.number))
        painter.fillRect(canvas, theme::backdropVeil);
}

}  // namespace stoppunkt::slidepainters
