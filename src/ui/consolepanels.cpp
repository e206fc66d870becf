// SPDX-License-Identifier: MIT
#include "ui/consolepanels.h"

#include "input/keybindings.h"
#include "lesson/timecode.h"
#include "session/sessionsummary.h"
#include "session/sessionview.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

namespace stoppunkt::consolepanels {

using theme::uiFont;

void paintPanel(QPainter &painter, const QRectF &area)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(theme::consolePanel);
    painter.drawRoundedRect(area, theme::consolePanelRadiusPx, theme::consolePanelRadiusPx);
}

bool fitsWithOneLine(const QRectF &area, const QString &heading, const QFont &body)
{
    const qreal headingHeight = textlayout::height(heading, uiFont(theme::consoleHeadingPx, QFont::Bold), area.width());
    return area.top() + headingHeight + theme::consoleItemGapPx + QFontMetricsF(body).height() <= area.bottom();
}

QRectF paintHeading(QPainter &painter, const QRectF &area, const QString &text)
{
    textlayout::draw(painter, QRectF(area.left(), area.top(), area.width(), theme::consoleHeadingLinePx), text.toUpper(),
                     uiFont(theme::consoleHeadingPx, QFont::Bold), theme::consoleMuted);
    return area.adjusted(0, theme::consoleHeadingStepPx, 0, 0);
}

namespace {
/// Where the question stands, and the keys that move it on.
QString questionPhaseText(const SessionView &session, const Question &q, const std::vector<int> &picks, const KeyBindings &keys)
{
    switch (session.questionPhase()) {
    case QuestionPhase::None: return ConsoleText::tr("The question comes at the stop point.");
    case QuestionPhase::Discussing: {
        // Named as it is: nothing picked yet, or how many wrong picks the room already sees crossed out.
        const int wrong = int(picks.size());
        const QString phase = picks.empty() ? ConsoleText::tr("Discussing: the room sees no marks.")
                                            : ConsoleText::tr("Picking: %n wrong so far.", nullptr, wrong);
        return phase + QLatin1Char(' ')
               + ConsoleText::tr("Keys 1–%1 pick, %2 reveals, %3 undoes.")
                     .arg(q.options.size())
                     .arg(keys.keysText(Action::Reveal), keys.keysText(Action::UndoPick));
    }
    case QuestionPhase::Revealed: break;
    }
    const bool foundByPicking = std::find(picks.begin(), picks.end(), q.answer) != picks.end();
    return foundByPicking ? ConsoleText::tr("Found by picking: no. %1. Next goes on.").arg(q.answer)
                          : ConsoleText::tr("Revealed. Next goes on.");
}

/// An option as the console lists it: the right one ticked, a picked one with its turn, in its colour.
struct OptionLine {
    QString text;
    QColor colour;
};

std::vector<OptionLine> optionLines(const Question &q, const std::vector<int> &picks)
{
    std::vector<OptionLine> lines;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        const auto pickAt = std::find(picks.begin(), picks.end(), number);
        const bool right = number == q.answer;
        QString line = QStringLiteral("%1%2. %3")
                           .arg(right ? QStringLiteral("\u2713 ") : QStringLiteral("   "))
                           .arg(number)
                           .arg(QString::fromStdString(q.options[i].text));
        if (pickAt != picks.end())
            line += QStringLiteral("  ") + ConsoleText::tr("[pick %1]").arg(pickAt - picks.begin() + 1);
        lines.push_back({line, right ? theme::consoleRight : pickAt != picks.end() ? theme::consoleMuted : theme::consoleText});
    }
    return lines;
}

/// A talking point as the console lists it, indented under its option.
QString talkingPointLine(const std::string &point)
{
    return QStringLiteral("      \u2022 ") + QString::fromStdString(point);
}

qreal talkingPointsHeight(const Question &q, const QFont &font, qreal width)
{
    qreal height = 0;
    for (const QuestionOption &option : q.options)
        for (const std::string &point : option.talkingPoints)
            height += textlayout::height(talkingPointLine(point), font, width) + theme::consoleLineGapPx;
    return height;
}

/// The right answer in its colour, and where the question stands; returns the height used.
qreal paintAnswerAndPhase(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys)
{
    const Question &q = session.slide().question;
    qreal y = area.top();
    const QString answer = ConsoleText::tr("Right answer: no. %1").arg(q.answer);
    y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), theme::consoleAnswerLinePx), answer,
                          uiFont(theme::consoleAnswerPx, QFont::Bold), theme::consoleRight);
    const QString phase = questionPhaseText(session, q, session.picks(), keys);
    y += textlayout::draw(painter, QRectF(area.left(), y + theme::consoleLineGapPx, area.width(), theme::consoleHintLinesPx), phase,
                          uiFont(theme::consoleHintPx), theme::consoleMuted)
         + theme::consoleParagraphGapPx;
    return y - area.top();
}
}  // namespace

