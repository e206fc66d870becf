// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/film.h"
#include "lesson/slide.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// One lesson as loaded from its JSON file: metadata, films and slides.
/// "konflikter-med-kunder": lowercase letters and digits in words joined by single hyphens (lesson and
/// slide ids).
bool isPlainId(std::string_view id);

struct Lesson {
    int format = 1;
    std::string id;
    std::string title;
    std::string course;
    std::string language;
    std::vector<Film> films;
    std::vector<Slide> slides;
    /// The lesson file this was loaded from (absolute); film sources resolve against its folder.
    std::filesystem::path file;

    int filmIndex(std::string_view filmId) const;
    /// The film segment a slide plays, or nothing for slides without film.
    std::optional<FilmSegment> segmentFor(const Slide &slide) const;
    int questionCount() const;
    /// How the session record names slide `index`, so a record still fits after slides are added or
    /// removed: the slide's "id", or its kind and title, numbered when several slides share both
    /// ("film-question:Film #2", "staircase:Trappen#2").
    std::string slideKey(int index) const;
    /// The slide a key names; -1 when no slide has it now.
    int slideWithKey(std::string_view key) const;
    int stopPointCount() const;
    /// Where a lesson named on the summary slide lives: a sibling folder of this lesson's folder.
    std::filesystem::path linkedLessonFile(std::string_view id) const;
};

}  // namespace stoppunkt
