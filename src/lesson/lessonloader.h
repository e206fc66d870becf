// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/decksource.h"
#include "lesson/diagnostic.h"
#include "lesson/filmsource.h"
#include "lesson/lesson.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

struct LoadOptions {
    /// Folders besides the lesson's own that may hold its films; empty means the `media/` folder
    /// beside the `lessons/` folder that holds the lesson, when there is one.
    std::vector<std::filesystem::path> mediaRoots;
    std::uintmax_t maxFileBytes = 16 * 1024 * 1024;
    /// A film file that does not exist is an error (--validate, the author's gate) rather than a warning
    /// (presenting, where a missing film must never stop the lesson).
    bool requireMedia = false;
    std::size_t maxDepth = 64;
    /// Looks inside film files that exist (--validate): playable, and every stop within the film.
    FilmProbeFunction probeFilm;
    /// Opens the PDF decks that page slides and backdrops name: that each opens and has its pages.
    DeckProbeFunction probeDeck;
};

/// The lesson when it has no errors, and every problem found (errors and warnings) in text order.
struct LoadResult {
    std::optional<Lesson> lesson;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return lesson.has_value(); }
};

/// Reads and checks a lesson file; `displayName` is how the file is named in messages.
LoadResult loadLessonFile(const std::filesystem::path &file, const LoadOptions &options = {}, const std::string &displayName = {});
/// Checks lesson text that is already in memory, as if it were the file `file`.
LoadResult loadLessonText(std::string_view text, const std::filesystem::path &file, const LoadOptions &options = {},
                          const std::string &displayName = {});

}  // namespace stoppunkt
