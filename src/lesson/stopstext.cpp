// SPDX-License-Identifier: MIT
#include "lesson/stopstext.h"

#include "lesson/jsonlocator.h"
#include "lesson/timecode.h"

#include <nlohmann/json.hpp>

namespace stoppunkt {

namespace {
/// The whitespace at the start of the line that holds `offset`.
std::string_view indentOfLine(std::string_view text, std::size_t offset)
{
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t begin = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    std::size_t end = begin;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.substr(begin, end - begin);
}

std::string quoted(const std::string &value)
{
    return nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// The array's text: `outer` is the indentation of the line the array opens on, `step` one level deeper.
std::string stopsArray(const std::vector<StopPoint> &stops, std::string_view outer, std::string_view step, std::string_view newline)
{
    if (stops.empty())
        return "[]";
    const std::string item = std::string(outer) + std::string(step);
    const std::string member = item + std::string(step);
    std::string out = "[";
    for (std::size_t i = 0; i < stops.size(); ++i) {
        const StopPoint &stop = stops[i];
        out += std::string(newline) + item + "{";
        out += std::string(newline) + member + "\"id\": " + quoted(stop.id) + ",";
        out += std::string(newline) + member + "\"at\": " + quoted(formatTimecode(stop.atMs));
        if (!stop.label.empty())
            out += "," + std::string(newline) + member + "\"label\": " + quoted(stop.label);
        out += std::string(newline) + item + (i + 1 < stops.size() ? "}," : "}");
    }
    return out + std::string(newline) + std::string(outer) + "]";
}
}  // namespace

std::size_t jsonValueEnd(std::string_view text, std::size_t start)
{
    if (start >= text.size())
        return std::string_view::npos;
    if (text[start] != '{' && text[start] != '[' && text[start] != '"') {
        std::size_t end = start;
        while (end < text.size() && text.find_first_of(",]} \t\r\n", end) != end)
            ++end;
        return end;
    }
    int depth = 0;
    bool inString = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            if (!inString && depth == 0)
                return i + 1;  // a string value on its own
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
    }
    return std::string_view::npos;
}

std::optional<std::string> withStops(std::string_view text, std::size_t filmIndex, const std::vector<StopPoint> &stops)
{
    const std::string film = "/films/" + std::to_string(filmIndex);
    JsonLocator locator(text);
    locator.prepare({film + "/stops", film + "/id"});
    const std::size_t filmStart = locator.valueOffset(film);
    // A pointer that does not exist falls back to its nearest ancestor: the film must be an object of its own.
    if (filmStart >= text.size() || text[filmStart] != '{' || filmStart == locator.valueOffset("/films"))
        return std::nullopt;
    const std::string_view newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    const std::size_t stopsStart = locator.valueOffset(film + "/stops");
    const std::size_t idKey = locator.keyOffset(film + "/id");
    // The file's indentation step: how much deeper a film's members stand than the film's own line.
    std::string_view filmIndent = indentOfLine(text, filmStart);
    std::string_view memberIndent = idKey != filmStart ? indentOfLine(text, idKey) : filmIndent;
    std::string step = memberIndent.size() > filmIndent.size() ? std::string(memberIndent.substr(filmIndent.size())) : "  ";
    std::string result(text);
    if (stopsStart != filmStart) {
        const std::size_t stopsEnd = jsonValueEnd(text, stopsStart);
        if (stopsEnd == std::string_view::npos)
            return std::nullopt;
        const std::string_view keyIndent = indentOfLine(text, locator.keyOffset(film + "/stops"));
        result.replace(stopsStart, stopsEnd - stopsStart, stopsArray(stops, keyIndent, step, newline));
        return result;
    }
    // No "stops" yet: added after the film's last member, on a line of its own.
    const std::size_t filmEnd = jsonValueEnd(text, filmStart);
    if (filmEnd == std::string_view::npos)
        return std::nullopt;
    std::size_t last = filmEnd - 1;  // the closing brace
    while (last > filmStart && (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\n' || text[last - 1] == '\r'))
        --last;
    const bool multiline = text.substr(filmStart, filmEnd - filmStart).find('\n') != std::string_view::npos;
    const std::string member =
        multiline ? "," + std::string(newline) + std::string(memberIndent) + "\"stops\": " + stopsArray(stops, memberIndent, step, newline)
                  : ", \"stops\": " + stopsArray(stops, "", "", " ");
    result.insert(last, member);
    return result;
}

}  // namespace stoppunkt
