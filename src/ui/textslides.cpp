// SPDX-License-Identifier: MIT
// Painters for the text slides: cover, bullets, summary and discussion.
#include "translations/lessonlanguage.h"
#include "ui/slidegeometry.h"
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

namespace g = geometry;

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
    const qreal indent = g::bulletList::indent;
    const qreal gap = g::bulletList::gap;
    const int size = textlayout::fittingSize(items, area.width() - indent, area.height(), largest, g::bulletList::leastPx, gap);
    const QFont font = theme::font(size);
    const QFontMetricsF metrics(font);
    qreal y = area.top();
    for (int i = 0; i < items.size(); ++i) {
        const qreal h = textlayout::height(items[i], font, area.width() - indent);
        if (i < visible) {
            const qreal square = size * g::bulletList::squareShareOfSize;
            painter.fillRect(QRectF(area.left() + g::bulletList::squareInset,
                                    y + metrics.ascent() * g::bulletList::squareShareOfAscent - square / 2, square, square),
                             theme::accent);
            textlayout::draw(painter, QRectF(area.left() + indent, y, area.width() - indent, h + g::bulletList::textSlack), items[i], font,
                             theme::ink);
        }
        y += h + gap;
    }
}

/// The room's answers as the facilitator types them: the digital flip chart, a sheet on the right.
void paintFlipchartSheet(QPainter &painter, const QStringList &entries, const QRectF &sheet)
{
    namespace sheetGeometry = g::flipchartSheet;
    painter.setPen(QPen(theme::rule, sheetGeometry::outlineWidth));
    painter.setBrush(theme::card);
    painter.drawRoundedRect(sheet, sheetGeometry::corner, sheetGeometry::corner);
    const qreal pad = sheetGeometry::padding;
    paintBulletList(painter, entries, int(entries.size()), sheet.adjusted(pad, pad, -pad, -pad), sheetGeometry::largestPx);
}

/// The lessons the group may choose next: numbered cards with each lesson's title and language.
void paintNextLessons(QPainter &painter, const std::vector<LinkedLesson> &lessons, const QString &lessonLanguage, const QRectF &strip)
{
    namespace cards = g::nextLessons;
    const qreal gap = cards::cardGap;
    const int n = int(lessons.size());
    const qreal w = (strip.width() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const LinkedLesson &lesson = lessons[i];
        const QRectF card(strip.left() + i * (w + gap), strip.top(), w, strip.height());
        painter.setPen(QPen(theme::rule, cards::outlineWidth));
        painter.setBrush(theme::card);
        painter.drawRoundedRect(card, cards::corner, cards::corner);
        const QRectF badge(card.left() + cards::badgeInset, card.top() + cards::badgeInset, cards::badgeSize, cards::badgeSize);
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme::accent);
        painter.drawEllipse(badge);
        textlayout::draw(painter, badge, QString::number(i + 1), theme::font(cards::badgePx, QFont::Bold), Qt::white, Qt::AlignCenter);
        const QString title = QString::fromStdString(lesson.title.empty() ? lesson.id : lesson.title);
        const QRectF text(badge.right() + cards::titleGapX, card.top() + cards::titleInsetTop,
                          card.right() - badge.right() - cards::titleInsetRight, card.height() - cards::titleSpaceBelow);
        const int size = textlayout::fittingSize({title}, text.width(), text.height(), cards::titlePx, cards::leastTitlePx, 0, QFont::Bold);
        textlayout::draw(painter, text, title, theme::font(size, QFont::Bold), theme::ink);
        const QString language = languageNameIn(lessonLanguage, lesson.language);
        textlayout::draw(painter, QRectF(text.left(), card.bottom() - cards::languageFromBottom, text.width(), cards::languageBox),
                         language, theme::font(cards::languagePx, QFont::Normal, true), theme::muted);
    }
}

}  // namespace

int visibleItems(const SlideFrame &frame, int total)
{
    return frame.view.slide.build ? std::min(frame.view.buildStep, total) : total;
}

QRectF paintTitle(QPainter &painter, const QString &title, qreal top)
{
    namespace t = g::title;
    const int size = textlayout::fittingSize({title}, kContentWidth, t::fitHeight, t::largestPx, t::leastPx, 0, QFont::Bold);
    const QFont font = theme::font(size, QFont::Bold);
    const qreal h = textlayout::draw(painter, QRectF(kMargin, top, kContentWidth, t::box), title, font, theme::ink);
    const qreal below = top + h + t::gapBelow;
    return QRectF(kMargin, below, kContentWidth, SlideRenderer::kHeight - t::bottomMargin - below);
}

