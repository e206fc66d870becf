// SPDX-License-Identifier: MIT
// Painters for the text slides: cover, bullets, summary and discussion.
#include "translations/lessonlanguage.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <map>

namespace stoppunkt::slidepainters {

namespace {

/// A language's name as the lesson's own language says it ("svensk" in a Danish lesson, not "svenska").
QString languageNameIn(const QString &lessonLanguage, const std::string &language)
{
    static const std::map<std::string, const char *> names{
        {"da", QT_TRANSLATE_NOOP("LessonLanguage", "Danish")},
        {"nb", QT_TRANSLATE_NOOP("LessonLanguage", "Norwegian")},
        {"sv", QT_TRANSLATE_NOOP("LessonLanguage", "Swedish")},
        {"en", QT_TRANSLATE_NOOP("LessonLanguage", "English")},
    };
    const auto name = names.find(language);
    return name != names.end() ? inLessonLanguage(lessonLanguage, name->second)
                               : QLocale(QString::fromStdString(language)).nativeLanguageName();
}

constexpr qreal kContentWidth = SlideRenderer::kWidth - 2 * kMargin;

QStringList bulletTexts(const RoomSlide &slide)
{
    QStringList texts;
    for (const std::string &b : slide.bullets)
        texts << QString::fromStdString(b);
    return texts;
}

/// Bullets with square markers; items past `visible` are not drawn (builds), but keep their place.
void paintBulletList(QPainter &painter, const QStringList &items, int visible, const QRectF &area, int largest)
{
    const qreal indent = 56;
    const qreal gap = 30;
    const int size = textlayout::fittingSize(items, area.width() - indent, area.height(), largest, 26, gap);
    const QFont font = theme::font(size);
    const QFontMetricsF metrics(font);
    qreal y = area.top();
    for (int i = 0; i < items.size(); ++i) {
        const qreal h = textlayout::height(items[i], font, area.width() - indent);
        if (i < visible) {
            const qreal square = size * 0.36;
            painter.fillRect(QRectF(area.left() + 4, y + metrics.ascent() * 0.62 - square / 2, square, square), theme::accent);
            textlayout::draw(painter, QRectF(area.left() + indent, y, area.width() - indent, h + 4), items[i], font, theme::ink);
        }
        y += h + gap;
    }
}

/// The room's answers as the facilitator types them: the digital flip chart, a sheet on the right.
void paintFlipchartSheet(QPainter &painter, const QStringList &entries, const QRectF &sheet)
{
    painter.setPen(QPen(theme::rule, 2));
    painter.setBrush(theme::card);
    painter.drawRoundedRect(sheet, 18, 18);
    paintBulletList(painter, entries, int(entries.size()), sheet.adjusted(36, 36, -36, -36), 36);
}

/// The lessons the group may choose next: numbered cards with each lesson's title and language.
void paintNextLessons(QPainter &painter, const std::vector<LinkedLesson> &lessons, const QString &lessonLanguage, const QRectF &strip)
{
    const qreal gap = 20;
    const int n = int(lessons.size());
    const qreal w = (strip.width() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const LinkedLesson &lesson = lessons[i];
        const QRectF card(strip.left() + i * (w + gap), strip.top(), w, strip.height());
        painter.setPen(QPen(theme::rule, 2));
        painter.setBrush(theme::card);
        painter.drawRoundedRect(card, 14, 14);
        const QRectF badge(card.left() + 20, card.top() + 20, 48, 48);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::accent);
        painter.drawEllipse(badge);
        textlayout::draw(painter, badge, QString::number(i + 1), theme::font(28, QFont::Bold), Qt::white, Qt::AlignCenter);
        const QString title = QString::fromStdString(lesson.title.empty() ? lesson.id : lesson.title);
        const QRectF text(badge.right() + 18, card.top() + 16, card.right() - badge.right() - 34, card.height() - 60);
        const int size = textlayout::fittingSize({title}, text.width(), text.height(), 30, 18, 0, QFont::Bold);
        textlayout::draw(painter, text, title, theme::font(size, QFont::Bold), theme::ink);
        const QString language = languageNameIn(lessonLanguage, lesson.language);
        textlayout::draw(painter, QRectF(text.left(), card.bottom() - 44, text.width(), 34), language, theme::font(22, QFont::Normal, true),
                         theme::muted);
    }
}

}  // namespace

int visibleItems(const SlideFrame &frame, int total)
{
    return frame.view.slide.build ? std::min(frame.view.buildStep, total) : total;
}

QRectF paintTitle(QPainter &painter, const QString &title, qreal top)
{
    const int size = textlayout::fittingSize({title}, kContentWidth, 170, 64, 40, 0, QFont::Bold);
    const QFont font = theme::font(size, QFont::Bold);
    const qreal h = textlayout::draw(painter, QRectF(kMargin, top, kContentWidth, 200), title, font, theme::ink);
    const qreal below = top + h + 56;
    return QRectF(kMargin, below, kContentWidth, SlideRenderer::kHeight - 110 - below);
}

