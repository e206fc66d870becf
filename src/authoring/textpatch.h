// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace stoppunkt {

/// The change from `from` to `to` made again in `current`, a version of `from` that someone else has edited
/// meanwhile: the one region where `from` and `to` differ is found in `current` by the bytes before or after
/// it and replaced. Nothing when the other edit touched that region.
std::optional<std::string> patchedText(std::string_view current, std::string_view from, std::string_view to);

}  // namespace stoppunkt
