// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace stoppunkt {

/// Word-wrapped text on the design canvas: measuring, shrinking to fit, drawing.
namespace textlayout {

/// The height `text` takes when wrapped to `width`.
qreal height(const QString &text, const QFont &font, qreal width);
/// The largest pixel size from `largest` down to `smallest` at which every text, wrapped to `width`
/// and stacked with `gap` between them, fits in `maxHeight`. Returns `smallest` when none fits.
int fittingSize(const QStringList &texts, qreal width, qreal maxHeight, int largest, int smallest, qreal gap,
                QFont::Weight weight = QFont::Normal);
/// Draws wrapped text at `topLeft`, `width` wide, as high as it needs (never cut to a line height); returns that
/// height.
qreal drawWhole(QPainter &painter, const QPointF &topLeft, qreal width, const QString &text, const QFont &font, const QColor &color);
/// Draws wrapped text; returns the height used.
qreal draw(QPainter &painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
           int flags = Qt::AlignLeft | Qt::AlignTop);

}  // namespace textlayout
}  // namespace stoppunkt