qreal paintQuestion(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys,
                    std::vector<QRectF> *optionRects)
{
    const Slide &slide = session.slide();
    if (!slide.isQuestion())
        return 0;
    const Question &q = slide.question;
    const std::vector<int> picks = session.picks();
    qreal y = area.top() + paintAnswerAndPhase(painter, area, session, keys);
    // Every option whole, wrapped as the room reads it, where that leaves the notes their room; else the wrong
    // ones take a line each (the projector's picture beside shows them whole). The right one is never cut.
    const std::vector<OptionLine> lines = optionLines(q, picks);
    const auto optionsHeight = [&](const QFont &font) {
        qreal h = 0;
        for (const OptionLine &line : lines)
            h += textlayout::height(line.text, font, area.width()) + theme::consoleItemGapPx;
        return h;
    };
    const QFont optionFont = uiFont(theme::consoleOptionPx);
    const QFont pointFont = uiFont(theme::consoleTalkingPointPx);
    const bool wrapAll = y + optionsHeight(optionFont) <= area.top() + area.height() * theme::consoleWrappedOptionsShare;
    const QFontMetricsF metrics(optionFont);
    const auto heightOf = [&](std::size_t i) {
        return wrapAll || int(i) + 1 == q.answer ? textlayout::height(lines[i].text, optionFont, area.width()) : metrics.height();
    };
    qreal optionsLeft = 0;  // the height the options after this one need
    for (std::size_t i = 0; i < q.options.size(); ++i)
        optionsLeft += heightOf(i) + theme::consoleItemGapPx;
    // When not every talking point fits, the right answer's come first: they are what the facilitator needs.
    const bool allPoints = y + optionsLeft + talkingPointsHeight(q, pointFont, area.width()) <= area.bottom();
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        const qreal h = heightOf(i);
        optionsLeft -= h + theme::consoleItemGapPx;
        const bool whole = wrapAll || number == q.answer;
        const QString line = whole ? lines[i].text : metrics.elidedText(lines[i].text, Qt::ElideRight, area.width());
        if (optionRects)
            optionRects->push_back(QRectF(area.left(), y, area.width(), h + theme::consoleLineGapPx));
        y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), h + theme::consoleLineGapPx), line, optionFont, lines[i].colour)
             + theme::consoleItemGapPx;
        for (const std::string &point : q.options[i].talkingPoints) {
            if (!allPoints && number != q.answer)
                break;
            const QString p = talkingPointLine(point);
            // Options come before their talking points: a point that does not fit leaves room for the options after it.
            const qreal height = textlayout::height(p, pointFont, area.width());
            if (y + height > area.bottom() - optionsLeft)
                break;
            y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), height), p, pointFont, theme::consoleMuted)
                 + theme::consoleLineGapPx;
        }
    }
    return y - area.top() + theme::consoleSectionGapPx;
}

qreal paintNextLessons(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys)
{
    const std::vector<LinkedLesson> &lessons = session.slide().nextLessons;
    if (lessons.empty())
        return 0;
    qreal y = area.top();
    const QString heading = ConsoleText::tr("NEXT LESSON  (%1 opens the one the group chose)").arg(keys.keysText(Action::OpenLesson));
    if (!fitsWithOneLine(area, heading, uiFont(theme::consoleBodyPx)))
        return 0;  // the notes below keep their room; the summary slide shows the lessons to the room
    y += textlayout::drawWhole(painter, QPointF(area.left(), y), area.width(), heading, uiFont(theme::consoleHeadingPx, QFont::Bold),
                               theme::consoleHighlight)
         + theme::consoleItemGapPx;
    // One wrapped line, so the notes keep their room.
    QStringList items;
    for (std::size_t i = 0; i < lessons.size(); ++i) {
        const LinkedLesson &l = lessons[i];
        items << (l.title.empty()
                      ? ConsoleText::tr("%1 %2 (not found)").arg(i + 1).arg(QString::fromStdString(l.id))
                      : QStringLiteral("%1 %2 (%3)").arg(i + 1).arg(QString::fromStdString(l.title), QString::fromStdString(l.language)));
    }
    // Whole where it fits, else on one line that ends in "…": never cut through its letters.
    const QString line = items.join(QStringLiteral("  \u00B7  "));
    const QFont font = uiFont(theme::consoleBodyPx);
    const QFontMetricsF metrics(font);
    if (y + textlayout::height(line, font, area.width()) <= area.bottom())
        y += textlayout::drawWhole(painter, QPointF(area.left(), y), area.width(), line, font, theme::consoleText);
    else if (y + metrics.height() <= area.bottom())
        y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), metrics.height()),
                              metrics.elidedText(line, Qt::ElideRight, area.width()), font, theme::consoleText,
                              Qt::AlignLeft | Qt::TextSingleLine);
    return y - area.top() + theme::consoleSectionGapPx;
}

