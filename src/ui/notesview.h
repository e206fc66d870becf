// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace stoppunkt {

/// The console's notes: one text size on every slide (the facilitator's ± setting, never below a readable
/// floor), and a panel that scrolls when the notes do not fit, with a mark that says there is more.
class NotesView {
    Q_DECLARE_TR_FUNCTIONS(NotesView)

public:
    /// The smallest notes text, in pixels: readable on a 720p laptop screen.
    static constexpr qreal kFloorPx = 16;

    /// The text size for a console `windowHeight` pixels high, at `zoom` steps of ±15 % (one size for every
    /// slide; a larger window gets larger notes).
    static qreal fontPx(int windowHeight, int zoom);

    /// Lays the notes out in `area` at `px`; keeps the scroll position when the notes are the same ones.
    void layout(const std::vector<Note> &notes, const QRectF &area, qreal px);
    /// `downKeys`, `upKeys`: the keys that scroll, as bound, named in the "more" marks.
    void paint(QPainter &painter, const QString &downKeys, const QString &upKeys) const;
    /// Scrolls by `steps` lines (positive: down); false when there is nothing further that way.
    bool scrollBy(int steps);

    const QRectF &area() const { return m_area; }
    qreal contentHeight() const { return m_contentHeight; }
    qreal scroll() const { return m_scroll; }
    qreal maxScroll() const;
    qreal px() const { return m_px; }
    /// Where each note is laid out, relative to the top of the content (before scrolling).
    const std::vector<QRectF> &noteRects() const { return m_rects; }

private:
    std::vector<Note> m_notes;
    QRectF m_area;
    qreal m_px = 20;
    qreal m_scroll = 0;
    qreal m_contentHeight = 0;
    std::vector<QRectF> m_rects;
};

}  // namespace stoppunkt
