// SPDX-License-Identifier: MIT
// The escalation staircase: steps rise from the bottom left, warming from calm to hot; beside each step
// stand what the customer says and what you can do. With builds, later steps show as empty outlines.
#include "ui/slidegeometry.h"
#include "ui/slidepainters.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace stoppunkt::slidepainters {

namespace {
namespace g = geometry::staircase;

struct Columns {
    qreal stairsRight;
    QRectF first;  ///< says, or detail
    QRectF second;  ///< action; empty when not used
    QString firstHeading;
    QString secondHeading;
};

Columns columnsFor(const RoomSlide &slide, const QRectF &content, bool hasSays, bool hasAction, bool hasDetail)
{
    Columns c;
    const qreal w = content.width();
    if (hasSays && hasAction) {
        c.stairsRight = content.left() + w * g::stairsShareWithTwoColumns;
        c.first = QRectF(c.stairsRight + g::stairsGap, content.top(), w * g::firstColumnShare, content.height());
        c.second =
            QRectF(c.first.right() + g::columnGap, content.top(), content.right() - c.first.right() - g::columnGap, content.height());
    } else if (hasSays || hasDetail) {
        c.stairsRight = content.left() + w * g::stairsShareWithOneColumn;
        c.first = QRectF(c.stairsRight + g::stairsGap, content.top(), content.right() - c.stairsRight - g::stairsGap, content.height());
    } else {
        c.stairsRight = content.right();
    }
    c.firstHeading = QString::fromStdString(hasSays ? slide.saysHeading : std::string());
    c.secondHeading = QString::fromStdString(slide.actionHeading);
    return c;
}
/// The columns' headings ("Kunden siger", "Du gør") above the stairs; returns the height they take.
qreal paintHeadings(QPainter &painter, const Columns &cols, qreal top)
{
    const QFont headingFont = theme::font(g::headingPx, QFont::Bold);
    textlayout::draw(painter, QRectF(cols.first.left(), top - g::headingRaise, cols.first.width(), g::headingBox), cols.firstHeading,
                     headingFont, theme::muted);
    if (!cols.second.isEmpty())
        textlayout::draw(painter, QRectF(cols.second.left(), top - g::headingRaise, cols.second.width(), g::headingBox), cols.secondHeading,
                         headingFont, theme::muted);
    return g::headingHeight;
}

/// A step of the stairs: its band in the colour of its height, the number the lesson gives on the riser and
/// the label beside it (without a number the label starts there); only a dashed outline before it is built.
void paintStep(QPainter &painter, const QRectF &band, const StaircaseStep &step, const QColor &colour, bool built, bool numbered,
               int labelSize)
{
    if (!built) {
        painter.setPen(QPen(theme::rule, g::outlineWidth, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(band, g::stepCorner, g::stepCorner);
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRoundedRect(band, g::stepCorner, g::stepCorner);
    const QColor onColour = theme::textOn(colour);
    if (!step.number.empty())
        textlayout::draw(painter, QRectF(band.left() + g::numberInset, band.top(), g::numberBox, band.height()),
                         QString::fromStdString(step.number), theme::font(labelSize, QFont::Bold), onColour,
                         Qt::AlignLeft | Qt::AlignVCenter);
    const QRectF labelRect =
        band.adjusted(numbered ? g::labelInsetNumbered : g::labelInset, g::labelInsetY, -g::labelInsetRight, -g::labelInsetY);
    const QString label = QString::fromStdString(step.label);
    const int fitted = textlayout::fittingSize({label}, labelRect.width(), labelRect.height(), labelSize, g::leastLabelPx, 0, QFont::Bold);
    textlayout::draw(painter, labelRect, label, theme::font(fitted, QFont::Bold), onColour, Qt::AlignLeft | Qt::AlignVCenter);
}

/// A cell beside a step: what is said, quoted in a bubble tinted with the step's colour, or what is done, with
/// a bar in that colour. Nothing for an empty cell or a column the slide does not have.
void paintCell(QPainter &painter, const QRectF &r, const std::string &text, bool quote, int size, const QColor &colour)
{
    if (r.isEmpty() || text.empty())
        return;
    QString t = QString::fromStdString(text);
    if (quote)
        t = QStringLiteral("\u201C%1\u201D").arg(t);
    painter.setPen(Qt::NoPen);
    QColor tint = colour;
    tint.setAlphaF(quote ? g::bubbleTint : 0.0);
    painter.setBrush(tint);
    if (quote)
        painter.drawRoundedRect(r, g::bubbleCorner, g::bubbleCorner);
    else
        painter.fillRect(QRectF(r.left(), r.top() + g::barInsetY, g::barWidth, r.height() - 2 * g::barInsetY), colour);
    textlayout::draw(painter, r.adjusted(g::cellInsetLeft, g::cellInsetY, -g::cellInsetRight, -g::cellInsetY), t,
                     theme::font(size, QFont::Normal, quote), theme::ink, Qt::AlignLeft | Qt::AlignVCenter);
}
/// One text size per column: the largest at which every cell of that column fits, so a column reads evenly.
int columnTextSize(const std::vector<StaircaseStep> &steps, const QRectF &column, std::string StaircaseStep::*field, bool quote,
                   qreal rowHeight)
{
    int size = std::min(g::mostTextPx, int(rowHeight * g::cellTextShareOfRow));
    for (const StaircaseStep &step : steps) {
        const std::string &text = step.*field;
        if (text.empty() || column.isEmpty())
            continue;
        QString t = QString::fromStdString(text);
        if (quote)
            t = QStringLiteral("\u201C%1\u201D").arg(t);
        size = std::min(
            size, textlayout::fittingSize({t}, column.width() - g::cellFitSlackX, rowHeight - g::cellFitSlackY, size, g::leastCellPx, 0));
    }
    return size;
}
}  // namespace

void paintStaircase(QPainter &painter, const SlideFrame &frame, const QRectF &fullContent)
{
    const RoomSlide &slide = frame.view.slide;
    const int n = static_cast<int>(slide.steps.size());
    if (n == 0)
        return;
    const int visible = slide.build ? std::min(frame.view.buildStep, n) : n;
    bool hasSays = false, hasAction = false, hasDetail = false;
    for (const StaircaseStep &s : slide.steps) {
        hasSays = hasSays || !s.says.empty();
        hasAction = hasAction || !s.action.empty();
        hasDetail = hasDetail || !s.detail.empty();
    }
    QRectF content = fullContent;
    const bool headings = (hasSays && !slide.saysHeading.empty()) || (hasAction && !slide.actionHeading.empty());
    Columns cols = columnsFor(slide, content, hasSays, hasAction, hasDetail);
    if (headings)
        content.setTop(content.top() + paintHeadings(painter, cols, content.top()));

    const qreal rowGap = g::rowGap;
    const qreal rowHeight = (content.height() - rowGap * (n - 1)) / n;
    const qreal stairsWidth = cols.stairsRight - content.left();
    const qreal rise = std::min<qreal>(g::mostRise, stairsWidth * g::riseShare / std::max(1, n - 1));
    const int labelSize = std::min(g::mostTextPx, int(rowHeight * g::labelShareOfRow));
    const auto columnSize = [&](const QRectF &column, std::string StaircaseStep::*field, bool quote) {
        return columnTextSize(slide.steps, column, field, quote, rowHeight);
    };
    const int firstSize =
        hasSays ? columnSize(cols.first, &StaircaseStep::says, true) : columnSize(cols.first, &StaircaseStep::detail, false);
    const int secondSize = hasSays ? columnSize(cols.second, &StaircaseStep::action, false) : firstSize;

    const bool numbered = std::any_of(slide.steps.begin(), slide.steps.end(), [](const StaircaseStep &s) { return !s.number.empty(); });
    for (int i = 0; i < n; ++i) {
        const StaircaseStep &step = slide.steps[i];
        const qreal top = content.bottom() - (i + 1) * rowHeight - i * rowGap;
        const QRectF band(content.left() + i * rise, top, cols.stairsRight - content.left() - i * rise, rowHeight);
        const QColor colour = theme::escalation(n > 1 ? double(i) / (n - 1) : 0);
        paintStep(painter, band, step, colour, i < visible, numbered, labelSize);
        if (i >= visible)
            continue;
        const auto cellIn = [&](const QRectF &column) {
            return column.isEmpty() ? QRectF() : QRectF(column.left(), top, column.width(), rowHeight);
        };
        if (hasSays) {
            paintCell(painter, cellIn(cols.first), step.says, true, firstSize, colour);
            paintCell(painter, cellIn(cols.second), step.action, false, secondSize, colour);
        } else {
            paintCell(painter, cellIn(cols.first), step.detail, false, firstSize, colour);
        }
    }
}

}  // namespace stoppunkt::slidepainters
