// SPDX-License-Identifier: MIT
#include "ui/helpoverlay.h"

#include "input/action.h"
#include "input/keybindings.h"
#include "ui/consolepanels.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

namespace stoppunkt {

namespace {
constexpr qreal kLargestPx = 17;
constexpr qreal kColumnGap = 36;
constexpr qreal kRowPadding = 5;

/// An action's keys in the UI language, a key's own words held together ("Side ned" never splits).
QString keyNames(const KeyBindings &bindings, Action action)
{
    QStringList names;
    for (const QKeySequence &key : bindings.keysFor(action))
        names << key.toString(QKeySequence::NativeText).replace(QLatin1Char(' '), QChar(0x00A0));
    return names.join(QStringLiteral(" · "));
}

/// Places every row in `columns` columns of `body` at the fonts given; false when they do not all fit.
bool place(HelpLayout &layout, const QRectF &body, int columns, qreal keyShare)
{
    const qreal columnWidth = (body.width() - kColumnGap * (columns - 1)) / columns;
    const qreal keyWidth = columnWidth * keyShare;
    const qreal textWidth = columnWidth - keyWidth - 16;
    int column = 0;
    qreal y = body.top();
    for (HelpLayout::Row &row : layout.rows) {
        const qreal height = std::max(textlayout::height(row.keys, layout.keyFont, keyWidth),
                                      textlayout::height(row.description, layout.textFont, textWidth))
                             + kRowPadding;
        if (y + height > body.bottom()) {
            if (++column >= columns)
                return false;
            y = body.top();
        }
        const qreal left = body.left() + column * (columnWidth + kColumnGap);
        row.keysRect = QRectF(left, y, keyWidth, height);
        row.descriptionRect = QRectF(left + keyWidth + 16, y, textWidth, height);
        y += height;
    }
    return true;
}
}  // namespace

HelpLayout HelpLayout::of(const QRectF &area, const KeyBindings &bindings)
{
    HelpLayout layout;
    for (const ActionInfo &info : actionTable())
        layout.rows.push_back({keyNames(bindings, info.action), actionDescription(info), {}, {}});
    const qreal margin = std::max<qreal>(24, area.width() * 0.04);
    const QRectF inner = area.adjusted(margin, 20, -margin, -16);
    layout.heading = QRectF(inner.left(), inner.top(), inner.width(), 40);
    layout.footerFont = theme::uiFont(15);
    const QString footer = consolepanels::helpFooter();
    const qreal footerHeight = textlayout::height(footer, layout.footerFont, inner.width());
    layout.footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const QRectF body(inner.left(), layout.heading.bottom() + 6, inner.width(), layout.footer.top() - 8 - layout.heading.bottom() - 6);
    // The largest size that fits: one column before two or three, and the keys' share of a column as it suits them.
    for (qreal px = kLargestPx; px >= theme::consoleSmallestTextPx; px -= 1) {
        layout.keyFont = theme::uiFont(px, QFont::Bold);
        layout.textFont = theme::uiFont(px);
        for (int columns : {1, 2, 3})
            for (qreal keyShare : {0.40, 0.34, 0.46, 0.28})
                if (place(layout, body, columns, keyShare)) {
                    layout.fits = true;
                    return layout;
                }
    }
    place(layout, body, 2, 0.40);
    return layout;
}

void HelpLayout::paint(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, theme::consoleOverlay);  // opaque: no slide text shows through the keys
    textlayout::draw(painter, heading, consolepanels::helpHeading(), theme::uiFont(30, QFont::Bold), theme::consoleText);
    for (const Row &row : rows) {
        textlayout::draw(painter, row.keysRect, row.keys, keyFont, theme::consoleHighlight);
        textlayout::draw(painter, row.descriptionRect, row.description, textFont, theme::consoleText);
    }
    textlayout::draw(painter, footer, consolepanels::helpFooter(), footerFont, theme::consoleMuted);
}

}  // namespace stoppunkt
