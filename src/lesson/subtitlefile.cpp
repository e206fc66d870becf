// SPDX-License-Identifier: MIT
#include "lesson/subtitlefile.h"

#include "lesson/reporter.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace stoppunkt {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads "HH:MM:SS,mmm" (SRT) or "[HH:]MM:SS.mmm" (WebVTT) at `pos`; moves `pos` past it.
std::optional<std::int64_t> readTime(std::string_view line, std::size_t &pos, bool webVtt)
{
    std::vector<std::int64_t> fields;
    std::size_t i = pos;
    while (true) {
        const std::size_t start = i;
        while (i < line.size() && isDigit(line[i]) && i - start < 3)
            ++i;
        if (i == start)
            return std::nullopt;
        fields.push_back(std::stoll(std::string(line.substr(start, i - start))));
        if (i < line.size() && line[i] == ':' && fields.size() < 3) {
            ++i;
            continue;
        }
        break;
    }
    const char separator = webVtt ? '.' : ',';
    if (i >= line.size() || (line[i] != separator && line[i] != '.'))
        return std::nullopt;
    ++i;
    const std::size_t msStart = i;
    while (i < line.size() && isDigit(line[i]))
        ++i;
    if (i - msStart != 3 || fields.size() < (webVtt ? 2u : 3u))
        return std::nullopt;
    const std::int64_t ms = std::stoll(std::string(line.substr(msStart, 3)));
    const std::int64_t seconds = fields.back(), minutes = fields[fields.size() - 2];
    const std::int64_t hours = fields.size() == 3 ? fields[0] : 0;
    if (seconds > 59 || minutes > 59)
        return std::nullopt;
    pos = i;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/// A time line: start, " --> ", end (and, in WebVTT, cue settings after a space).
bool isTimeLine(std::string_view line, bool webVtt, std::string &problem)
{
    std::size_t pos = 0;
    const auto start = readTime(line, pos, webVtt);
    const std::string_view arrow = " --> ";
    if (!start || line.substr(pos, arrow.size()) != arrow) {
        problem = say(QT_TRANSLATE_NOOP("LessonCheck", "expected a time line such as %1"),
                      webVtt ? "00:01.000 --> 00:03.500" : "00:00:01,000 --> 00:00:03,500");
        return false;
    }
    pos += arrow.size();
    const auto end = readTime(line, pos, webVtt);
    if (!end || (pos < line.size() && !(webVtt && line[pos] == ' '))) {
        problem = say(QT_TRANSLATE_NOOP("LessonCheck", "the time after \"-->\" is not a time"));
        return false;
    }
    if (*end < *start) {
        problem = say(QT_TRANSLATE_NOOP("LessonCheck", "the cue ends before it starts"));
        return false;
    }
    return true;
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t") == std::string_view::npos;
}
}  // namespace

SubtitleFileCheck checkSubtitleText(std::string_view text, bool webVtt)
{
    SubtitleFileCheck check;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<std::string_view> lines;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(at, end - at);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        at = end + 1;
    }
    std::size_t i = 0;
    auto fail = [&](std::size_t index, std::string problem) {
        check.line = int(index + 1);
        check.problem = std::move(problem);
        return check;
    };
    if (webVtt) {
        if (lines.empty() || lines[0].substr(0, 6) != "WEBVTT")
            return fail(0, say(QT_TRANSLATE_NOOP("LessonCheck", "a WebVTT file begins with \"WEBVTT\"")));
        ++i;
        while (i < lines.size() && !isBlank(lines[i]))
            ++i;  // the header's own lines
    }
    while (i < lines.size()) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        const std::size_t blockStart = i;
        if (webVtt && (lines[i].substr(0, 4) == "NOTE" || lines[i].substr(0, 5) == "STYLE" || lines[i].substr(0, 6) == "REGION")) {
            while (i < lines.size() && !isBlank(lines[i]))
                ++i;
            continue;
        }
        std::string problem;
        if (!isTimeLine(lines[i], webVtt, problem)) {
            // The line before the time line: SRT's cue number, or WebVTT's optional identifier.
            if (!webVtt && lines[i].find_first_not_of("0123456789") != std::string_view::npos)
                return fail(i, say(QT_TRANSLATE_NOOP("LessonCheck", "expected a cue number, found %1"), inQuotes(lines[i].substr(0, 40))));
            ++i;
            if (i >= lines.size() || !isTimeLine(lines[i], webVtt, problem))
                return fail(std::min(i, lines.size() - 1), problem);
        }
        ++i;
        if (i >= lines.size() || isBlank(lines[i]))
            return fail(blockStart, say(QT_TRANSLATE_NOOP("LessonCheck", "the cue has no text")));
        while (i < lines.size() && !isBlank(lines[i]))
            ++i;
        ++check.cues;
    }
    if (check.cues == 0)
        return fail(0, say(QT_TRANSLATE_NOOP("LessonCheck", "the file has no cues")));
    check.ok = true;
    return check;
}

}  // namespace stoppunkt
