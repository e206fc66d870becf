// SPDX-License-Identifier: MIT
#include "lesson/stopstext.h"

#include "lesson/membertext.h"
#include "lesson/timecode.h"

namespace stoppunkt {

namespace {
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
        out += std::string(newline) + member + "\"id\": " + jsonQuoted(stop.id) + ",";
        out += std::string(newline) + member + "\"at\": " + jsonQuoted(formatTimecode(stop.atMs));
        if (!stop.label.empty())
            out += "," + std::string(newline) + member + "\"label\": " + jsonQuoted(stop.label);
        out += std::string(newline) + item + (i + 1 < stops.size() ? "}," : "}");
    }
    return out + std::string(newline) + std::string(outer) + "]";
}
}  // namespace

std::optional<std::string> withStops(std::string_view text, std::size_t filmIndex, const std::vector<StopPoint> &stops)
{
    return withMember(text, "/films/" + std::to_string(filmIndex), "stops",
                      [&](const TextStyle &style) { return stopsArray(stops, style.outer, style.step, style.newline); });
}

}  // namespace stoppunkt
