// SPDX-License-Identifier: MIT
// The film question as the room sees it: "Film #1", the question, and numbered options. Wrong picks are
// crossed out and dimmed; the right answer is marked only once it is picked or revealed.
#include "ui/questionlayout.h"
#include "ui/slidegeometry.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace stoppunkt::slidepainters {

namespace {
namespace g = geometry::question;

void paintMark(QPainter &painter, const QRectF &badge, bool right)
{
    painter.setPen(QPen(Qt::white, g::markStroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    const QPointF c = badge.center();
    const qreal r = badge.width() * g::markShare;
    if (right) {
        QPainterPath tick;
        tick.moveTo(c + QPointF(-r, 0));
        tick.lineTo(c + QPointF(-r * g::tickElbowX, r * g::tickDepth));
        tick.lineTo(c + QPointF(r, -r * g::tickDepth));
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
    const QFont kicker = theme::font(g::kickerPx, QFont::Bold);
    textlayout::draw(painter, g::kickerBoxFromMargin.translated(kMargin, 0), QString::fromStdString(view.slide.title), kicker,
                     theme::accent);
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

        painter.setOpacity(wrongPick ? g::wrongPickOpacity : 1.0);
        painter.setPen(right ? QPen(theme::right, g::rightOutline) : QPen(theme::rule, g::outline));
        painter.setBrush(right ? theme::rightTint : theme::card);
        painter.drawRoundedRect(row, g::cardCorner, g::cardCorner);

        // The badge and its mark at full strength, also on a dimmed card: the cross says "tried, wrong" to
        // someone who cannot tell the colours apart, from the back of the room.
        painter.setOpacity(1.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(right ? theme::right : wrongPick ? theme::wrong : theme::ink);
        painter.drawEllipse(badge);
        if (right || wrongPick)
            paintMark(painter, badge, right);
        else
            textlayout::draw(painter, badge, QString::number(number), theme::font(int(badgeSize * g::badgeNumberShare), QFont::Bold),
                             Qt::white, Qt::AlignCenter);
        painter.setOpacity(wrongPick ? g::wrongPickOpacity : 1.0);

        const QRectF textRect = layout.options[i].text;
        QFont font = theme::font(size, right ? QFont::Bold : QFont::Normal);
        font.setStrikeOut(wrongPick);
        const QString feedback = QString::fromStdString(q.options[i].feedback);
        if (feedback.isEmpty()) {
            textlayout::draw(painter, textRect, texts[i], font, theme::ink, Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            const qreal h = textlayout::height(texts[i], font, textRect.width());
            const QFont feedbackFont = theme::font(std::max(g::leastFeedbackPx, size - g::feedbackSmallerPx), QFont::Normal, true);
            const qreal fh = textlayout::height(feedback, feedbackFont, textRect.width());
            const qreal y = textRect.center().y() - (h + fh + g::feedbackGap) / 2;
            textlayout::draw(painter, QRectF(textRect.left(), y, textRect.width(), h + g::textSlack), texts[i], font, theme::ink);
            painter.setOpacity(1.0);
            textlayout::draw(painter, QRectF(textRect.left(), y + h + g::feedbackGap, textRect.width(), fh + g::textSlack), feedback,
                             feedbackFont, right ? theme::right : theme::accent);
        }
        painter.setOpacity(1.0);
    }
}

}  // namespace stoppunkt::slidepainters
