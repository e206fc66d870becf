// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/film.h"
#include "lesson/membertext.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// The lesson text with film `filmIndex`'s "stops" array written anew from `stops`, and every other byte as the
/// author left it: only the array's text is replaced (or, for a film without one, the member is added before
/// the film's closing brace). The array is written in the file's own style: its indentation step and line
/// ends, one member per line, "at" as "mm:ss.fff", "label" only when there is one. Nothing when the text
/// has no such film object.
std::optional<std::string> withStops(std::string_view text, std::size_t filmIndex, const std::vector<StopPoint> &stops);

}  // namespace stoppunkt
