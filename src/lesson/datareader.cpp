// SPDX-License-Identifier: MIT
// Reads the data slides: a table's grid, a 2×2 matrix's axes and quadrants, a bar chart's series.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"

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

/// A table cell: a string, or an array of strings for several lines.
std::string readCell(const nlohmann::json &cell, const std::string &pointer, const std::string &what, Reporter &reporter)
{
    auto blank = [](const std::string &s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (cell.is_string())
        return checkText(reporter, pointer, cell.get_ref<const std::string &>()) ? cell.get<std::string>() : std::string();
    if (!cell.is_array()) {
        reporter.error(pointer,
                       say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must be a string, or an array of strings (one per line), found %2"), what,
                           jsonTypeName(cell)));
        return {};
    }
    std::string text;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (!cell[i].is_string() || blank(cell[i].get<std::string>())) {
            reporter.error(childPointer(pointer, i),
                           say(QT_TRANSLATE_NOOP("LessonCheck", "line %1 of %2 must be a non-empty string"), i + 1, what));
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
    ObjectReader r(*node, slide.pointerOf(key), inQuotes(key), reporter);
    if (!r.valid())
        return;
    r.rejectUnknownKeys({"label", "low", "high"}, say(QT_TRANSLATE_NOOP("LessonCheck", "an axis")));
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
        reporter.error(r.pointerOf(key),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must be \"low\" or \"high\", found %2"), inQuotes(key), inQuotes(*end)));
        return false;
    }
    high = *end == "high";
    return true;
}
}  // namespace

void readTable(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    out.table.columns = slide.textList("columns", Need::Required);
    out.caption = slide.text("caption", Need::Optional).value_or("");
    const std::size_t width = out.table.columns.size();
    if (width > 6)
        reporter.error(slide.pointerOf("columns"),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "a table has at most 6 columns; this one has %1"), width));
    const nlohmann::json *rows = slide.array("rows", Need::Required);
    if (!rows)
        return;
    if (rows->empty())
        reporter.error(slide.pointerOf("rows"), say(QT_TRANSLATE_NOOP("LessonCheck", "a table needs at least one row")));
    checkCount(reporter, slide.pointerOf("rows"), rows->size(), limits::kRows,
               QT_TRANSLATE_NOOP("LessonCheck", "a table has at most %1 rows, so the room can read them; this one has %2"));
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const nlohmann::json &row = (*rows)[i];
        const std::string pointer = childPointer(slide.pointerOf("rows"), i);
        if (!row.is_array()) {
            reporter.error(pointer,
                           say(QT_TRANSLATE_NOOP("LessonCheck", "row %1 must be an array of cells, found %2"), i + 1, jsonTypeName(row)));
            continue;
        }
        if (width > 0 && row.size() != width)
            reporter.error(pointer, sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "row %1 has %n cells, but the table has %2"), row.size(),
                                             i + 1, sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "%n columns"), width)));
        std::vector<std::string> cells;
        for (std::size_t c = 0; c < row.size(); ++c)
            cells.push_back(readCell(row[c], childPointer(pointer, c),
                                     say(QT_TRANSLATE_NOOP("LessonCheck", "cell %1 of row %2"), c + 1, i + 1), reporter));
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
        reporter.error(slide.pointerOf("quadrants"),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "a 2×2 matrix has exactly 4 quadrants; this one has %1"), quadrants->size()));
    std::string placedAt[2][2];
    for (std::size_t i = 0; i < quadrants->size(); ++i) {
        ObjectReader r((*quadrants)[i], childPointer(slide.pointerOf("quadrants"), i),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "quadrant %1"), i + 1), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"x", "y", "label", "detail", "highlight"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a quadrant")));
        MatrixQuadrant q;
        const bool xPlaced = readEnd(r, "x", q.highX, reporter);  // both read, so both are reported
        const bool yPlaced = readEnd(r, "y", q.highY, reporter);
        const bool placed = xPlaced && yPlaced;
        q.label = r.text("label", Need::Required).value_or("");
        q.detail = r.text("detail", Need::Optional).value_or("");
        q.highlight = r.boolean("highlight", Need::Optional).value_or(false);
        if (placed) {
            std::string &first = placedAt[q.highX][q.highY];
            if (!first.empty())
                reporter.error(r.pointer(), say(QT_TRANSLATE_NOOP("LessonCheck", "quadrant %1 is at x %2, y %3, where %4 already is"),
                                                i + 1, (q.highX ? "high" : "low"), (q.highY ? "high" : "low"), first));
            else
                first = say(QT_TRANSLATE_NOOP("LessonCheck", "quadrant %1"), i + 1);
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
        reporter.error(slide.pointerOf("series"),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "a chart has 1 to 4 series; this one has %1"), chart.series.size()));
    if (auto max = slide.number("max", Need::Optional)) {
        if (!(*max > 0) || !std::isfinite(*max) || *max > limits::kChartValue)
            reporter.error(slide.pointerOf("max"), say(QT_TRANSLATE_NOOP("LessonCheck", "\"max\" must be above 0 and at most 1000000000")));
        else
            chart.maximum = *max;
    }
    const nlohmann::json *categories = slide.array("categories", Need::Required);
    if (!categories)
        return;
    if (categories->empty() || categories->size() > 12)
        reporter.error(slide.pointerOf("categories"),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "a chart has 1 to 12 categories; this one has %1"), categories->size()));
    for (std::size_t i = 0; i < categories->size(); ++i) {
        ObjectReader r((*categories)[i], childPointer(slide.pointerOf("categories"), i),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "category %1"), i + 1), reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"label", "values"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a category")));
        ChartCategory category;
        category.label = r.text("label", Need::Required).value_or("");
        if (const nlohmann::json *values = r.array("values", Need::Required)) {
            if (!chart.series.empty() && values->size() != chart.series.size())
                reporter.error(r.pointerOf("values"),
                               sayCount(QT_TRANSLATE_N_NOOP(
                                            "LessonCheck", "category %1 has %n values, but the chart has %2 series (one value per series)"),
                                        values->size(), i + 1, chart.series.size()));
            for (std::size_t v = 0; v < values->size(); ++v) {
                const nlohmann::json &value = (*values)[v];
                const std::string at = childPointer(r.pointerOf("values"), v);
                if (!value.is_number()) {
                    reporter.error(
                        at, say(QT_TRANSLATE_NOOP("LessonCheck", "value %1 must be a number, found %2"), v + 1, jsonTypeName(value)));
                    category.values.push_back(0);
                    continue;
                }
                const double x = value.get<double>();
                if (x < 0)
                    reporter.error(
                        at, say(QT_TRANSLATE_NOOP("LessonCheck", "value %1 (%2) is negative; bars start at 0"), v + 1, value.dump()));
                else if (x > limits::kChartValue)
                    reporter.error(
                        at, say(QT_TRANSLATE_NOOP("LessonCheck", "value %1 (%2) is above 1000000000; give the values in a larger unit"),
                                v + 1, value.dump()));
                else if (chart.maximum > 0 && x > chart.maximum)
                    reporter.error(at, say(QT_TRANSLATE_NOOP("LessonCheck", "value %1 (%2) is above \"max\" (%3)"), v + 1, value.dump(),
                                           numberText(chart.maximum)));
                category.values.push_back(x);
            }
        }
        chart.categories.push_back(std::move(category));
    }
}

}  // namespace stoppunkt
