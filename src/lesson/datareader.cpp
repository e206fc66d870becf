// SPDX-License-Identifier: MIT
// Reads the data slides: a table's grid, a 2×2 matrix's axes and quadrants, a bar chart's series.
#include "lessonlimits.h"
#include "lessonreaders.h"
#include "objectreader.h"

#include <cmath>
#include <sstream>

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

/// A number as an author wrote it: 100, not 100.0.
std::string numberText(double value)
{
    std::ostringstream out;
    out << value;
    return out.str();
}

/// "1 value", "2 values".
std::string counted(std::size_t n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string numbered(std::string_view what, std::size_t index)
{
    return std::string(what) + " " + std::to_string(index + 1);
}

/// A table cell: a string, or an array of strings for several lines.
std::string readCell(const nlohmann::json &cell, const std::string &pointer, const std::string &what, Reporter &reporter)
{
    auto blank = [](const std::string &s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (cell.is_string())
        return checkText(reporter, pointer, cell.get_ref<const std::string &>()) ? cell.get<std::string>() : std::string();
    if (!cell.is_array()) {
        reporter.error(pointer, what + " must be a string, or an array of strings (one per line), found "
                                    + std::string(jsonTypeName(cell)));
        return {};
    }
    std::string text;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (!cell[i].is_string() || blank(cell[i].get<std::string>())) {
            reporter.error(childPointer(pointer, i), "line " + std::to_string(i + 1) + " of " + what
                                                         + " must be a non-empty string");
            continue;
        }
        if (checkText(reporter, childPointer(pointer, i), cell[i].get_ref<const std::string &>()))
            text += (text.empty() ? "" : "\n") + cell[i].get<std::string>();
    }
    return text;
}

void readAxis(ObjectReader &slide, std::string_view key, MatrixAxis &axis, Reporter &reporter)
{
    const nlohmann::json *node = slide.value(key, Need::Required);
    if (!node)
        return;
    ObjectReader r(*node, slide.pointerOf(key), "the " + std::string(key), reporter);
    if (!r.valid())
        return;
    r.rejectUnknownKeys({"label", "low", "high"}, "an axis");
    axis.label = r.text("label", Need::Required).value_or("");
    axis.low = r.text("low", Need::Required).value_or("");
    axis.high = r.text("high", Need::Required).value_or("");
}

/// "low" or "high", for where a quadrant lies on one axis.
bool readEnd(ObjectReader &r, std::string_view key, bool &high, Reporter &reporter)
{
    auto end = r.text(key, Need::Required);
    if (!end)
        return false;
    if (*end != "low" && *end != "high") {
        reporter.error(r.pointerOf(key), inQuotes(key) + " must be \"low\" or \"high\", found " + inQuotes(*end));
        return false;
    }
    high = *end == "high";
    return true;
}
} // namespace

void readTable(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    out.table.columns = slide.textList("columns", Need::Required);
    out.caption = slide.text("caption", Need::Optional).value_or("");
    const std::size_t width = out.table.columns.size();
    if (width > 6)
        reporter.error(slide.pointerOf("columns"), "a table has at most 6 columns; this one has " + std::to_string(width));
    const nlohmann::json *rows = slide.array("rows", Need::Required);
    if (!rows)
        return;
    if (rows->empty())
        reporter.error(slide.pointerOf("rows"), "a table needs at least one row");
    checkCount(reporter, slide.pointerOf("rows"), rows->size(), limits::kRows, "rows", "a table has");
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const nlohmann::json &row = (*rows)[i];
        const std::string pointer = childPointer(slide.pointerOf("rows"), i);
        if (!row.is_array()) {
            reporter.error(pointer, numbered("row", i) + " must be an array of cells, found " + std::string(jsonTypeName(row)));
            continue;
        }
        if (width > 0 && row.size() != width)
            reporter.error(pointer, numbered("row", i) + " has " + counted(row.size(), "cell", "cells") + ", but the table has "
                                        + counted(width, "column", "columns"));
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < row.size(); ++c)
            cells.push_back(readCell(row[c], childPointer(pointer, c), "cell " + std::to_string(c + 1) + " of "
                                                                           + numbered("row", i), reporter));
        out.table.rows.push_back(std::move(cells));
    }
}

