// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace stoppunkt {

/// One lesson found on disk, for the lesson picker.
struct CatalogEntry {
    std::filesystem::path file;
    bool valid = false;
    std::string title;  ///< the folder name when the lesson does not load
    std::string language;
    int slideCount = 0;
    std::string problem;  ///< the first error, when not valid
};

/// Every `lesson.json` one level below `lessonsDir`, sorted by folder name.
std::vector<CatalogEntry> findLessons(const std::filesystem::path &lessonsDir);

}  // namespace stoppunkt
