// SPDX-License-Identifier: MIT
// What the projector shows of the room's phones: the join card (a QR code, the address and the room code)
// and the distribution of the room's votes on a question, as a bar chart drawn by the chart painter.
#include "translations/lessonlanguage.h"
#include "ui/slidepainters.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace stoppunkt::slidepainters {

namespace {
constexpr qreal kWidth = 1920;
constexpr qreal kHeight = 1080;

}  // namespace

void paintQrCode(QPainter &painter, const QRectF &area, const QString &text)
{
    const std::unique_ptr<QRcode, void (*)(QRcode *)> code(QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                           QRcode_free);
    painter.fillRect(area, theme::qrLight);
    if (!code)
        return;
    const int modules = code->width;
    const qreal module = std::floor(area.width() / (modules + 8));
    const QPointF origin(area.left() + (area.width() - module * modules) / 2, area.top() + (area.height() - module * modules) / 2);
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
    const AudienceView &view = frame.view;
    painter.fillRect(QRectF(0, 0, kWidth, kHeight), theme::paper);
    paintQrCode(painter, QRectF(110, 160, 760, 760), joinUrl(view));
    const QString language = frame.language;
    const qreal left = 960;
    const qreal width = kWidth - left - 110;
    qreal y = 170;
    y += textlayout::draw(painter, QRectF(left, y, width, 200),
                          inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Answer on your phone")),
                          theme::font(72, QFont::Bold), theme::ink)
         + 40;
    y += textlayout::draw(painter, QRectF(left, y, width, 120),
                          inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Scan the code, or open")), theme::font(40),
                          theme::muted)
         + 8;
    y += textlayout::draw(painter, QRectF(left, y, width, 120), view.joinAddress, theme::font(48, QFont::Bold), theme::ink) + 50;
    y += textlayout::draw(painter, QRectF(left, y, width, 80), inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Room code")),
                          theme::font(40), theme::muted)
         + 4;
    QFont digits = theme::font(150, QFont::Bold);
    digits.setLetterSpacing(QFont::AbsoluteSpacing, 24);
    textlayout::draw(painter, QRectF(left, y, width, 200), view.roomCode, digits, theme::accent);
    textlayout::draw(painter, QRectF(left, kHeight - 150, width, 80),
                     inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "No app, no account: your answer stays in this room.")),
                     theme::font(30), theme::muted);
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
    // A whole-number scale: the longest bar's votes rounded up to four steps, at least 0 to 4.
    const int most =
        frame.view.distribution.empty() ? 0 : *std::max_element(frame.view.distribution.begin(), frame.view.distribution.end());
    slide.chart.maximum = std::max(4, (most + 3) / 4 * 4);
    paintChart(painter, chart, content,
               content.width() * theme::voteChartLabelShare);  // whole options want room to wrap, at a size the room reads
}

}  // namespace stoppunkt::slidepainters
