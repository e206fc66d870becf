// SPDX-License-Identifier: MIT
#include "ui/notesview.h"

#include "ui/noteicon.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stoppunkt {

namespace {

bool sameNotes(const std::vector<Note> &a, const std::vector<Note> &b)
{
    return a.size() == b.size()
           && std::equal(a.begin(), a.end(), b.begin(), [](const Note &x, const Note &y) { return x.kind == y.kind && x.text == y.text; });
}
}  // namespace

qreal NotesView::fontPx(int windowHeight, int zoom)
{
    const qreal base = std::clamp<qreal>(windowHeight * theme::notesHeightShare, theme::notesSmallestPx, theme::notesLargestPx);
    return std::max(kFloorPx, base * std::pow(theme::notesZoomStep, zoom));
}

void NotesView::layout(const std::vector<Note> &notes, const QRectF &area, qreal px)
{
    if (!sameNotes(notes, m_notes))
        m_scroll = 0;  // another slide's notes start at their top
    m_notes = notes;
    m_area = area;
    m_px = px;
    m_rects.clear();
    const QFont font = theme::uiFont(px);
    const qreal icon = px * theme::notesIconShare;
    const qreal column = icon * theme::notesIconColumnShare;
    const qreal width = std::max<qreal>(theme::notesTextMinWidthPx, area.width() - column - theme::notesRightPx);
    qreal y = 0;
    for (const Note &note : notes) {
        const qreal h = std::max(icon, textlayout::height(QString::fromStdString(note.text), font, width));
        m_rects.emplace_back(area.left() + column, y, width, h);
        y += h + px * theme::notesGapShare;
    }
    m_contentHeight = notes.empty() ? 0 : y - px * theme::notesGapShare;
    m_scroll = std::clamp(m_scroll, 0.0, maxScroll());
}

qreal NotesView::maxScroll() const
{
    return std::max<qreal>(0, m_contentHeight - m_area.height());
}

bool NotesView::scrollBy(int steps)
{
    const qreal before = m_scroll;
    m_scroll = std::clamp(m_scroll + steps * m_px * theme::notesScrollShare, 0.0, maxScroll());
    return m_scroll != before;
}

void NotesView::paint(QPainter &painter, const QString &downKeys, const QString &upKeys) const
{
    if (m_notes.empty()) {
        textlayout::draw(painter, m_area, tr("No notes on this slide."), theme::uiFont(m_px * theme::notesEmptyShare), theme::consoleMuted);
        return;
    }
    painter.save();
    // A note's text starts a line gap above its box (the line's leading): the clip takes that gap in, so the
    // first line's accents and capitals are never shaved.
    painter.setClipRect(m_area.adjusted(0, -theme::consoleLineGapPx, 0, 0));
    const QFont font = theme::uiFont(m_px);
    const qreal icon = m_px * theme::notesIconShare;
    for (std::size_t i = 0; i < m_notes.size(); ++i) {
        const QRectF text = m_rects[i].translated(0, m_area.top() - m_scroll);
        if (text.bottom() < m_area.top() || text.top() > m_area.bottom())
            continue;
        paintNoteIcon(painter, QRectF(m_area.left(), text.top(), icon * theme::notesIconWidthShare, icon * theme::notesIconHeightShare),
                      m_notes[i].kind, theme::consoleMuted);
        const QColor colour = m_notes[i].kind == NoteKind::Important ? theme::consoleImportant : theme::consoleText;
        textlayout::draw(painter, text.adjusted(0, -theme::consoleLineGapPx, 0, theme::notesTextOverhangPx),
                         QString::fromStdString(m_notes[i].text), font, colour);
    }
    painter.restore();
    // What is out of sight is marked, so no note is missed: "more below", "more above".
    const QFont markFont = theme::uiFont(theme::notesMarkPx, QFont::Bold);
    const qreal markHeight = theme::notesMarkLinePx;
    auto mark = [&](qreal y, const QString &text) {
        const QRectF band(m_area.left(), y, m_area.width(), markHeight);
        painter.fillRect(band, theme::consolePanel);
        textlayout::draw(painter, band, text, markFont, theme::consoleHighlight, Qt::AlignRight | Qt::AlignVCenter);
    };
    if (m_scroll < maxScroll())
        mark(m_area.bottom() - markHeight, tr("\u25BC more below (wheel or %1)").arg(downKeys));
    if (m_scroll > 0)
        mark(m_area.top(), tr("\u25B2 more above (wheel or %1)").arg(upKeys));
}

}  // namespace stoppunkt
