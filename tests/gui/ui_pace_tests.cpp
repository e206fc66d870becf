// SPDX-License-Identifier: MIT
// The console's line about the time plan, from the seed lesson's plan (sections of 15, 30, 40 and 10 minutes).
#include "lesson/lessonloader.h"
#include "ui/pacetext.h"
#include "ui/theme.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
TimePlan seedPlan()
{
    LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(result.ok());
    return TimePlan::of(*result.lesson);
}

constexpr qint64 kMinute = 60000;
const QTime kNow(14, 0);
}  // namespace

TEST_CASE("the seed lesson plans 95 minutes, and the console says so before the timer starts")
{
    const TimePlan plan = seedPlan();
    CHECK(plan.totalMs == 95 * kMinute);
    const PaceText pace = PaceText::of(plan, 0, 0, false, kNow);
    CHECK(pace.text == "planned: 95 min");
    CHECK(pace.colour == theme::consoleMuted);
}

TEST_CASE("the pace line: the end if the rest goes to plan, and ahead, on time or behind in a colour that matters")
{
    const TimePlan plan = seedPlan();
    // Slide 1 of four sharing the 15-minute introduction: planned from 0:00 to 3:45.
    PaceText pace = PaceText::of(plan, 0, 2 * kMinute, true, kNow);
    CHECK(pace.text == "ends 15:33  ·  on time");
    CHECK(pace.colour == theme::paceOnTime);
    // The staircase section starts at 15:00 of the plan; reaching it after 10 minutes is 5 ahead.
    pace = PaceText::of(plan, 4, 10 * kMinute, true, kNow);
    CHECK(pace.text == "ends 15:20  ·  5 min ahead");
    CHECK(pace.colour == theme::paceOnTime);
    // Still on slide 2 (planned 3:45-7:30) after 10 minutes: 2.5 behind, rounded to 3, a reminder.
    pace = PaceText::of(plan, 1, 10 * kMinute, true, kNow);
    CHECK(pace.text == "ends 15:27  ·  3 min behind");
    CHECK(pace.colour == theme::paceBehind);
    // Still there after 20 minutes: late enough to be an alert.
    pace = PaceText::of(plan, 1, 20 * kMinute, true, kNow);
    CHECK(pace.text == "ends 15:27  ·  13 min behind");
    CHECK(pace.colour == theme::paceLate);
}

TEST_CASE("a lesson without a plan shows no pace line")
{
    LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/kundetyper/lesson.json");
    REQUIRE(result.ok());
    CHECK(PaceText::of(TimePlan::of(*result.lesson), 0, 5 * kMinute, true, kNow).text.isEmpty());
}
