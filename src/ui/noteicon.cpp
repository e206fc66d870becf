// SPDX-License-Identifier: MIT
#include "ui/noteicon.h"

#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

namespace stoppunkt {

void paintNoteIcon(QPainter &painter, const QRectF &box, NoteKind kind, const QColor &plainDot)
{
    painter.setPen(Qt::NoPen);
    if (kind == NoteKind::Plain) {
        if (plainDot.isValid()) {
            painter.setBrush(plainDot);
            const qreal r = box.height() * 0.16;
            painter.drawEllipse(QRectF(box.center() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        }
        return;
    }
    const QColor colour = kind == NoteKind::Important ? theme::accent : kind == NoteKind::Discuss ? theme::consoleHighlight : theme::calm;
    painter.setBrush(colour);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    const QString text = kind == NoteKind::Important ? QStringLiteral("!")
                         : kind == NoteKind::Discuss ? QStringLiteral("? !")
                                                     : QStringLiteral("\u2192");
    textlayout::draw(painter, box, text, theme::font(std::max(6, int(box.height() * 0.58)), QFont::Bold), theme::textOn(colour),
                     Qt::AlignCenter);
}

}  // namespace stoppunkt
