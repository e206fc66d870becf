// SPDX-License-Identifier: MIT
#include "ui/questionlayout.h"

#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <algorithm>

namespace stoppunkt {

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
    const qreal rowHeight = (bottom - top - gap * (n - 1)) / n;
    const qreal badgeSize = std::min<qreal>(76, rowHeight - 24);
    const qreal textWidth = SlideRenderer::kWidth - 2 * kMargin - badgeSize - 90;
    layout.optionPx = 40;
    for (const RoomOption &o : q.options)
        layout.optionPx = std::min(
            layout.optionPx, textlayout::fittingSize({QString::fromStdString(o.text)}, textWidth, rowHeight - 24, 40, 22, 0, QFont::Bold));
    for (int i = 0; i < int(q.options.size()); ++i) {
        QuestionLayout::Option option;
        option.card = QRectF(kMargin, top + i * (rowHeight + gap), SlideRenderer::kWidth - 2 * kMargin, rowHeight);
        option.badge = QRectF(option.card.left() + 28, option.card.center().y() - badgeSize / 2, badgeSize, badgeSize);
        option.text = QRectF(option.badge.right() + 34, option.card.top() + 10, textWidth, option.card.height() - 20);
        layout.options.push_back(option);
    }
    return layout;
}

}  // namespace stoppunkt
