// SPDX-License-Identifier: MIT
#include "ui/textlayout.h"

#include "ui/theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace stoppunkt::textlayout {

namespace {
/// Wraps at word boundaries, unless a word is wider than the line: then anywhere, so the word stays inside
/// its box instead of running out of it (or, in a table, pushing the layout off the slide).
int wrapFlag(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    constexpr int kShortWord = 12;  // narrower than any box the renderer makes; not worth measuring
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        if (i - start > kShortWord && metrics.horizontalAdvance(text.mid(start, i - start)) > width)
            return Qt::TextWrapAnywhere;
        start = i + 1;
    }
    return Qt::TextWordWrap;
}
}  // namespace

qreal height(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), wrapFlag(text, metrics, width), text).height();
}

int fittingSize(const QStringList &texts, qreal width, qreal maxHeight, int largest, int smallest, qreal gap, QFont::Weight weight)
{
    for (int size = largest; size > smallest; size -= 2) {
        const QFont f = theme::font(size, weight);
        qreal total = 0;
        for (const QString &t : texts)
            total += height(t, f, width);
        total += gap * std::max<qsizetype>(0, texts.size() - 1);
        if (total <= maxHeight)
            return size;
    }
    return smallest;
}

qreal draw(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color, int flags)
{
    painter.setFont(font);
    painter.setPen(color);
    QRectF used;
    painter.drawText(rect, flags | wrapFlag(text, QFontMetricsF(font), rect.width()), text, &used);
    return used.height();
}

qreal drawWhole(QPainter &painter, const QPointF &topLeft, qreal width, const QString &text, const QFont &font, const QColor &color)
{
    return draw(painter, QRectF(topLeft, QSizeF(width, height(text, font, width))), text, font, color);
}

}  // namespace stoppunkt::textlayout
