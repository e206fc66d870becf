// SPDX-License-Identifier: MIT
// The flip charts as a part of their own: entries per slide, simplified, edited, removed, and following slides.
#include "session/flipcharts.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

TEST_CASE("flip-chart entries are kept simplified per slide, and an edit to nothing removes the entry")
{
    Flipcharts charts;
    CHECK_FALSE(charts.add(2, QStringLiteral("   ")));
    const auto added = charts.add(2, QStringLiteral("  lyt   efter "));
    REQUIRE(added);
    CHECK(added->type == EventType::FlipchartAdd);
    CHECK(added->entry == 0);
    REQUIRE(charts.add(2, QStringLiteral("spørg ind")));
    CHECK(charts.entries(2) == QStringList{QStringLiteral("lyt efter"), QStringLiteral("spørg ind")});
    CHECK(charts.entries(3).isEmpty());
    CHECK_FALSE(charts.edit(2, 0, QStringLiteral("lyt  efter")));  // the same, simplified
    CHECK(charts.edit(2, 1, QStringLiteral("spørg"))->type == EventType::FlipchartEdit);
    CHECK_FALSE(charts.edit(2, 5, QStringLiteral("x")));
    const auto removed = charts.edit(2, 0, QString());
    REQUIRE(removed);
    CHECK(removed->type == EventType::FlipchartRemove);
    CHECK(removed->text == QStringLiteral("lyt efter"));
    CHECK(charts.entries(2) == QStringList{QStringLiteral("spørg")});
}

TEST_CASE("flip-chart entries follow their slides, and stay only on the lesson's flip-chart slides")
{
    Flipcharts charts;
    Lesson lesson;
    lesson.slides.resize(3);
    lesson.slides[1].flipchart = true;  // the new lesson: a flip chart on its second and third slides
    lesson.slides[2].flipchart = true;
    REQUIRE(charts.add(0, QStringLiteral("a")));
    REQUIRE(charts.add(1, QStringLiteral("b")));
    charts.followSlides({1, -1, 0}, lesson);  // old slide 1 first, a new slide, then old slide 0
    CHECK(charts.entries(2) == QStringList{QStringLiteral("a")});
    CHECK(charts.entries(0).isEmpty());  // "b" went to the first slide, which has no flip chart now
    CHECK(charts.entries(1).isEmpty());  // the new slide starts empty
}
