// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stoppunkt {

/// Parses a film time: "ss.fff", "mm:ss.fff" or "hh:mm:ss.fff" (up to three decimals) into milliseconds.
std::optional<std::int64_t> parseTimecode(std::string_view text);
/// Formats milliseconds as "mm:ss.fff", or "h:mm:ss.fff" from one hour on.
std::string formatTimecode(std::int64_t ms);

}  // namespace stoppunkt
