// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"

#include <cstdint>
#include <vector>

namespace stoppunkt {

class Reporter;

/// The lesson's time plan: planned milliseconds per slide, from each slide's "minutes" and the sections'
/// budgets. A section's minutes are shared equally by its slides that plan none of their own; when all of
/// its slides plan their own, theirs count. A lesson without any planned time has an empty plan.
struct TimePlan {
    std::vector<std::int64_t> slideMs;  ///< per slide; 0 when nothing is planned for it
    std::vector<std::int64_t> startMs;  ///< the planned lesson time when each slide begins
    std::int64_t totalMs = 0;

    static TimePlan of(const Lesson &lesson);
    bool empty() const { return totalMs <= 0; }

    /// How far the session is from the plan on `slide` after `elapsedMs` of lesson time: negative when
    /// ahead (it reached the slide before its planned start), positive when behind (still on it after its
    /// planned end), 0 in between.
    std::int64_t deviationMs(int slide, std::int64_t elapsedMs) const;
    /// The planned time still to come from here: what is left of this slide's time and all later slides'.
    std::int64_t remainingMs(int slide, std::int64_t elapsedMs) const;
};

/// Warns where a section's minutes cannot be what the author meant: its slides plan more than the section,
/// or they all plan their own and add up to something else.
void checkTimePlan(const Lesson &lesson, Reporter &reporter);

}  // namespace stoppunkt
