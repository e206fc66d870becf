// SPDX-License-Identifier: MIT
#include "textlayout.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace stoppunkt::textlayout {

qreal height(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

int fittingSize(const QStringList &texts, qreal width, qreal maxHeight, int largest, int smallest, qreal gap,
                QFont::Weight weight)
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

qreal draw(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
           int flags)
{
    painter.setFont(font);
    painter.setPen(color);
    QRectF used;
    painter.drawText(rect, flags | Qt::TextWordWrap, text, &used);
    return used.height();
}

} // namespace stoppunkt::textlayout
