// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "lesson/reporter.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace stoppunkt {

/// Where a film source points, once checked against the folders a lesson may use.
/// What a look inside a film file found: whether it plays on its own, and how long it runs.
struct FilmFacts {
    bool playable = true;
    std::string problem;  ///< why not ("is a playlist …, not a video file")
    std::int64_t durationMs = -1;  ///< -1 when unknown
};
/// Looks inside an existing film file; the loader itself reads no video, so --validate passes one in.
using FilmProbeFunction = std::function<FilmFacts(const std::filesystem::path &canonicalFile)>;

struct FilmSourceCheck {
    enum class Status { Ok, Missing, Rejected };
    Status status = Status::Rejected;
    std::filesystem::path resolved;  ///< absolute; canonical when the file exists
    std::string message;  ///< why it is missing or rejected, in the UI language; %1 is the file
    /// The message about `subject`: "film source "x.mp4" was not found at …".
    std::string about(const std::string &subject) const;
};

/// The folders a lesson's films may come from: its own folder and the project media folders.
std::vector<std::filesystem::path> allowedFilmRoots(const std::filesystem::path &lessonFile,
                                                    const std::vector<std::filesystem::path> &mediaRoots);
/// Accepts only a relative path to a regular file inside an allowed root: no URL, protocol or escape.
FilmSourceCheck checkFilmSource(const std::string &source, const std::filesystem::path &lessonFile,
                                const std::vector<std::filesystem::path> &mediaRoots);
/// Reports rejected sources as errors, and missing files as warnings (or errors when asked).
/// Checks every film's source; with a probe, also that each existing file is a playable video and that every
/// stop point lies within its length.
void checkFilmSources(const Lesson &lesson, const std::vector<std::filesystem::path> &mediaRoots, Reporter &reporter,
                      bool missingIsError = false, const FilmProbeFunction &probe = {});

}  // namespace stoppunkt
