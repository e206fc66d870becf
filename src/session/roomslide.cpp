// SPDX-License-Identifier: MIT
#include "session/roomslide.h"

namespace stoppunkt {

RoomSlide publicPartOf(const Slide &slide)
{
    RoomSlide out;
    out.kind = slide.kind;
    out.title = slide.title;
    out.subtitle = slide.subtitle;
    out.lead = slide.lead;
    out.prompt = slide.prompt;
    out.bullets = slide.bullets;
    out.saysHeading = slide.saysHeading;
    out.actionHeading = slide.actionHeading;
    out.steps = slide.steps;
    out.question.prompt = slide.question.prompt;
    for (const QuestionOption &option : slide.question.options)
        out.question.options.push_back({option.text, {}});
    out.table = slide.table;
    out.xAxis = slide.xAxis;
    out.yAxis = slide.yAxis;
    out.quadrants = slide.quadrants;
    out.chart = slide.chart;
    out.caption = slide.caption;
    out.nextLessons = slide.nextLessons;
    out.lessonsHeading = slide.lessonsHeading;
    out.page = slide.page;
    out.build = slide.build;
    out.flipchart = slide.flipchart;
    out.announce = slide.announce;
    return out;
}

}  // namespace stoppunkt
