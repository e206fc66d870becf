// SPDX-License-Identifier: MIT
#include "ui/questionlayout.h"

#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <algorithm>

namespace stoppunkt {

namespace {
constexpr qreal kBadge = 76;
constexpr qreal kRowPadding = 24;  ///< above and below an option's text, in its card
constexpr int kLargestOptionPx = 40;
constexpr int kLeastOptionPx = 22;

/// Each option's row at `px`: its text in bold, wrapped to `width`, with its padding; never less than `least`.
std::vector<qreal> rowHeights(const RoomQuestion &q, int px, qreal width, qreal least)
{
    const QFont bold = theme::font(px, QFont::Bold);
    std::vector<qreal> rows;
    for (const RoomOption &o : q.options)
        rows.push_back(std::max(least, textlayout::height(QString::fromStdString(o.text), bold, width) + kRowPadding));
    return rows;
}

qreal total(const std::vector<qreal> &rows)
{
    qreal sum = 0;
    for (qreal row : rows)
        sum += row;
    return sum;
}
}  // namespace

QuestionLayout layoutQuestion(const RoomQuestion &q)
{
    using slidepainters::kMargin;
    constexpr qreal kPromptTop = 172;
    constexpr qreal kPromptBox = 170;
    QuestionLayout layout;
    // Two lines of question fit whole: the type shrinks rather than the second line being cut off.
    const QString prompt = QString::fromStdString(q.prompt);
    const qreal promptWidth = SlideRenderer::kWidth - 2 * kMargin;
    layout.promptPx = textlayout::fittingSize({prompt}, promptWidth, kPromptBox, 58, 36, 0, QFont::Bold);
    // A prompt longer than its box is cut at the box, so the options keep their room.
    const qreal promptHeight = std::min(kPromptBox, textlayout::height(prompt, theme::font(layout.promptPx, QFont::Bold), promptWidth));
    layout.prompt = QRectF(kMargin, kPromptTop, promptWidth, promptHeight + 4);

    const int n = std::max<int>(1, int(q.options.size()));
    const qreal top = kPromptTop + promptHeight + 40;
    const qreal bottom = SlideRenderer::kHeight - 96;
    const qreal gap = 20;
    const qreal available = bottom - top - gap * (n - 1);
    // A row is at least as tall as its badge with a margin, or an equal share where that is less.
    const qreal least = std::min<qreal>(kBadge + kRowPadding, available / n);
    const qreal badgeSize = std::min<qreal>(kBadge, least - kRowPadding);
    const qreal textWidth = SlideRenderer::kWidth - 2 * kMargin - badgeSize - 90;
    // The largest size at which every option, in bold, fits a row as tall as it needs: a long option takes the
    // room a short one leaves, instead of every option shrinking to fit the longest in an equal share.
    layout.optionPx = kLargestOptionPx;
    std::vector<qreal> rows = rowHeights(q, layout.optionPx, textWidth, least);
    while (total(rows) > available && layout.optionPx > kLeastOptionPx) {
        layout.optionPx -= 2;
        rows = rowHeights(q, layout.optionPx, textWidth, least);
    }
    if (total(rows) > available)
        rows.assign(rows.size(), available / n);  // too long even at the least size: equal rows, as before
    const qreal extra = std::max<qreal>(0, (available - total(rows)) / n);  // the room left, shared out
    qreal y = top;
    for (qreal height : rows) {
        QuestionLayout::Option option;
        option.card = QRectF(kMargin, y, SlideRenderer::kWidth - 2 * kMargin, height + extra);
        option.badge = QRectF(option.card.left() + 28, option.card.center().y() - badgeSize / 2, badgeSize, badgeSize);
        option.text = QRectF(option.badge.right() + 34, option.card.top() + 10, textWidth, option.card.height() - 20);
        layout.options.push_back(option);
        y += height + extra + gap;
    }
    return layout;
}

}  // namespace stoppunkt
