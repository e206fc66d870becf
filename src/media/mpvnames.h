// SPDX-License-Identifier: MIT
#pragma once

/// The mpv property and option names the player uses, in one place instead of loose strings.
namespace stoppunkt::mpvname {

inline constexpr char kPause[] = "pause";
inline constexpr char kTimePos[] = "time-pos";
inline constexpr char kDuration[] = "duration";
inline constexpr char kEofReached[] = "eof-reached";
inline constexpr char kEnd[] = "end";
inline constexpr char kVolume[] = "volume";
inline constexpr char kSpeed[] = "speed";
inline constexpr char kKeepOpen[] = "keep-open";
inline constexpr char kVideoOutput[] = "vo";
inline constexpr char kAudio[] = "audio";
inline constexpr char kAudioOutput[] = "ao";
inline constexpr char kWidth[] = "dwidth";
inline constexpr char kHeight[] = "dheight";
inline constexpr char kSubtitleVisibility[] = "sub-visibility";

/// How subtitles look: readable from the back of the room. Sizes are mpv's, scaled to a 720-line picture.
inline constexpr const char *kSubtitleStyle[][2] = {
    {"sub-font", "Noto Sans"},       {"sub-bold", "yes"},      {"sub-font-size", "46"},    {"sub-color", "#FFFFFFFF"},
    {"sub-back-color", "#D0000000"}, {"sub-border-size", "0"}, {"sub-shadow-offset", "6"}, {"sub-margin-y", "28"},
};

/// Options that keep a film path from a lesson file from reaching anything but that file.
inline constexpr const char *kHardening[][2] = {
    {"config", "no"},
    {"ytdl", "no"},
    {"load-scripts", "no"},
    {"load-stats-overlay", "no"},
    {"load-osd-console", "no"},
    {"load-auto-profiles", "no"},
    {"osc", "no"},
    {"input-default-bindings", "no"},
    {"input-vo-keyboard", "no"},
    {"autoload-files", "no"},
    {"access-references", "no"},
    {"sub-auto", "no"},
    {"audio-file-auto", "no"},
    {"cover-art-auto", "no"},
    {"terminal", "no"},
    {"osd-level", "0"},
};

}  // namespace stoppunkt::mpvname
