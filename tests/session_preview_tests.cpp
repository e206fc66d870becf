// SPDX-License-Identifier: MIT
#include "session/presentationtimer.h"
#include "sessionfixture.h"

#include <catch2/catch.hpp>

#include <random>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
bool sameView(const AudienceView &a, const AudienceView &b)
{
    return a.slideIndex == b.slideIndex && a.buildStep == b.buildStep && a.blank == b.blank && a.filmPhase == b.filmPhase
           && a.questionPhase == b.questionPhase && a.picks == b.picks && a.slide.question.answer == b.slide.question.answer;
}
}  // namespace

TEST_CASE("the console's preview is exactly what one Next shows, in every state of a random walk")
{
    SessionFixture f;
    Session &s = *f.session;
    std::mt19937 random(7);
    int compared = 0;
    for (int i = 0; i < 3000; ++i) {
        switch (random() % 6) {
        case 0: s.previous(); break;
        case 1: s.pick(1 + int(random() % 4)); break;
        case 2: s.goTo(int(random() % 6)); break;
        case 3: s.toggleBlank(Blank::Black); break;
        default: break;
        }
        const auto preview = s.previewOfNext();
        // Next while a film plays or the room discusses only arms; the preview shows where the second press leads.
        f.nextStep();
        f.clockMs += 3000;
        if (preview) {
            ++compared;
            CHECK(sameView(*preview, s.audienceView()));
        } else {
            CHECK(s.atLessonEnd());
        }
    }
    CHECK(compared > 1000);
}

TEST_CASE("the preview never holds the answer before the reveal it previews")
{
    SessionFixture f;
    Session &s = *f.session;
    s.goTo(2);
    CHECK(s.previewOfNext()->questionPhase == QuestionPhase::Discussing);
    CHECK(s.previewOfNext()->slide.question.answer == 0);
    s.skipFilm();
    CHECK(s.previewOfNext()->questionPhase == QuestionPhase::Revealed);
    CHECK(s.previewOfNext()->slide.question.answer == 4);
}

TEST_CASE("the presentation timer runs, pauses, resumes and resets")
{
    qint64 clock = 0;
    PresentationTimer timer(nullptr, [&] { return clock; });
    int changes = 0;
    QObject::connect(&timer, &PresentationTimer::changed, [&] { ++changes; });
    CHECK_FALSE(timer.running());
    timer.start();
    clock = 5000;
    CHECK(timer.elapsedMs() == 5000);
    timer.toggle();
    CHECK_FALSE(timer.running());
    clock = 9000;
    CHECK(timer.elapsedMs() == 5000);
    timer.toggle();
    clock = 10000;
    CHECK(timer.elapsedMs() == 6000);
    timer.reset();
    CHECK(timer.elapsedMs() == 0);
    clock = 10500;
    CHECK(timer.elapsedMs() == 500);
    CHECK(changes == 4);
    timer.start();
    CHECK(changes == 4);
}
