// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/reporter.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace stoppunkt {

/// What a lesson may hold, so every slide stays readable from the back of the room and no file can make the
/// renderer slow or draw garbage. The schema and the format guide state the same numbers.
namespace limits {
inline constexpr std::size_t kTextChars = 1000;  ///< any one text: a bullet, a note, a cell
inline constexpr std::size_t kTitleChars = 120;  ///< a lesson's or a slide's title
inline constexpr std::size_t kCombiningRun = 4;  ///< combining marks on one letter
inline constexpr std::size_t kBullets = 12;
inline constexpr std::size_t kSteps = 10;  ///< staircase steps
inline constexpr std::size_t kRows = 12;  ///< table rows
inline constexpr std::size_t kCategories = 12;  ///< chart categories
inline constexpr std::size_t kSeries = 6;  ///< chart series
inline constexpr std::size_t kNotes = 30;
inline constexpr std::int64_t kDeckPages = 2000;  ///< the highest page number a slide may name
inline constexpr std::int64_t kPageSteps = 30;  ///< pages one page slide steps through
inline constexpr std::uintmax_t kDeckBytes = 512ull * 1024 * 1024;  ///< one PDF deck
inline constexpr std::size_t kTalkingPoints = 10;
inline constexpr std::size_t kStops = 100;  ///< stop points in one film
inline constexpr double kChartValue = 1e9;  ///< largest chart value or "max"
inline constexpr double kPlanMinutes = 600;
inline constexpr std::size_t kSubtitleFiles = 8;  ///< subtitle languages for one film
inline constexpr std::size_t kSubtitleBytes =
    4 * 1024 * 1024;  ///< one subtitle file          ///< the longest planned time of a slide or section
}  // namespace limits

/// Reports text over `maxChars` characters, or with more combining marks on one letter than a language needs
/// (they would stack over the lines above). True when the text is fine.
bool checkText(Reporter &reporter, const std::string &pointer, std::string_view text, std::size_t maxChars = limits::kTextChars);
/// Reports a list of more than `max` items. `text` is the message, marked QT_TRANSLATE_NOOP("LessonCheck", …),
/// with %1 for the most and %2 for the count: "a slide shows at most %1 bullets …; this one has %2". True
/// when it fits.
bool checkCount(Reporter &reporter, const std::string &pointer, std::size_t count, std::size_t max, const char *text);

}  // namespace stoppunkt
