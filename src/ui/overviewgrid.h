// SPDX-License-Identifier: MIT
#pragma once

#include "ui/sliderenderer.h"

#include <QRectF>

class QPainter;

namespace stoppunkt {

class SessionView;

/// The console's overview: every slide as a thumbnail, to jump to one with the mouse or the arrow keys.
class OverviewGrid {
public:
    void open(int current)
    {
        m_selected = current;
        m_open = true;
    }
    void close() { m_open = false; }
    bool isOpen() const { return m_open; }
    int selected() const { return m_selected; }
    void select(int index) { m_selected = index; }

    /// `typed`: the slide number being typed, shown over the grid ("Go to slide 12: Enter").
    void paint(QPainter &painter, const QRectF &area, const SessionView &session, const QString &typed = {}) const;
    /// The slide under a point, or -1.
    int slideAt(const QRectF &area, int slideCount, const QPointF &point) const;
    /// Moves the selection by rows or columns within `slideCount`.
    void move(int dx, int dy, int slideCount);

private:
    struct Grid {
        int columns;
        QSizeF cell;
        QPointF origin;

        /// Where the slide with this index sits: its thumbnail and its label below.
        QRectF cellOf(int index) const;
    };
    static Grid gridFor(const QRectF &area, int slideCount);

    bool m_open = false;
    int m_selected = 0;
    mutable int m_columns = 4;
    SlideRenderer m_renderer;
};

}  // namespace stoppunkt