void paintCover(QPainter &painter, const SlideFrame &frame)
{
    const RoomSlide &slide = frame.view.slide;
    // A quiet staircase motif on the right: the course's sign, growing warmer as it rises.
    const int steps = 5;
    for (int i = 0; i < steps; ++i) {
        QColor c = theme::escalation(double(i) / (steps - 1));
        c.setAlphaF(0.16);
        const qreal w = 120, h = 110;
        painter.fillRect(QRectF(1320 + i * w, 900 - (i + 1) * h, SlideRenderer::kWidth - (1320 + i * w), h), c);
    }
    painter.fillRect(QRectF(kMargin, 250, 12, 230), theme::accent);
    const QString title = QString::fromStdString(slide.title);
    const int titleSize = textlayout::fittingSize({title}, 1100, 240, 104, 60, 0, QFont::Bold);
    const qreal titleHeight =
        textlayout::draw(painter, QRectF(kMargin + 50, 250, 1100, 260), title, theme::font(titleSize, QFont::Bold), theme::ink);
    qreal y = 250 + std::max<qreal>(titleHeight, 230) + 70;
    if (!slide.subtitle.empty()) {
        y += textlayout::draw(painter, QRectF(kMargin + 50, y, 1100, 80), QString::fromStdString(slide.subtitle),
                              theme::font(40, QFont::Bold), theme::accent);
        y += 28;
    }
    const QStringList items = bulletTexts(slide);
    paintBulletList(painter, items, visibleItems(frame, int(items.size())), QRectF(kMargin + 50, y, 1100, 900 - y), 40);
}

void paintBullets(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    const RoomSlide &slide = frame.view.slide;
    QRectF upper = content;  // all but the strip of lessons to choose next, when there is one
    if (!slide.nextLessons.empty()) {
        const qreal strip = 150;
        const QRectF cards(content.left(), content.bottom() - strip, content.width(), strip);
        if (!slide.lessonsHeading.empty())
            textlayout::draw(painter, QRectF(cards.left(), cards.top() - 46, cards.width(), 40),
                             QString::fromStdString(slide.lessonsHeading), theme::font(28, QFont::Bold), theme::accent);
        paintNextLessons(painter, slide.nextLessons, frame.language, cards);
        upper.setBottom(cards.top() - 70);
    }
    QRectF area = upper;
    if (!slide.lead.empty()) {
        const qreal h =
            textlayout::draw(painter, area, QString::fromStdString(slide.lead), theme::font(44, QFont::Normal, true), theme::muted);
        area.setTop(area.top() + h + 34);
    }
    if (slide.kind == SlideKind::Summary)
        painter.fillRect(QRectF(kMargin - 40, upper.top() - 2, 8, upper.height() * 0.8), theme::accent);
    if (!frame.flipchart.isEmpty()) {
        paintFlipchartSheet(painter, frame.flipchart, QRectF(upper.right() - 620, upper.top(), 620, upper.height()));
        area.setRight(upper.right() - 660);
    }
    const QStringList items = bulletTexts(slide);
    paintBulletList(painter, items, visibleItems(frame, int(items.size())), area, 48);
}

void paintDiscussion(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    const RoomSlide &slide = frame.view.slide;
    const bool hasEntries = !frame.flipchart.isEmpty();
    // The "? !" sign of the handout, large.
    const QRectF badge(content.left(), content.top() + 10, 220, 220);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::accent);
    painter.drawEllipse(badge);
    textlayout::draw(painter, badge, QStringLiteral("?!"), theme::font(110, QFont::Bold), Qt::white, Qt::AlignCenter);

    const qreal textLeft = badge.right() + 70;
    const QRectF textArea(textLeft, content.top() + 10, (hasEntries ? 760 : content.right() - textLeft), content.height() - 10);
    qreal y = textArea.top();
    if (!slide.prompt.empty()) {
        const QString prompt = QString::fromStdString(slide.prompt);
        const int size = textlayout::fittingSize({prompt}, textArea.width(), textArea.height() * 0.6, 56, 32, 0);
        y += textlayout::draw(painter, QRectF(textArea.left(), y, textArea.width(), textArea.height()), prompt, theme::font(size),
                              theme::ink)
             + 40;
    }
    const QStringList items = bulletTexts(slide);
    if (!items.isEmpty())
        paintBulletList(painter, items, int(items.size()), QRectF(textArea.left(), y, textArea.width(), textArea.bottom() - y), 40);
    if (hasEntries) {
        // The room's own answers, as the facilitator types them: the digital flip chart.
        paintFlipchartSheet(painter, frame.flipchart, QRectF(content.right() - 620, content.top(), 620, content.height()));
    }
}

}  // namespace stoppunkt::slidepainters