void readMatrix(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    readAxis(slide, "xAxis", out.xAxis, reporter);
    readAxis(slide, "yAxis", out.yAxis, reporter);
    const nlohmann::json *quadrants = slide.array("quadrants", Need::Required);
    if (!quadrants)
        return;
    if (quadrants->size() != 4)
        reporter.error(slide.pointerOf("quadrants"), "a 2×2 matrix has exactly 4 quadrants; this one has "
                                                         + std::to_string(quadrants->size()));
    std::string placedAt[2][2];
    for (std::size_t i = 0; i < quadrants->size(); ++i) {
        ObjectReader r((*quadrants)[i], childPointer(slide.pointerOf("quadrants"), i), numbered("quadrant", i), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"x", "y", "label", "detail", "highlight"}, "a quadrant");
        MatrixQuadrant q;
        const bool placed = readEnd(r, "x", q.highX, reporter) & readEnd(r, "y", q.highY, reporter);
        q.label = r.text("label", Need::Required).value_or("");
        q.detail = r.text("detail", Need::Optional).value_or("");
        q.highlight = r.boolean("highlight", Need::Optional).value_or(false);
        if (placed) {
            std::string &first = placedAt[q.highX][q.highY];
            if (!first.empty())
                reporter.error(r.pointer(), numbered("quadrant", i) + " is at x " + (q.highX ? "high" : "low") + ", y "
                                                + (q.highY ? "high" : "low") + ", where " + first + " already is");
            else
                first = numbered("quadrant", i);
        }
        out.quadrants.push_back(std::move(q));
    }
}

void readChart(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    ChartData &chart = out.chart;
    chart.series = slide.textList("series", Need::Required);
    chart.unit = slide.text("unit", Need::Optional).value_or("");
    out.caption = slide.text("caption", Need::Optional).value_or("");
    if (chart.series.size() > 4)
        reporter.error(slide.pointerOf("series"), "a chart has 1 to 4 series; this one has " + std::to_string(chart.series.size()));
    if (auto max = slide.number("max", Need::Optional)) {
        if (!(*max > 0) || !std::isfinite(*max) || *max > limits::kChartValue)
            reporter.error(slide.pointerOf("max"), "\"max\" must be above 0 and at most 1000000000");
        else
            chart.maximum = *max;
    }
    const nlohmann::json *categories = slide.array("categories", Need::Required);
    if (!categories)
        return;
    if (categories->empty() || categories->size() > 12)
        reporter.error(slide.pointerOf("categories"), "a chart has 1 to 12 categories; this one has "
                                                          + std::to_string(categories->size()));
    for (std::size_t i = 0; i < categories->size(); ++i) {
        ObjectReader r((*categories)[i], childPointer(slide.pointerOf("categories"), i), numbered("category", i), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"label", "values"}, "a category");
        ChartCategory category;
        category.label = r.text("label", Need::Required).value_or("");
        if (const nlohmann::json *values = r.array("values", Need::Required)) {
            if (!chart.series.empty() && values->size() != chart.series.size())
                reporter.error(r.pointerOf("values"), numbered("category", i) + " has " + counted(values->size(), "value", "values")
                                                          + ", but the chart has " + std::to_string(chart.series.size())
                                                          + " series (one value per series)");
            for (std::size_t v = 0; v < values->size(); ++v) {
                const nlohmann::json &value = (*values)[v];
                const std::string at = childPointer(r.pointerOf("values"), v);
                if (!value.is_number()) {
                    reporter.error(at, "value " + std::to_string(v + 1) + " must be a number, found "
                                           + std::string(jsonTypeName(value)));
                    category.values.push_back(0);
                    continue;
                }
                const double x = value.get<double>();
                if (x < 0)
                    reporter.error(at, "value " + std::to_string(v + 1) + " (" + value.dump() + ") is negative; bars start at 0");
                else if (x > limits::kChartValue)
                    reporter.error(at, "value " + std::to_string(v + 1) + " (" + value.dump()
                                           + ") is above 1000000000; give the values in a larger unit");
                else if (chart.maximum > 0 && x > chart.maximum)
                    reporter.error(at, "value " + std::to_string(v + 1) + " (" + value.dump() + ") is above \"max\" ("
                                           + numberText(chart.maximum) + ")");
                category.values.push_back(x);
            }
        }
        chart.categories.push_back(std::move(category));
    }
}

} // namespace stoppunkt
