// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"
#include "reporter.h"

#include <filesystem>
#include <string>
#include <vector>

namespace stoppunkt {

/// Where a film source points, once checked against the folders a lesson may use.
struct FilmSourceCheck {
    enum class Status { Ok, Missing, Rejected };
    Status status = Status::Rejected;
    std::filesystem::path resolved;  ///< absolute; canonical when the file exists
    std::string message;             ///< why it is missing or rejected
};

/// The folders a lesson's films may come from: its own folder and the project media folders.
std::vector<std::filesystem::path> allowedFilmRoots(const std::filesystem::path &lessonFile,
                                                    const std::vector<std::filesystem::path> &mediaRoots);
/// Accepts only a relative path to a regular file inside an allowed root: no URL, protocol or escape.
FilmSourceCheck checkFilmSource(const std::string &source, const std::filesystem::path &lessonFile,
                                const std::vector<std::filesystem::path> &mediaRoots);
/// Reports rejected sources as errors, and missing files as warnings (or errors when asked).
void checkFilmSources(const Lesson &lesson, const std::vector<std::filesystem::path> &mediaRoots,
                      Reporter &reporter, bool missingIsError = false);

} // namespace stoppunkt
