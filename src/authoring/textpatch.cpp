// SPDX-License-Identifier: MIT
// One change carried over to a text that someone else has edited meanwhile.
#include "authoring/textpatch.h"

#include <algorithm>

namespace stoppunkt {

std::optional<std::string> patchedText(std::string_view current, std::string_view from, std::string_view to)
{
    if (current == from)
        return std::string(to);
    // The region that differs: from[front, from.size() - back) became to[front, to.size() - back).
    std::size_t front = 0;
    while (front < from.size() && front < to.size() && from[front] == to[front])
        ++front;
    std::size_t back = 0;
    while (back < from.size() - front && back < to.size() - front && from[from.size() - 1 - back] == to[to.size() - 1 - back])
        ++back;
    const std::string_view region = from.substr(front, from.size() - front - back);
    const std::string_view replacement = to.substr(front, to.size() - front - back);
    // The other edit came after the region (the bytes before it are the same), or before it (those after).
    std::optional<std::size_t> at;
    if (current.substr(0, front) == from.substr(0, front) && current.substr(front, region.size()) == region)
        at = front;
    else if (current.size() >= back + region.size() && current.substr(current.size() - back) == from.substr(from.size() - back)
             && current.substr(current.size() - back - region.size(), region.size()) == region)
        at = current.size() - back - region.size();
    if (!at)
        return std::nullopt;
    std::string out(current);
    out.replace(*at, region.size(), replacement);
    return out;
}

}  // namespace stoppunkt
