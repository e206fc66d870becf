// SPDX-License-Identifier: MIT
// Painters for the data slides: a table, a 2×2 matrix and a bar chart, drawn from the lesson's own data.
#include "ui/datageometry.h"
#include "ui/slidepainters.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace stoppunkt::slidepainters {

namespace g = geometry;

namespace {
/// Column widths in proportion to how much each column has to say, so short columns do not waste room.
std::vector<qreal> columnWidths(const TableData &table, qreal total)
{
    std::vector<qreal> weight(table.columns.size(), 1.0);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        qreal longest = QString::fromStdString(table.columns[c]).size();
        for (const auto &row : table.rows)
            if (c < row.size())
                longest = std::max<qreal>(longest, QString::fromStdString(row[c]).size());
        weight[c] = std::sqrt(std::max<qreal>(longest, g::table::leastColumnWeight));
    }
    qreal sum = 0;
    for (qreal w : weight)
        sum += w;
    for (qreal &w : weight)
        w = total * w / sum;
    return weight;
}

qreal rowHeight(const std::vector<QString> &cells, const std::vector<qreal> &widths, const QFont &font, qreal pad)
{
    qreal h = 0;
    for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c)
        h = std::max(h, textlayout::height(cells[c], font, widths[c] - 2 * pad));
    return h + 2 * pad;
}

void paintCaption(QPainter &painter, const QString &caption)
{
    if (caption.isEmpty())
        return;
    textlayout::draw(painter, QRectF(kMargin, SlideRenderer::kHeight - g::caption::fromBottom, g::caption::width, g::caption::box), caption,
                     theme::font(g::caption::px, QFont::Normal, true), theme::muted, Qt::AlignLeft | Qt::AlignVCenter);
}

const QColor &seriesColour(std::size_t index)
{
    static const QColor colours[] = {theme::accent, theme::calm, theme::amber, theme::muted};
    return colours[index % std::size(colours)];
}
}  // namespace

void paintTable(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    const RoomSlide &slide = frame.view.slide;
    const TableData &table = slide.table;
    if (table.columns.empty())
        return;
    const std::vector<qreal> widths = columnWidths(table, content.width());
    std::vector<QString> header;
    for (const std::string &c : table.columns)
        header.push_back(QString::fromStdString(c));
    std::vector<std::vector<QString>> rows;
    for (const auto &row : table.rows) {
        rows.emplace_back();
        for (const std::string &cell : row)
            rows.back().push_back(QString::fromStdString(cell));
    }
    // The largest type at which the whole table (all rows, even those still to come) fits.
    int size = g::table::largestPx;
    qreal pad = 0;
    for (; size > g::table::leastPx; size -= g::table::pxStep) {
        pad = size * g::table::padShareOfPx;
        qreal total = rowHeight(header, widths, theme::font(size, QFont::Bold), pad);
        for (const auto &row : rows)
            total += rowHeight(row, widths, theme::font(size), pad);
        if (total <= content.height())
            break;
    }
    const QFont headFont = theme::font(size, QFont::Bold);
    const QFont bodyFont = theme::font(size);
    qreal y = content.top();
    auto paintRow = [&](const std::vector<QString> &cells, const QFont &font, const QFont &firstFont, const QColor &fill,
                        const QColor &text) {
        const qreal h = rowHeight(cells, widths, font, pad);
        painter.fillRect(QRectF(content.left(), y, content.width(), h), fill);
        qreal x = content.left();
        for (std::size_t c = 0; c < cells.size() && c < widths.size(); ++c) {
            textlayout::draw(painter, QRectF(x + pad, y + pad, widths[c] - 2 * pad, h - 2 * pad + g::table::textSlack), cells[c],
                             c == 0 ? firstFont : font, text);
            x += widths[c];
        }
        y += h;
        painter.fillRect(QRectF(content.left(), y - 1, content.width(), 2), theme::rule);
    };
    paintRow(header, headFont, headFont, theme::accent, Qt::white);
    const int visible = visibleItems(frame, int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        if (r >= visible)
            break;  // builds: rows still to come leave their place empty
        paintRow(rows[r], bodyFont, headFont, r % 2 ? theme::paper : theme::card, theme::ink);
    }
    paintCaption(painter, QString::fromStdString(slide.caption));
}

