// SPDX-License-Identifier: MIT
// The lesson's time plan: reading "minutes" and "section", sharing out sections, and the pace on a slide.
#include "lesson/timeplan.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;
using Catch::Contains;

namespace {
Lesson loaded(const std::string &text)
{
    LoadResult result = loadText(text);
    INFO(text);
    REQUIRE(result.ok());
    return std::move(*result.lesson);
}

/// The mini lesson with planned time: 2 min on the cover, a 20-minute section over the two questions
/// and the film's end, of which Film #2 plans 5 itself.
std::string plannedLesson()
{
    std::string text = replaced(minimalLesson(), R"("title": "Mini", "bullets")", R"("title": "Mini", "minutes": 2, "bullets")");
    text = replaced(text, R"("title": "Film #1",)", R"("title": "Film #1", "section": { "title": "Film", "minutes": 20 },)");
    return replaced(text, R"("title": "Film #2",)", R"("title": "Film #2", "minutes": 5,)");
}

std::vector<Diagnostic> warningsOf(const LoadResult &result)
{
    std::vector<Diagnostic> out;
    for (const auto &d : result.diagnostics)
        if (d.severity == Severity::Warning && d.message.find("film") == std::string::npos)
            out.push_back(d);
    return out;
}
}  // namespace

TEST_CASE("a lesson without minutes has an empty plan")
{
    const TimePlan plan = TimePlan::of(loaded(minimalLesson()));
    CHECK(plan.empty());
    CHECK(plan.slideMs == std::vector<std::int64_t>(6, 0));
}

TEST_CASE("slides' own minutes count, and a section's minutes are shared by its slides without their own")
{
    const Lesson lesson = loaded(plannedLesson());
    REQUIRE(lesson.slides[2].section);
    CHECK(lesson.slides[2].section->title == "Film");
    const TimePlan plan = TimePlan::of(lesson);
    // Slide 2 (bullets) plans nothing and is in no section. The section (slides 3-6) has 20 min: Film #2
    // takes its own 5, and the other three share 15.
    CHECK(plan.slideMs == std::vector<std::int64_t>{120000, 0, 300000, 300000, 300000, 300000});
    CHECK(plan.startMs == std::vector<std::int64_t>{0, 120000, 120000, 420000, 720000, 1020000});
    CHECK(plan.totalMs == 1320000);
}

TEST_CASE("the pace: ahead before a slide's planned start, behind after its planned end, on time between")
{
    const TimePlan plan = TimePlan::of(loaded(plannedLesson()));
    // Film #2 is planned from 7:00 to 12:00.
    CHECK(plan.deviationMs(3, 5 * 60000) == -2 * 60000);
    CHECK(plan.deviationMs(3, 7 * 60000) == 0);
    CHECK(plan.deviationMs(3, 10 * 60000) == 0);
    CHECK(plan.deviationMs(3, 14 * 60000) == 2 * 60000);
    // What is left: the whole plan from the slide's start when early, from now when on time, from its end when late.
    CHECK(plan.remainingMs(3, 5 * 60000) == 1320000 - 420000);
    CHECK(plan.remainingMs(3, 10 * 60000) == 1320000 - 600000);
    CHECK(plan.remainingMs(3, 14 * 60000) == 1320000 - 720000);
    // A slide without planned time is "behind" as soon as time passes on it past its planned start.
    CHECK(plan.deviationMs(1, 3 * 60000) == 60000);
    CHECK(plan.deviationMs(-1, 0) == 0);
    CHECK(plan.deviationMs(99, 0) == 0);
}

TEST_CASE("planned minutes out of range, or of the wrong type, are errors at their place")
{
    const std::string base = minimalLesson();
    Diagnostic d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "minutes": 0,)"), "/slides/1/minutes", "0,");
    CHECK_THAT(d.message, Contains("more than 0 and at most 600"));
    d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "minutes": 601,)"), "/slides/1/minutes", "601");
    CHECK_THAT(d.message, Contains("planned time in minutes"));
    d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "minutes": "5",)"), "/slides/1/minutes", "\"5\"");
    CHECK(d.message == "\"minutes\" must be a number, found string");
    d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "section": 5,)"), "/slides/1/section", "5, \"build\"");
    CHECK(d.message == "the section must be an object, found integer");
    d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "section": { "title": "x" },)"),
                  "/slides/1/section/minutes", "{ \"title\": \"x\"");
    CHECK_THAT(d.message, Contains("missing required key \"minutes\""));
    d = onlyError(replaced(base, R"("title": "Points",)", R"("title": "Points", "section": { "minutes": 5, "titel": "x" },)"),
                  "/slides/1/section/titel", "\"titel\"");
    CHECK(d.message == "unknown key \"titel\" in a section; did you mean \"title\"?");
}

TEST_CASE("a section whose slides plan more, or all plan their own and differ, is a warning at its minutes")
{
    std::string text =
        replaced(minimalLesson(), R"("title": "Film #1",)", R"("title": "Film #1", "minutes": 15, "section": { "minutes": 10 },)");
    LoadResult result = loadText(text);
    REQUIRE(result.ok());
    auto warnings = warningsOf(result);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].pointer == "/slides/2/section/minutes");
    CHECK(warnings[0].message == "the section plans 10 minutes, but its slides 3-6 plan 15 of their own; the slides' minutes count");
    CHECK(TimePlan::of(*result.lesson).totalMs == 15 * 60000);

    // The last section runs to the end: every slide of it plans its own, and they add up to less.
    text = replaced(minimalLesson(), R"({ "kind": "summary", "title": "Summary",)",
                    R"({ "kind": "summary", "title": "Summary", "minutes": 4, "section": { "minutes": 6 },)");
    result = loadText(text);
    warnings = warningsOf(result);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0].message, Contains("plans 6 minutes, but its slides 6-6 plan 4"));
}
