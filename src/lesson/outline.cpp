// SPDX-License-Identifier: MIT
#include "lesson/outline.h"

#include "lesson/timecode.h"

#include <algorithm>
#include <cstdio>

namespace stoppunkt {

namespace {
/// Folds line breaks so every outline entry stays on one line.
std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::string stopText(const Film &film, int stop, bool isStart)
{
    if (stop < 0)
        return isStart ? "start 00:00.000" : "end";
    return film.stops[stop].id + ' ' + formatTimecode(film.stops[stop].atMs);
}

std::string segmentLine(const Lesson &lesson, const FilmSegment &segment)
{
    const Film &film = lesson.films[segment.film];
    return "      film " + film.id + ": " + stopText(film, segment.fromStop, true) + " -> " + stopText(film, segment.toStop, false) + '\n';
}
}  // namespace

namespace {
std::string joined(const std::vector<std::string> &items)
{
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : " | ") + oneLine(item);
    return out;
}

/// One line under a data slide, so a review sees what it holds without opening the JSON.
std::string dataLine(const Slide &slide)
{
    switch (slide.kind) {
    case SlideKind::Table:
        return "      table " + std::to_string(slide.table.columns.size()) + " x " + std::to_string(slide.table.rows.size()) + ": "
               + joined(slide.table.columns) + '\n';
    case SlideKind::Matrix: {
        std::string aim;
        for (const MatrixQuadrant &q : slide.quadrants)
            if (q.highlight)
                aim = "; aim: " + oneLine(q.label);
        return "      matrix x " + oneLine(slide.xAxis.label) + ", y " + oneLine(slide.yAxis.label) + aim + '\n';
    }
    case SlideKind::Chart:
        return "      chart " + std::to_string(slide.chart.categories.size()) + " categories: " + joined(slide.chart.series)
               + (slide.chart.unit.empty() ? "" : " (" + slide.chart.unit + ")") + '\n';
    case SlideKind::Summary: {
        std::vector<std::string> ids;
        for (const LinkedLesson &l : slide.nextLessons)
            ids.push_back(l.id);
        return ids.empty() ? std::string() : "      next " + joined(ids) + '\n';
    }
    default: return {};
    }
}
}  // namespace

std::string lessonOutline(const Lesson &lesson)
{
    std::size_t kindWidth = 0;
    for (std::string_view name : slideKindNames())
        kindWidth = std::max(kindWidth, name.size());

    std::string out;
    char number[32];
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const Slide &slide = lesson.slides[i];
        std::snprintf(number, sizeof number, "%02zu", i + 1);
        std::string kind(slideKindName(slide.kind));
        kind.resize(kindWidth, ' ');
        out += std::string(number) + "  " + kind + "  " + oneLine(slide.title) + '\n';
        if (auto segment = lesson.segmentFor(slide))
            out += segmentLine(lesson, *segment);
        out += dataLine(slide);
        if (slide.isQuestion()) {
            const Question &q = slide.question;
            for (std::size_t o = 0; o < q.options.size(); ++o) {
                const bool right = static_cast<int>(o) + 1 == q.answer;
                out += std::string(right ? "    * " : "      ") + std::to_string(o + 1) + ". " + oneLine(q.options[o].text) + '\n';
            }
        }
    }
    return out;
}

}  // namespace stoppunkt
