// SPDX-License-Identifier: MIT
#include "ui/overviewgrid.h"

#include "session/session.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace stoppunkt {

OverviewGrid::Grid OverviewGrid::gridFor(const QRectF &area, int slideCount)
{
    // The most columns that still fit every row, keeping thumbnails 16:9.
    int columns = 2;
    for (int c = 2; c <= 8; ++c) {
        const qreal w = (area.width() - (c + 1) * 16.0) / c;
        const int rows = (slideCount + c - 1) / c;
        if (rows * (w * 9 / 16 + 34) + (rows + 1) * 16.0 <= area.height()) {
            columns = c;
            break;
        }
        columns = c;
    }
    const qreal w = (area.width() - (columns + 1) * 16.0) / columns;
    return {columns, QSizeF(w, w * 9 / 16 + 34), area.topLeft() + QPointF(16, 16)};
}

void OverviewGrid::paint(QPainter &painter, const QRectF &area, const Session &session, const QString &typed) const
{
    painter.fillRect(area, theme::consoleOverlay);
    const Grid grid = gridFor(area, session.slideCount());
    m_columns = grid.columns;
    for (int i = 0; i < session.slideCount(); ++i) {
        const QPointF at =
            grid.origin + QPointF((i % grid.columns) * (grid.cell.width() + 16), (i / grid.columns) * (grid.cell.height() + 16));
        const QRectF thumb(at, QSizeF(grid.cell.width(), grid.cell.width() * 9 / 16));
        m_renderer.render(painter, thumb, frameFor(session, session.thumbnailOf(i)));
        if (i == m_selected || i == session.slideIndex()) {
            painter.setPen(QPen(i == m_selected ? theme::consoleHighlight : theme::consoleMuted, i == m_selected ? 5 : 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(thumb.adjusted(-3, -3, 3, 3));
        }
        const QString label = QStringLiteral("%1  %2").arg(i + 1).arg(QString::fromStdString(session.lesson().slides[i].title));
        QFont font = theme::font(14, i == m_selected ? QFont::Bold : QFont::Normal);
        painter.setFont(font);
        painter.setPen(theme::consoleText);
        painter.drawText(QRectF(thumb.left(), thumb.bottom() + 6, thumb.width(), 24), Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, int(thumb.width())));
    }
    if (!typed.isEmpty()) {
        const QRectF banner(area.center().x() - 260, area.bottom() - 96, 520, 72);
        painter.setPen(QPen(theme::consoleHighlight, 3));
        painter.setBrush(theme::consolePanel);
        painter.drawRoundedRect(banner, 12, 12);
        textlayout::draw(painter, banner, QCoreApplication::translate("Console", "Go to slide %1: Enter").arg(typed),
                         theme::uiFont(30, QFont::Bold), theme::consoleHighlight, Qt::AlignCenter);
    }
}

int OverviewGrid::slideAt(const QRectF &area, int slideCount, const QPointF &point) const
{
    const Grid grid = gridFor(area, slideCount);
    for (int i = 0; i < slideCount; ++i) {
        const QPointF at =
            grid.origin + QPointF((i % grid.columns) * (grid.cell.width() + 16), (i / grid.columns) * (grid.cell.height() + 16));
        if (QRectF(at, grid.cell).contains(point))
            return i;
    }
    return -1;
}

void OverviewGrid::move(int dx, int dy, int slideCount)
{
    m_selected = std::clamp(m_selected + dx + dy * m_columns, 0, slideCount - 1);
}

bool OverviewGrid::moveByKey(int key, int slideCount)
{
    switch (key) {
    case Qt::Key_Left: move(-1, 0, slideCount); return true;
    case Qt::Key_Right: move(1, 0, slideCount); return true;
    case Qt::Key_Up: move(0, -1, slideCount); return true;
    case Qt::Key_Down: move(0, 1, slideCount); return true;
    default: return false;
    }
}

}  // namespace stoppunkt
