// SPDX-License-Identifier: MIT
#include "ui/overviewgrid.h"

#include "session/sessionview.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace stoppunkt {

namespace {
/// A thumbnail's height for its width: the slide's aspect.
qreal thumbnailHeight(qreal width)
{
    return width * SlideRenderer::kHeight / SlideRenderer::kWidth;
}
}  // namespace

OverviewGrid::Grid OverviewGrid::gridFor(const QRectF &area, int slideCount)
{
    using namespace theme;
    const qreal labelHeight = overviewLabelGapPx + overviewLabelLinePx;
    const auto widthFor = [&](int columns) { return (area.width() - (columns + 1) * overviewGapPx) / columns; };
    // The fewest columns, hence the largest thumbnails, that still fit every row; else the most there may be.
    int columns = 2;
    for (; columns < overviewMostColumns; ++columns) {
        const int rows = (slideCount + columns - 1) / columns;
        if (rows * (thumbnailHeight(widthFor(columns)) + labelHeight) + (rows + 1) * overviewGapPx <= area.height())
            break;
    }
    const qreal w = widthFor(columns);
    return {columns, QSizeF(w, thumbnailHeight(w) + labelHeight), area.topLeft() + QPointF(overviewGapPx, overviewGapPx)};
}

QRectF OverviewGrid::Grid::cellOf(int index) const
{
    const QPointF at =
        origin
        + QPointF((index % columns) * (cell.width() + theme::overviewGapPx), (index / columns) * (cell.height() + theme::overviewGapPx));
    return QRectF(at, cell);
}

void OverviewGrid::paint(QPainter &painter, const QRectF &area, const SessionView &session, const QString &typed) const
{
    using namespace theme;
    painter.fillRect(area, consoleOverlay);
    const Grid grid = gridFor(area, session.slideCount());
    m_columns = grid.columns;
    for (int i = 0; i < session.slideCount(); ++i) {
        const QRectF cell = grid.cellOf(i);
        const QRectF thumb(cell.topLeft(), QSizeF(cell.width(), thumbnailHeight(cell.width())));
        m_renderer.render(painter, thumb, frameFor(session, session.thumbnailOf(i)));
        if (i == m_selected || i == session.slideIndex()) {
            painter.setPen(i == m_selected ? QPen(consoleHighlight, overviewSelectedFramePx) : QPen(consoleMuted, overviewCurrentFramePx));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(thumb.adjusted(-overviewFrameGapPx, -overviewFrameGapPx, overviewFrameGapPx, overviewFrameGapPx));
        }
        const QString label = QStringLiteral("%1  %2").arg(i + 1).arg(QString::fromStdString(session.lesson().slides[i].title));
        QFont font = theme::font(overviewLabelPx, i == m_selected ? QFont::Bold : QFont::Normal);
        painter.setFont(font);
        painter.setPen(consoleText);
        painter.drawText(QRectF(thumb.left(), thumb.bottom() + overviewLabelGapPx, thumb.width(), overviewLabelLinePx),
                         Qt::AlignLeft | Qt::AlignTop, painter.fontMetrics().elidedText(label, Qt::ElideRight, int(thumb.width())));
    }
    if (!typed.isEmpty()) {
        QRectF banner(QPointF(), overviewBannerSize);
        banner.moveCenter(QPointF(area.center().x(), area.bottom() - overviewBannerBottomPx - overviewBannerSize.height() / 2));
        painter.setPen(QPen(consoleHighlight, overviewBannerFramePx));
        painter.setBrush(consolePanel);
        painter.drawRoundedRect(banner, overviewBannerRadiusPx, overviewBannerRadiusPx);
        textlayout::draw(painter, banner, QCoreApplication::translate("Console", "Go to slide %1: Enter").arg(typed),
                         uiFont(overviewBannerTextPx, QFont::Bold), consoleHighlight, Qt::AlignCenter);
    }
}

int OverviewGrid::slideAt(const QRectF &area, int slideCount, const QPointF &point) const
{
    const Grid grid = gridFor(area, slideCount);
    for (int i = 0; i < slideCount; ++i)
        if (grid.cellOf(i).contains(point))
            return i;
    return -1;
}

void OverviewGrid::move(int dx, int dy, int slideCount)
{
    m_selected = std::clamp(m_selected + dx + dy * m_columns, 0, slideCount - 1);
}

}  // namespace stoppunkt
