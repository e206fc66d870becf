// SPDX-License-Identifier: MIT
#include "lesson/timeplan.h"

#include "lesson/reporter.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace stoppunkt {

namespace {
std::int64_t toMs(double minutes)
{
    return std::llround(minutes * 60000.0);
}

/// The slides from `first` up to the next slide that opens a section (or the end).
int sectionEnd(const Lesson &lesson, int first)
{
    int end = first + 1;
    while (end < int(lesson.slides.size()) && !lesson.slides[end].section)
        ++end;
    return end;
}

struct SectionSums {
    std::int64_t ownMs = 0;  ///< what its slides plan themselves
    int unplanned = 0;  ///< slides that plan nothing themselves
};

SectionSums sumsOf(const Lesson &lesson, int first, int end)
{
    SectionSums sums;
    for (int i = first; i < end; ++i) {
        sums.ownMs += toMs(lesson.slides[i].minutes);
        sums.unplanned += lesson.slides[i].minutes > 0 ? 0 : 1;
    }
    return sums;
}

std::string minutesText(std::int64_t ms)
{
    std::ostringstream text;
    text << double(ms) / 60000.0;
    return text.str();
}
}  // namespace

TimePlan TimePlan::of(const Lesson &lesson)
{
    TimePlan plan;
    const int count = int(lesson.slides.size());
    plan.slideMs.assign(count, 0);
    plan.startMs.assign(count, 0);
    for (int i = 0; i < count; ++i)
        plan.slideMs[i] = toMs(lesson.slides[i].minutes);
    for (int first = 0; first < count; ++first) {
        if (!lesson.slides[first].section)
            continue;
        const int end = sectionEnd(lesson, first);
        const SectionSums sums = sumsOf(lesson, first, end);
        if (sums.unplanned == 0)
            continue;  // every slide plans its own time: theirs counts
        const std::int64_t share = std::max<std::int64_t>(0, toMs(lesson.slides[first].section->minutes) - sums.ownMs) / sums.unplanned;
        for (int i = first; i < end; ++i)
            if (lesson.slides[i].minutes <= 0)
                plan.slideMs[i] = share;
    }
    for (int i = 0; i < count; ++i) {
        plan.startMs[i] = plan.totalMs;
        plan.totalMs += plan.slideMs[i];
    }
    return plan;
}

std::int64_t TimePlan::deviationMs(int slide, std::int64_t elapsedMs) const
{
    if (slide < 0 || slide >= int(startMs.size()))
        return 0;
    const std::int64_t start = startMs[slide], end = start + slideMs[slide];
    return elapsedMs < start ? elapsedMs - start : elapsedMs > end ? elapsedMs - end : 0;
}

std::int64_t TimePlan::remainingMs(int slide, std::int64_t elapsedMs) const
{
    if (slide < 0 || slide >= int(startMs.size()))
        return 0;
    const std::int64_t start = startMs[slide], end = start + slideMs[slide];
    return totalMs - std::clamp(elapsedMs, start, end);
}

void checkTimePlan(const Lesson &lesson, Reporter &reporter)
{
    const int count = int(lesson.slides.size());
    for (int first = 0; first < count; ++first) {
        if (!lesson.slides[first].section || lesson.slides[first].section->minutes <= 0)
            continue;
        const int end = sectionEnd(lesson, first);
        const SectionSums sums = sumsOf(lesson, first, end);
        const std::int64_t planned = toMs(lesson.slides[first].section->minutes);
        const std::string pointer = "/slides/" + std::to_string(first) + "/section/minutes";
        const std::string slides = say(QT_TRANSLATE_NOOP("LessonCheck", "slides %1-%2"), first + 1, end);
        if (sums.ownMs > planned || (sums.unplanned == 0 && sums.ownMs != planned))
            reporter.warning(
                pointer, say(QT_TRANSLATE_NOOP("LessonCheck",
                                               "the section plans %1 minutes, but its %2 plan %3 of their own; the slides' minutes count"),
                             minutesText(planned), slides, minutesText(sums.ownMs)));
    }
}

}  // namespace stoppunkt
