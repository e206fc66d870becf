// SPDX-License-Identifier: MIT
// The room must never see the right answer, a note or a talking point before the answer is picked or revealed.
#include "sessionfixture.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
void checkAudienceView(const Session &s)
{
    const AudienceView view = s.audienceView();
    INFO("slide " << view.slideIndex << ", question phase " << static_cast<int>(view.questionPhase));
    const RoomQuestion &q = view.slide.question;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const bool picked = std::find(view.picks.begin(), view.picks.end(), int(i) + 1) != view.picks.end();
        if (!picked)
            CHECK(q.options[i].feedback.empty());
    }
    if (view.questionPhase == QuestionPhase::Revealed)
        CHECK(q.answer == s.slide().question.answer);
    else
        CHECK(q.answer == 0);
    if (view.questionPhase == QuestionPhase::None)
        CHECK(view.picks.empty());
    // Nothing in the view may equal the answer before the reveal: a pick of it is a reveal.
    if (view.questionPhase == QuestionPhase::Discussing)
        CHECK(std::find(view.picks.begin(), view.picks.end(), s.slide().question.answer) == view.picks.end());
}

void randomWalk(SessionFixture &f, unsigned seed, int steps)
{
    std::mt19937 random(seed);
    Session &s = *f.session;
    for (int i = 0; i < steps; ++i) {
        switch (random() % 12) {
        case 0:
        case 1:
        case 2: s.next(); break;
        case 3: s.previous(); break;
        case 4: s.pick(1 + int(random() % 7) - 1); break;
        case 5: s.undoPick(); break;
        case 6: s.reveal(); break;
        case 7: s.goTo(int(random() % (s.slideCount() + 2)) - 1); break;
        case 8: s.toggleBlank(random() % 2 ? Blank::Black : Blank::White); break;
        case 9: s.filmReachedStop(s.segmentRun() - int(random() % 2)); break;
        case 10: s.replaySegment(); break;
        case 11: s.skipFilm(); break;
        }
        f.clockMs += random() % 3000;
        checkAudienceView(s);
    }
}
}  // namespace

TEST_CASE("the audience view hides notes, talking points and the answer in every state of a random walk")
{
    const std::string withFeedback =
        replaced(minimalLesson(), "\"options\": [\"A\", \"B\", \"C\", \"D\"]",
                 R"("options": [{"text": "A", "feedback": "No"}, "B", "C", {"text": "D", "feedback": "Yes!", "talkingPoints": ["p"]}])");
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
        SessionFixture f(withFeedback);
        randomWalk(f, seed, 4000);
    }
}

TEST_CASE("the audience view of the seed lesson never shows an answer before it is picked or revealed")
{
    LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(result.ok());
    const std::string text = [&] {
        std::ifstream in(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
        return std::string(std::istreambuf_iterator<char>(in), {});
    }();
    SessionFixture f(text);
    randomWalk(f, 42, 20000);
}

TEST_CASE("the answer reaches the room exactly when it is picked or revealed")
{
    SessionFixture f;
    Session &s = *f.session;
    s.goTo(2);
    CHECK(s.audienceView().slide.question.answer == 0);
    s.skipFilm();
    s.pick(1);
    CHECK(s.audienceView().slide.question.answer == 0);
    CHECK(s.audienceView().picks == std::vector<int>{1});
    s.pick(4);
    CHECK(s.audienceView().slide.question.answer == 4);
    s.undoPick();
    CHECK(s.audienceView().slide.question.answer == 0);
    s.reveal();
    CHECK(s.audienceView().slide.question.answer == 4);
}

TEST_CASE("the room's slide is built from public fields only: filling every private field of a slide changes nothing")
{
    Slide plain;
    plain.kind = SlideKind::FilmQuestion;
    plain.title = "Film #1";
    plain.question.prompt = "Hvad nu?";
    plain.question.options = {{"A", {}, "Nej"}, {"B", {}, "Ja"}};
    plain.question.answer = 2;
    Slide secret = plain;
    secret.id = "hemmeligt-id";
    secret.notes.push_back({NoteKind::Important, "HEMMELIG NOTE"});
    secret.question.options[0].talkingPoints = {"hemmeligt talepunkt"};
    secret.minutes = 7;
    secret.section = PlanSection{"Hemmelig sektion", 30};
    secret.filmId = "film";
    secret.fromStop = "s1";
    secret.toStop = "s2";
    CHECK(publicPartOf(secret) == publicPartOf(plain));
    // Nor the answer or any feedback: the session adds them back only when the room has earned them.
    CHECK(publicPartOf(plain).question.answer == 0);
    CHECK(publicPartOf(plain).question.options[1].feedback.empty());
    CHECK(publicPartOf(plain).title == "Film #1");
}
