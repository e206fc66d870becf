// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace stoppunkt {

/// What checking a subtitle file found: how many cues it has, or where and why it does not parse.
struct SubtitleFileCheck {
    bool ok = false;
    int cues = 0;
    int line = 0;  ///< 1-based, where the problem is
    std::string problem;
};

/// Checks the text of an SRT file (`webVtt` false) or a WebVTT file: every cue has a time line
/// ("00:00:01,000 --> 00:00:03,500"; WebVTT with dots, hours optional) whose end is not before its start,
/// and text under it. A file without any cue is a problem too.
SubtitleFileCheck checkSubtitleText(std::string_view text, bool webVtt);

}  // namespace stoppunkt