qreal paintFlipchart(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys, int editing,
                     std::vector<QRectF> *entryRects)
{
    if (!session.slide().flipchart)
        return 0;
    qreal y = area.top();
    const QString heading = ConsoleText::tr("FLIP CHART  (%1 writes, click an entry to edit it)").arg(keys.keysText(Action::Flipchart));
    if (!fitsWithOneLine(area, heading, uiFont(theme::consoleEntryPx)))
        return 0;  // the notes below keep their room; the projector shows the entries
    y += textlayout::drawWhole(painter, QPointF(area.left(), y), area.width(), heading, uiFont(theme::consoleHeadingPx, QFont::Bold),
                               theme::consoleHighlight)
         + theme::consoleItemGapPx;
    const auto &entries = session.flipchart(session.slideIndex());
    if (entries.empty())
        y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), theme::consoleHeadingLinePx),
                              ConsoleText::tr("No entries yet."), uiFont(theme::consoleBodyPx), theme::consoleMuted)
             + theme::consoleItemGapPx;
    const QFont font = uiFont(theme::consoleEntryPx);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString line = QStringLiteral("%1. %2").arg(i + 1).arg(entries[i]);
        const QFontMetricsF metrics(font);
        const QRectF rect(area.left(), y, area.width(), metrics.height() + theme::consoleLineGapPx);
        if (rect.bottom() > area.bottom())
            break;
        if (entryRects)
            entryRects->push_back(rect);
        textlayout::draw(painter, rect, metrics.elidedText(line, Qt::ElideRight, area.width()), font,
                         int(i) == editing ? theme::consoleHighlight : theme::consoleText);
        y += rect.height() + theme::consoleLineGapPx;
    }
    return y - area.top() + theme::consoleSectionGapPx;
}

qreal paintSummary(QPainter &painter, const QRectF &area, const SessionSummary &summary)
{
    qreal y = area.top();
    const QString heading =
        summary.plannedMs > 0
            ? ConsoleText::tr("Summary  —  %1 of %2 planned").arg(durationText(summary.totalMs), durationText(summary.plannedMs))
            : ConsoleText::tr("Summary  —  %1").arg(durationText(summary.totalMs));
    // The heading stays whole on its line: it grows smaller before it would be cut ("… of 95 min planned").
    int headingPx = theme::consoleSummaryHeadingPx;
    while (headingPx > theme::consoleSummaryHeadingMinPx
           && QFontMetricsF(uiFont(headingPx, QFont::Bold)).horizontalAdvance(heading) > area.width())
        --headingPx;
    const QFont headingFont = uiFont(headingPx, QFont::Bold);
    y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), textlayout::height(heading, headingFont, area.width())), heading,
                          headingFont, theme::consoleText)
         + theme::consoleParagraphGapPx;
    const QFont font = uiFont(theme::consoleBodyPx);
    // Line by line while they fit: the notes below keep the rest of the column.
    auto line = [&](const QString &text, const QColor &colour) {
        const qreal height = textlayout::height(text, font, area.width());
        if (y + height > area.bottom())
            return;
        y += textlayout::draw(painter, QRectF(area.left(), y, area.width(), height), text, font, colour) + theme::consoleLineGapPx;
    };
    for (const auto &q : summary.questions) {
        QStringList picks;
        for (int p : q.picks)
            picks << QString::number(p);
        QString text = QStringLiteral("%1:  ").arg(q.title);
        text += picks.isEmpty() ? ConsoleText::tr("no picks") : ConsoleText::tr("picks %1").arg(picks.join(QStringLiteral(" → ")));
        if (q.msToAnswer >= 0)
            text += QStringLiteral("  •  ")
                    + (q.foundByPicking ? ConsoleText::tr("found in %1") : ConsoleText::tr("revealed after %1"))
                          .arg(durationText(q.msToAnswer));
        line(text, theme::consoleText);
    }
    y += theme::consoleParagraphGapPx;
    // Only the flip charts the room wrote on: an empty one says nothing, and the notes below need the room.
    for (const auto &f : summary.flipcharts) {
        const int entries = int(f.entries.size());
        if (entries > 0)
            line(ConsoleText::tr("%1: %n flip-chart entries", nullptr, entries).arg(f.title), theme::consoleMuted);
    }
    return y - area.top() + theme::consoleParagraphGapPx;
}

QString helpHeading()
{
    return ConsoleText::tr("Keys");
}

QString helpFooter()
{
    return ConsoleText::tr("1–6 pick an option at a question. Elsewhere, type a slide number and press Enter to jump. "
                           "Keys can be changed in %1.")
        .arg(KeyBindings::overridePath());
}

}  // namespace stoppunkt::consolepanels
