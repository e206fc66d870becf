// SPDX-License-Identifier: MIT
#include "lesson/timecode.h"

#include <cstdio>
#include <vector>

namespace stoppunkt {

namespace {
bool allDigits(std::string_view s)
{
    if (s.empty() || s.size() > 9)
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::int64_t toInt(std::string_view s)
{
    std::int64_t v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}
}  // namespace

std::optional<std::int64_t> parseTimecode(std::string_view text)
{
    std::string_view fraction;
    if (auto dot = text.find('.'); dot != std::string_view::npos) {
        fraction = text.substr(dot + 1);
        text = text.substr(0, dot);
        if (fraction.empty() || fraction.size() > 3 || !allDigits(fraction))
            return std::nullopt;
    }
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t colon = text.find(':', start);
        fields.push_back(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    if (fields.size() > 3)
        return std::nullopt;
    std::int64_t seconds = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!allDigits(fields[i]))
            return std::nullopt;
        const std::int64_t v = toInt(fields[i]);
        // Every field after the first counts within its unit: minutes and seconds stay below 60.
        if (i > 0 && (fields[i].size() != 2 || v >= 60))
            return std::nullopt;
        seconds = seconds * 60 + v;
    }
    std::int64_t ms = seconds * 1000;
    if (!fraction.empty()) {
        std::int64_t f = toInt(fraction);
        for (std::size_t i = fraction.size(); i < 3; ++i)
            f *= 10;
        ms += f;
    }
    return ms;
}

std::string formatTimecode(std::int64_t ms)
{
    if (ms < 0)
        ms = 0;
    const std::int64_t h = ms / 3600000;
    const std::int64_t m = ms / 60000 % 60;
    const std::int64_t s = ms / 1000 % 60;
    const std::int64_t f = ms % 1000;
    char buffer[32];
    if (h > 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld.%03lld", static_cast<long long>(h), static_cast<long long>(m),
                      static_cast<long long>(s), static_cast<long long>(f));
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld.%03lld", static_cast<long long>(m), static_cast<long long>(s),
                      static_cast<long long>(f));
    return buffer;
}

}  // namespace stoppunkt
