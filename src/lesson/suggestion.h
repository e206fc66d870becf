// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// The candidate closest to a misspelled word, or "" when none is close enough to suggest.
std::string closestMatch(std::string_view word, const std::vector<std::string_view> &candidates);

}  // namespace stoppunkt
