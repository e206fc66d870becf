// SPDX-License-Identifier: MIT
// What the projector shows of the room's phones: the join card (a QR code, the address and the room code)
// and the distribution of the room's votes on a question, as a bar chart drawn by the chart painter.
#include "translations/lessonlanguage.h"
#include "ui/slidegeometry.h"
#include "ui/slidepainters.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace stoppunkt::slidepainters {

void paintQrCode(QPainter &painter, const QRectF &area, const QString &text)
{
    const std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                           QRcode_free);
    painter.fillRect(area, theme::qrLight);
    if (!code)
        return;
    const int modules = code->width;
    const qreal module = std::floor(area.width() / (modules + 2 * geometry::joinCard::qrQuietModules));
    const QPointF origin = area.center() - QPointF(module * modules, module * modules) / 2;
    for (int y = 0; y < modules; ++y)
        for (int x = 0; x < modules; ++x)
            if (code->data[y * modules + x] & 1)
                painter.fillRect(QRectF(origin.x() + x * module, origin.y() + y * module, module, module), theme::qrDark);
}

QString joinUrl(const AudienceView &view)
{
    // The secret rides in the fragment: the browser never sends it in a request, and the page drops it at once.
    return view.joinAddress + QStringLiteral("/#join=") + view.joinSecret;
}

void paintJoinCard(QPainter &painter, const SlideFrame &frame)
{
    namespace card = geometry::joinCard;
    const AudienceView &view = frame.view;
    painter.fillRect(QRectF(0, 0, geometry::canvasWidth, geometry::canvasHeight), theme::paper);
    paintQrCode(painter, card::qrCode, joinUrl(view));
    const QString language = frame.language;
    const qreal left = card::textLeft;
    const qreal width = geometry::canvasWidth - left - card::textRightMargin;
    qreal y = card::textTop;
    y += textlayout::draw(painter, QRectF(left, y, width, card::titleBox),
                          inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Answer on your phone")),
                          theme::font(card::titlePx, QFont::Bold), theme::ink)
         + card::titleGap;
    y += textlayout::draw(painter, QRectF(left, y, width, card::lineBox),
                          inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Scan the code, or open")),
                          theme::font(card::linePx), theme::muted)
         + card::lineGap;
    y += textlayout::draw(painter, QRectF(left, y, width, card::addressBox), view.joinAddress, theme::font(card::addressPx, QFont::Bold),
                          theme::ink)
         + card::addressGap;
    y += textlayout::draw(painter, QRectF(left, y, width, card::codeLabelBox),
                          inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Room code")), theme::font(card::linePx),
                          theme::muted)
         + card::codeLabelGap;
    QFont digits = theme::font(card::codePx, QFont::Bold);
    digits.setLetterSpacing(QFont::AbsoluteSpacing, card::codeLetterSpacing);
    textlayout::draw(painter, QRectF(left, y, width, card::codeBox), view.roomCode, digits, theme::accent);
    textlayout::draw(painter, QRectF(left, geometry::canvasHeight - card::footerFromBottom, width, card::footerBox),
                     inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "No app, no account: your answer stays in this room.")),
                     theme::font(card::footerPx), theme::muted);
}

void paintDistribution(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    // The votes as a chart slide of their own: one series, one bar per option.
    SlideFrame chart = frame;
    RoomSlide &slide = chart.view.slide;
    slide.chart = ChartData{};
    slide.chart.series = {inLessonLanguage(frame.language, QT_TRANSLATE_NOOP("LessonLanguage", "Votes")).toStdString()};
    const auto &options = frame.view.slide.question.options;
    for (std::size_t i = 0; i < options.size() && i < frame.view.distribution.size(); ++i) {
        // The whole option, wrapped by the chart at a word: never cut in the middle of one.
        const QString label = QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(options[i].text));
        slide.chart.categories.push_back({label.toStdString(), {double(frame.view.distribution[i])}});
    }
    // A whole-number scale: the longest bar's votes rounded up to whole steps, at least 0 to one per step.
    constexpr int steps = geometry::voteChart::scaleSteps;
    const int most =
        frame.view.distribution.empty() ? 0 : *std::max_element(frame.view.distribution.begin(), frame.view.distribution.end());
    slide.chart.maximum = std::max(steps, (most + steps - 1) / steps * steps);
    paintChart(painter, chart, content,
               content.width() * theme::voteChartLabelShare);  // whole options want room to wrap, at a size the room reads
}

}  // namespace stoppunkt::slidepainters
