// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/membertext.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace stoppunkt {

/// Element `index` of the array at `arrayPointer` exactly as the author wrote it; nothing when there is none.
std::optional<std::string> elementText(std::string_view text, const std::string &arrayPointer, std::size_t index);

/// The lesson text with a new element at `index` (0 to the array's size) of the array at `arrayPointer`, written
/// by `element` in the style of the elements beside it: the same separator and line, and for an object the
/// same indentation step. Every other byte stays. Nothing when there is no such array or index.
std::optional<std::string> withElementInserted(std::string_view text, const std::string &arrayPointer, std::size_t index,
                                               const std::function<std::string(const TextStyle &)> &element);

/// The lesson text without element `index` of the array at `arrayPointer`: the element and one separator go,
/// every other byte stays.
std::optional<std::string> withElementRemoved(std::string_view text, const std::string &arrayPointer, std::size_t index);

/// The lesson text with element `from` of the array moved, with its own bytes, to stand at `to` afterwards.
std::optional<std::string> withElementMoved(std::string_view text, const std::string &arrayPointer, std::size_t from, std::size_t to);

}  // namespace stoppunkt
