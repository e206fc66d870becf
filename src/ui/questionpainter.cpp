// SPDX-License-Identifier: MIT
// The film question as the room sees it: "Film #1", the question, and numbered options. Wrong picks are
// crossed out and dimmed; the right answer is marked only once it is picked or revealed.
#include "ui/questionlayout.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace stoppunkt::slidepainters {

namespace {
void paintMark(QPainter &painter, const QRectF &badge, bool right)
{
    painter.setPen(QPen(Qt::white, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const QPointF c = badge.center();
    const qreal r = badge.width() * 0.22;
    if (right) {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-r, 0));
        tick.lineTo(c + QPointF(-r * 0.3, r * 0.7));
        tick.lineTo(c + QPointF(r, -r * 0.7));
        painter.drawPath(tick);
    } else {
        painter.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
        painter.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
    }
}
}  // namespace

void paintQuestion(QPainter &painter, const SlideFrame &frame)
{
    const AudienceView &view = frame.view;
    const RoomQuestion &q = view.slide.question;
    const QFont kicker = theme::font(34, QFont::Bold);
    textlayout::draw(painter, QRectF(kMargin, 122, 900, 50), QString::fromStdString(view.slide.title), kicker, theme::accent);
    const QuestionLayout layout = layoutQuestion(q);
    textlayout::draw(painter, layout.prompt, QString::fromStdString(q.prompt), theme::font(layout.promptPx, QFont::Bold), theme::ink);
    const int size = layout.optionPx;
    QStringList texts;
    for (const RoomOption &o : q.options)
        texts << QString::fromStdString(o.text);

    for (int i = 0; i < int(layout.options.size()); ++i) {
        const int number = i + 1;
        const bool picked = std::find(view.picks.begin(), view.picks.end(), number) != view.picks.end();
        const bool right = q.answer == number;  // 0 until picked or revealed: the room cannot learn it early
        const bool wrongPick = picked && !right;
        const QRectF row = layout.options[i].card;
        const QRectF badge = layout.options[i].badge;
        const qreal badgeSize = badge.width();

        painter.setOpacity(wrongPick ? 0.45 : 1.0);
        painter.setPen(right ? QPen(theme::right, 5) : QPen(theme::rule, 2));
        painter.setBrush(right ? theme::rightTint : theme::card);
        painter.drawRoundedRect(row, 16, 16);

        painter.setPen(Qt::NoPen);
        painter.setBrush(right ? theme::right : wrongPick ? theme::wrong : theme::ink);
        painter.drawEllipse(badge);
        if (right || wrongPick)
            paintMark(painter, badge, right);
        else
            textlayout::draw(painter, badge, QString::number(number), theme::font(int(badgeSize * 0.5), QFont::Bold), Qt::white,
                             Qt::AlignCenter);

        const QRectF textRect = layout.options[i].text;
        QFont font = theme::font(size, right ? QFont::Bold : QFont::Normal);
        font.setStrikeOut(wrongPick);
        const QString feedback = QString::fromStdString(q.options[i].feedback);
        if (feedback.isEmpty()) {
            textlayout::draw(painter, textRect, texts[i], font, theme::ink, Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            const qreal h = textlayout::height(texts[i], font, textRect.width());
            const QFont feedbackFont = theme::font(std::max(20, size - 8), QFont::Normal, true);
            const qreal fh = textlayout::height(feedback, feedbackFont, textRect.width());
            const qreal y = textRect.center().y() - (h + fh + 6) / 2;
            textlayout::draw(painter, QRectF(textRect.left(), y, textRect.width(), h + 2), texts[i], font, theme::ink);
            painter.setOpacity(1.0);
            textlayout::draw(painter, QRectF(textRect.left(), y + h + 6, textRect.width(), fh + 2), feedback, feedbackFont,
                             right ? theme::right : theme::accent);
        }
        painter.setOpacity(1.0);
    }
}

}  // namespace stoppunkt::slidepainters
