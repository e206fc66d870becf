// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

struct TextStyle;

/// A "notes" array's text in the file's style, as the seed lessons write notes: each note an object over lines.
std::string notesArrayText(const std::vector<Note> &notes, const TextStyle &style);

/// The lesson text with slide `slideIndex`'s "notes" array written anew from `notes`, and every other byte as
/// the author left it (withMember): one note per line block, its "kind" always, its "step" only when it
/// belongs to a step. Nothing when the text has no such slide object.
std::optional<std::string> withNotes(std::string_view text, std::size_t slideIndex, const std::vector<Note> &notes);

}  // namespace stoppunkt