namespace {
/// A quadrant of the matrix: its box (filled when it is the one to stress), its label and its detail, centred.
void paintQuadrant(QPainter &painter, const MatrixQuadrant &q, const QRectF &box)
{
    painter.setPen(q.highlight ? Qt::NoPen : QPen(theme::rule, g::matrix::quadrantOutline));
    painter.setBrush(q.highlight ? theme::calm : theme::card);
    painter.drawRoundedRect(box, g::matrix::quadrantCorner, g::matrix::quadrantCorner);
    const QColor text = q.highlight ? theme::onAccent : theme::ink;
    const QRectF inner =
        box.adjusted(g::matrix::quadrantInsetX, g::matrix::quadrantInsetY, -g::matrix::quadrantInsetX, -g::matrix::quadrantInsetY);
    const QString label = QString::fromStdString(q.label);
    const QString detail = QString::fromStdString(q.detail);
    const int labelSize = textlayout::fittingSize({label}, inner.width(), inner.height() * g::matrix::labelShareOfHeight,
                                                  g::matrix::labelLargestPx, g::matrix::labelLeastPx, 0, QFont::Bold);
    const qreal h = textlayout::height(label, theme::font(labelSize, QFont::Bold), inner.width());
    const int detailSize = detail.isEmpty() ? g::matrix::detailLeastPx
                                            : textlayout::fittingSize({detail}, inner.width(), inner.height() - h - g::matrix::detailGap,
                                                                      g::matrix::detailLargestPx, g::matrix::detailLeastPx, 0);
    const qreal dh = detail.isEmpty() ? 0 : textlayout::height(detail, theme::font(detailSize), inner.width()) + g::matrix::detailGap;
    const qreal top = inner.center().y() - (h + dh) / 2;
    textlayout::draw(painter, QRectF(inner.left(), top, inner.width(), h + g::matrix::textSlack), label,
                     theme::font(labelSize, QFont::Bold), text, Qt::AlignHCenter | Qt::AlignTop);
    if (!detail.isEmpty())
        textlayout::draw(painter, QRectF(inner.left(), top + h + g::matrix::detailGap, inner.width(), dh), detail, theme::font(detailSize),
                         q.highlight ? text : theme::muted, Qt::AlignHCenter | Qt::AlignTop);
}

/// The chart's scale: the lesson's maximum, else the largest value (at least 100 for percentages).
double scaleMaximum(const ChartData &chart)
{
    if (chart.maximum > 0)
        return chart.maximum;
    double maximum = 0;
    for (const ChartCategory &c : chart.categories)
        for (double v : c.values)
            maximum = std::max(maximum, v);
    maximum = chart.unit == "%" ? std::max(g::chart::leastPercentScale, maximum) : maximum;
    return maximum > 0 ? maximum : 1;
}

/// The legend above the chart, one swatch per series.
void paintLegend(QPainter &painter, const ChartData &chart, const QRectF &content)
{
    using namespace g::chart;
    const QFont legendFont = theme::font(legendPx);
    qreal x = content.left();
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        painter.fillRect(QRectF(x, content.top() + swatchTop, swatch, swatch), seriesColour(s));
        const QString name = QString::fromStdString(chart.series[s]);
        textlayout::draw(painter, QRectF(x + swatchGap, content.top(), legendNameWidth, legendBox), name, legendFont, theme::ink);
        x += swatchGap + QFontMetricsF(legendFont).horizontalAdvance(name) + seriesGap;
    }
}
}  // namespace

void paintMatrix(QPainter &painter, const SlideFrame &frame, const QRectF &content)
{
    using namespace g::matrix;
    const RoomSlide &slide = frame.view.slide;
    // Room on the left for the vertical axis, below for the horizontal one.
    const qreal gridHeight = content.height() - axisBand + gridOverlap;
    const qreal gridWidth = std::min(content.width() - axisBand - sideSlack, gridHeight * widestAspect);
    const QRectF grid(content.left() + axisBand + (content.width() - axisBand - gridWidth) / 2, content.top(), gridWidth, gridHeight);
    const QSizeF cell((grid.width() - cellGap) / 2, (grid.height() - cellGap) / 2);

    // Axes: arrows from low to high, with the names and the words at each end.
    painter.setPen(QPen(theme::muted, axisStroke, Qt::SolidLine, Qt::RoundCap));
    const QPointF origin(grid.left() - axisOffset, grid.bottom() + axisOffset);
    painter.drawLine(origin, QPointF(grid.right(), origin.y()));
    painter.drawLine(origin, QPointF(origin.x(), grid.top()));
    painter.setBrush(theme::muted);
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(
        QPolygonF({QPointF(grid.right() + arrowTip, origin.y()), QPointF(grid.right() - arrowBack, origin.y() - arrowHalfWidth),
                   QPointF(grid.right() - arrowBack, origin.y() + arrowHalfWidth)}));
    painter.drawPolygon(QPolygonF({QPointF(origin.x(), grid.top() - arrowTip), QPointF(origin.x() - arrowHalfWidth, grid.top() + arrowBack),
                                   QPointF(origin.x() + arrowHalfWidth, grid.top() + arrowBack)}));
    const QFont endFont = theme::font(endPx);
    const QFont nameFont = theme::font(namePx, QFont::Bold);
    const qreal below = origin.y() + belowAxis;
    textlayout::draw(painter, QRectF(grid.left(), below, cell.width(), endBox), QString::fromStdString(slide.xAxis.low), endFont,
                     theme::muted);
    textlayout::draw(painter, QRectF(grid.right() - cell.width(), below, cell.width(), endBox), QString::fromStdString(slide.xAxis.high),
                     endFont, theme::muted, Qt::AlignRight | Qt::AlignTop);
    textlayout::draw(painter, QRectF(grid.left(), below, grid.width(), nameBox), QString::fromStdString(slide.xAxis.label), nameFont,
                     theme::ink, Qt::AlignHCenter | Qt::AlignTop);
    painter.save();
    painter.translate(origin.x() - verticalTextOffset, grid.center().y());
    painter.rotate(verticalAxisTurn);
    const qreal half = grid.height() / 2;
    textlayout::draw(painter, QRectF(-half, -verticalEndRaise, cell.height(), endBox), QString::fromStdString(slide.yAxis.low), endFont,
                     theme::muted);
    textlayout::draw(painter, QRectF(half - cell.height(), -verticalEndRaise, cell.height(), endBox),
                     QString::fromStdString(slide.yAxis.high), endFont, theme::muted, Qt::AlignRight | Qt::AlignTop);
    textlayout::draw(painter, QRectF(-half, -verticalNameRaise, grid.height(), nameBox), QString::fromStdString(slide.yAxis.label),
                     nameFont, theme::ink, Qt::AlignHCenter | Qt::AlignTop);
    painter.restore();

    const int visible = visibleItems(frame, int(slide.quadrants.size()));
    for (int i = 0; i < visible; ++i) {
        const MatrixQuadrant &q = slide.quadrants[i];
        paintQuadrant(
            painter, q,
            QRectF(QPointF(grid.left() + (q.highX ? cell.width() + cellGap : 0), grid.top() + (q.highY ? 0 : cell.height() + cellGap)),
                   cell));
    }
}