void paintCover(QPainter &painter, const SlideFrame &frame)
{
    const RoomSlide &slide = frame.view.slide;
    // A quiet staircase motif on the right: the course's sign, growing warmer as it rises.
    namespace c = g::cover;
    const int steps = c::motifSteps;
    for (int i = 0; i < steps; ++i) {
        QColor colour = theme::escalation(double(i) / (steps - 1));
        colour.setAlphaF(c::motifAlpha);
        const qreal w = c::motifStepWidth, h = c::motifStepHeight;
        painter.fillRect(QRectF(c::motifLeft + i * w, c::motifBottom - (i + 1) * h, SlideRenderer::kWidth - (c::motifLeft + i * w), h),
                         colour);
    }
    painter.fillRect(QRectF(kMargin, c::top, c::barWidth, c::barHeight), theme::accent);
    const QString title = QString::fromStdString(slide.title);
    const qreal left = kMargin + c::textIndent;
    const int titleSize =
        textlayout::fittingSize({title}, c::textWidth, c::titleFitHeight, c::titleLargestPx, c::titleLeastPx, 0, QFont::Bold);
    const qreal titleHeight =
        textlayout::draw(painter, QRectF(left, c::top, c::textWidth, c::titleBox), title, theme::font(titleSize, QFont::Bold), theme::ink);
    qreal y = c::top + std::max<qreal>(titleHeight, c::barHeight) + c::gapBelowTitle;
    if (!slide.subtitle.empty()) {
        y += textlayout::draw(painter, QRectF(left, y, c::textWidth, c::subtitleBox), QString::fromStdString(slide.subtitle),
                              theme::font(c::subtitlePx, QFont::Bold), theme::accent);
        y += c::gapBelowSubtitle;
    }
    const QStringList items = bulletTexts(slide);
    paintBulletList(painter, items, visibleItems(frame, int(items.size())), QRectF(left, y, c::textWidth, c::bottom - y),
                    c::bulletsLargestPx);
}

void paintBullets(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    const RoomSlide &slide = frame.view.slide;
    QRectF upper = content;  // all but the strip of lessons to choose next, when there is one
    if (!slide.nextLessons.empty()) {
        namespace next = g::nextLessons;
        const qreal strip = next::stripHeight;
        const QRectF cards(content.left(), content.bottom() - strip, content.width(), strip);
        if (!slide.lessonsHeading.empty())
            textlayout::draw(painter, QRectF(cards.left(), cards.top() - next::headingRaise, cards.width(), next::headingBox),
                             QString::fromStdString(slide.lessonsHeading), theme::font(next::headingPx, QFont::Bold), theme::accent);
        paintNextLessons(painter, slide.nextLessons, frame.language, cards);
        upper.setBottom(cards.top() - next::gapAboveStrip);
    }
    QRectF area = upper;
    if (!slide.lead.empty()) {
        const qreal h = textlayout::draw(painter, area, QString::fromStdString(slide.lead),
                                         theme::font(g::bullets::leadPx, QFont::Normal, true), theme::muted);
        area.setTop(area.top() + h + g::bullets::gapBelowLead);
    }
    if (slide.kind == SlideKind::Summary)
        painter.fillRect(QRectF(kMargin - g::bullets::summaryBarLeft, upper.top() - g::bullets::summaryBarRaise,
                                g::bullets::summaryBarWidth, upper.height() * g::bullets::summaryBarShare),
                         theme::accent);
    if (!frame.flipchart.isEmpty()) {
        const qreal sheet = g::flipchartSheet::width;
        paintFlipchartSheet(painter, frame.flipchart, QRectF(upper.right() - sheet, upper.top(), sheet, upper.height()));
        area.setRight(upper.right() - (sheet + g::flipchartSheet::gapToText));
    }
    const QStringList items = bulletTexts(slide);
    paintBulletList(painter, items, visibleItems(frame, int(items.size())), area, g::bullets::largestPx);
}

void paintDiscussion(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    const RoomSlide &slide = frame.view.slide;
    const bool hasEntries = !frame.flipchart.isEmpty();
    // The "? !" sign of the handout, large.
    namespace d = g::discussion;
    const QRectF badge(content.left(), content.top() + d::badgeDrop, d::badgeSize, d::badgeSize);
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::accent);
    painter.drawEllipse(badge);
    textlayout::draw(painter, badge, QStringLiteral("?!"), theme::font(d::badgePx, QFont::Bold), Qt::white, Qt::AlignCenter);

    const qreal textLeft = badge.right() + d::textGap;
    const QRectF textArea(textLeft, content.top() + d::badgeDrop, (hasEntries ? d::textWidthBesideSheet : content.right() - textLeft),
                          content.height() - d::badgeDrop);
    qreal y = textArea.top();
    if (!slide.prompt.empty()) {
        const QString prompt = QString::fromStdString(slide.prompt);
        const int size = textlayout::fittingSize({prompt}, textArea.width(), textArea.height() * d::promptShareOfHeight, d::promptLargestPx,
                                                 d::promptLeastPx, 0);
        y += textlayout::draw(painter, QRectF(textArea.left(), y, textArea.width(), textArea.height()), prompt, theme::font(size),
                              theme::ink)
             + d::gapBelowPrompt;
    }
    const QStringList items = bulletTexts(slide);
    if (!items.isEmpty())
        paintBulletList(painter, items, int(items.size()), QRectF(textArea.left(), y, textArea.width(), textArea.bottom() - y),
                        d::bulletsLargestPx);
    if (hasEntries) {
        // The room's own answers, as the facilitator types them: the digital flip chart.
        const qreal sheet = g::flipchartSheet::width;
        paintFlipchartSheet(painter, frame.flipchart, QRectF(content.right() - sheet, content.top(), sheet, content.height()));
    }
}

}  // namespace stoppunkt::slidepainters
