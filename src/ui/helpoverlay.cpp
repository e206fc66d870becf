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
/// The keys' share of a column, tried in this order: the first that fits wins.
constexpr qreal kKeyShares[] = {0.40, 0.34, 0.46, 0.28};

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
    const qreal columnWidth = (body.width() - theme::helpColumnGapPx * (columns - 1)) / columns;
    const qreal keyWidth = columnWidth * keyShare;
    const qreal textWidth = columnWidth - keyWidth - theme::helpKeyGapPx;
    int column = 0;
    qreal y = body.top();
    for (HelpLayout::Row &row : layout.rows) {
        const qreal height = std::max(textlayout::height(row.keys, layout.keyFont, keyWidth),
                                      textlayout::height(row.description, layout.textFont, textWidth))
                             + theme::helpRowPaddingPx;
        if (y + height > body.bottom()) {
            if (++column >= columns)
                return false;
            y = body.top();
        }
        const qreal left = body.left() + column * (columnWidth + theme::helpColumnGapPx);
        row.keysRect = QRectF(left, y, keyWidth, height);
        row.descriptionRect = QRectF(left + keyWidth + theme::helpKeyGapPx, y, textWidth, height);
        y += height;
    }
    return true;
}
}  // namespace

HelpLayout HelpLayout::of(const QRectF &area, const KeyBindings &bindings, bool authorMode)
{
    HelpLayout layout;
    for (const Action action : helpActions(authorMode))
        layout.rows.push_back({keyNames(bindings, action), actionDescription(actionInfo(action)), {}, {}});
    using namespace theme;
    const qreal margin = std::max<qreal>(helpMarginPx, area.width() * helpMarginShare);
    const QRectF inner = area.adjusted(margin, helpTopPx, -margin, -helpBottomPx);
    layout.heading = QRectF(inner.left(), inner.top(), inner.width(), helpHeadingLinePx);
    layout.footerFont = uiFont(helpFooterPx);
    const QString footer = consolepanels::helpFooter();
    const qreal footerHeight = textlayout::height(footer, layout.footerFont, inner.width());
    layout.footer = QRectF(inner.left(), inner.bottom() - footerHeight, inner.width(), footerHeight);
    const qreal bodyTop = layout.heading.bottom() + helpBodyGapPx;
    const QRectF body(inner.left(), bodyTop, inner.width(), layout.footer.top() - helpBodyGapPx - consoleLineGapPx - bodyTop);
    // The largest size that fits: one column before two or three, and the keys' share of a column as it suits them.
    for (int px = helpLargestPx; px >= consoleSmallestTextPx; --px) {
        layout.keyFont = uiFont(px, QFont::Bold);
        layout.textFont = uiFont(px);
        for (int columns : {1, 2, 3})
            for (qreal keyShare : kKeyShares)
                if (place(layout, body, columns, keyShare)) {
                    layout.fits = true;
                    return layout;
                }
    }
    place(layout, body, 2, kKeyShares[0]);
    return layout;
}

void HelpLayout::paint(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, theme::consoleOverlay);  // opaque: no slide text shows through the keys
    textlayout::draw(painter, heading, consolepanels::helpHeading(), theme::uiFont(theme::helpHeadingPx, QFont::Bold), theme::consoleText);
    for (const Row &row : rows) {
        textlayout::draw(painter, row.keysRect, row.keys, keyFont, theme::consoleHighlight);
        textlayout::draw(painter, row.descriptionRect, row.description, textFont, theme::consoleText);
    }
    textlayout::draw(painter, footer, consolepanels::helpFooter(), footerFont, theme::consoleMuted);
}

}  // namespace stoppunkt