namespace {
/// The scale lines at even steps of the maximum, each labelled under the plot.
void paintScale(QPainter &painter, const QRectF &plot, double maximum, const QLocale &locale, const QString &unit)
{
    using namespace g::chart;
    const QFont scaleFont = theme::font(scalePx);
    for (int i = 0; i <= scaleSteps; ++i) {
        const qreal gx = plot.left() + plot.width() * i / scaleSteps;
        painter.fillRect(QRectF(gx - 1, plot.top(), 2, plot.height()), i == 0 ? theme::muted : theme::rule);
        textlayout::draw(painter, QRectF(gx - scaleLabelHalfWidth, plot.bottom() + scaleLabelGap, 2 * scaleLabelHalfWidth, scaleLabelBox),
                         locale.toString(maximum * i / scaleSteps, 'g', valueDigits) + unit, scaleFont, theme::muted,
                         Qt::AlignHCenter | Qt::AlignTop);
    }
}
}  // namespace

void paintChart(QPainter &painter, const SlideFrame &frame, const QRectF &content, qreal labelWidth)
{
    using namespace g::chart;
    const RoomSlide &slide = frame.view.slide;
    const ChartData &chart = slide.chart;
    const QLocale locale(frame.language);
    const QString unit = chart.unit.empty() ? QString() : QStringLiteral("\u00A0") + QString::fromStdString(chart.unit);
    const double maximum = scaleMaximum(chart);

    paintLegend(painter, chart, content);
    const QRectF plot(content.left() + labelWidth, content.top() + legendBand, content.width() - labelWidth - valueWidth,
                      content.height() - legendBand - scaleBand);
    paintScale(painter, plot, maximum, locale, unit);

    const int n = int(chart.categories.size());
    const std::size_t seriesCount = std::max<std::size_t>(1, chart.series.size());
    const qreal band = plot.height() / std::max(1, n);
    const qreal barHeight = std::min<qreal>(tallestBar, band * barsShareOfBand / seriesCount);
    QStringList labels;
    for (const ChartCategory &c : chart.categories)
        labels << QString::fromStdString(c.label);
    int labelSize = labelLargestPx;
    for (const QString &l : labels)
        labelSize =
            std::min(labelSize, textlayout::fittingSize({l}, labelWidth - labelGap, band - labelSlack, labelLargestPx, labelLeastPx, 0));
    const QFont labelFont = theme::font(labelSize);
    const QFont valueFont = theme::font(std::min(valueLargestPx, int(barHeight * valueShareOfBar) + valueExtraPx), QFont::Bold);
    const int visible = visibleItems(frame, n);
    for (int i = 0; i < visible; ++i) {
        const ChartCategory &c = chart.categories[i];
        const qreal top = plot.top() + i * band;
        textlayout::draw(painter, QRectF(content.left(), top, labelWidth - labelGap, band), labels[i], labelFont, theme::ink,
                         Qt::AlignRight | Qt::AlignVCenter);
        const qreal groupTop = top + (band - barHeight * qreal(c.values.size())) / 2;
        for (std::size_t s = 0; s < c.values.size(); ++s) {
            const qreal w = plot.width() * std::clamp(c.values[s] / maximum, 0.0, 1.0);
            const QRectF bar(plot.left() + 1, groupTop + s * barHeight, w, barHeight - barGap);
            painter.fillRect(bar, seriesColour(s));
            textlayout::draw(
                painter, QRectF(bar.right() + valueGap, bar.top() - valueRaise, valueWidth + valueBoxSlack, barHeight + valueRaise),
                locale.toString(c.values[s], 'g', valueDigits) + unit, valueFont, theme::ink, Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    paintCaption(painter, QString::fromStdString(slide.caption));
}

}  // namespace stoppunkt::slidepainters
