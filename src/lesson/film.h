// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stoppunkt {

/// A named moment in a film where playback stops for a question.
struct StopPoint {
    std::string id;
    std::int64_t atMs = 0;
    std::string label;

    /// How the film card and the console name it: its label ("Stoppunkt #1"), or its id.
    const std::string &name() const { return label.empty() ? id : label; }
};

/// A subtitle file for a film, in one language (SRT or WebVTT).
struct Subtitles {
    std::string language;  ///< a BCP 47 tag ("da")
    std::string source;  ///< as written in the lesson, relative to the lesson file, like the film's
    bool shown = false;  ///< shown when the lesson starts; the facilitator toggles them
};

/// A film the lesson plays, with its ordered stop points.
struct Film {
    std::string id;
    std::string title;
    /// As written in the lesson, relative to the lesson file.
    std::string source;
    /// Frames per second when the author states it; 0 when unknown.
    double fps = 0;
    std::vector<StopPoint> stops;
    std::vector<Subtitles> subtitles;

    int stopIndex(std::string_view stopId) const;
    /// Where a segment of this film starts and stops, in ms; -1 for the film's start or its end.
    std::int64_t startOf(const struct FilmSegment &segment) const;
    std::int64_t stopOf(const struct FilmSegment &segment) const;
};

/// A stretch of a film between two stop points; -1 means the start (from) or the end (to).
struct FilmSegment {
    int film = -1;
    int fromStop = -1;
    int toStop = -1;

    bool playsToEnd() const { return toStop < 0; }
    bool operator==(const FilmSegment &) const = default;
};

}  // namespace stoppunkt
