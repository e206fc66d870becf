// SPDX-License-Identifier: MIT
// Reads a slide's place in the time plan: its own planned minutes, and a section it opens.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"

#include <cmath>
#include <sstream>

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

/// Planned minutes at `key`, from more than 0 to kPlanMinutes; 0 when missing or wrong (reported).
double plannedMinutes(ObjectReader &r, std::string_view key, Need need, Reporter &reporter)
{
    const std::optional<double> minutes = r.number(key, need);
    if (!minutes)
        return 0;
    if (!(*minutes > 0) || *minutes > limits::kPlanMinutes) {
        std::ostringstream limit;
        limit << limits::kPlanMinutes;
        reporter.error(r.pointerOf(key),
                       say(QT_TRANSLATE_NOOP("LessonCheck",
                                             "\"%1\" is the planned time in minutes: more than 0 and at most %2 (0.5 is half a minute)"),
                           key, limit.str()));
        return 0;
    }
    return *minutes;
}
}  // namespace

void readTiming(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    out.minutes = plannedMinutes(slide, "minutes", Need::Optional, reporter);
    const nlohmann::json *section = slide.value("section", Need::Optional);
    if (!section)
        return;
    ObjectReader r(*section, slide.pointerOf("section"), say(QT_TRANSLATE_NOOP("LessonCheck", "the section")), reporter);
    if (!r.valid())
        return;
    r.rejectUnknownKeys({"title", "minutes"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a section")));
    PlanSection opened;
    opened.title = r.text("title", Need::Optional).value_or("");
    checkText(reporter, r.pointerOf("title"), opened.title, limits::kTitleChars);
    opened.minutes = plannedMinutes(r, "minutes", Need::Required, reporter);
    out.section = opened;
}

}  // namespace stoppunkt
