// SPDX-License-Identifier: MIT
// Questions without film, data slides that build, and going on to another lesson from the summary slide.
#include "session/recordcodec.h"
#include "sessionfixture.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
const std::string kSummary = R"({ "kind": "summary", "title": "Summary", "bullets": ["done"] })";

/// The minimal lesson ending in a question without film (answer 2) and a table of three rows that builds.
std::string moduleLesson()
{
    return replaced(minimalLesson(), kSummary, R"({ "kind": "question", "title": "Quiz", "question": "Which?",
      "options": ["A", { "text": "B", "feedback": "Yes", "talkingPoints": ["why"] }, "C"], "answer": 2 },
    { "kind": "table", "title": "T", "build": true, "columns": ["a", "b"], "rows": [["1", "2"], ["3", "4"], ["5", "6"]] })");
}

std::string fileText(const std::string &path)
{
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

Lesson loadFile(const std::string &id)
{
    LoadResult r = loadLessonFile(STOPPUNKT_LESSONS "/" + id + "/lesson.json");
    if (!r.ok())
        throw std::runtime_error(id + " does not load");
    return std::move(*r.lesson);
}
}  // namespace

TEST_CASE("a question without film is open for discussion as soon as its slide shows")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(5);
    CHECK(s.filmPhase() == FilmPhase::Idle);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.audienceView().questionPhase == QuestionPhase::Discussing);
    CHECK(s.audienceView().slide.question.answer == 0);
    CHECK(s.pick(3));
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.audienceView().picks == std::vector<int>{3});
    CHECK(s.pick(2));
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK(s.audienceView().slide.question.answer == 2);
    CHECK(s.audienceView().slide.question.options[1].feedback == "Yes");
}

TEST_CASE("Next at a question without film reveals first, then goes on, Previous takes the reveal back")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(5);
    REQUIRE(s.previewOfNext().has_value());
    CHECK(s.previewOfNext()->questionPhase == QuestionPhase::Revealed);
    // One stray Next does not give the answer away: it asks for a second press.
    s.next();
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.revealArmed());
    f.clockMs += 300;
    s.next();
    CHECK(s.slideIndex() == 5);
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    CHECK_FALSE(s.revealArmed());
    s.previous();
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    // A second press after the window only arms again.
    s.next();
    f.clockMs += 2500;
    s.next();
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    s.next();  // within the window of the press before: reveals
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
    s.next();
    CHECK(s.slideIndex() == 6);
    // Coming back from behind shows the question as it was left: revealed, not reopened.
    s.previous();
    CHECK(s.slideIndex() == 5);
    CHECK(s.questionPhase() == QuestionPhase::Revealed);
}

TEST_CASE("a table's rows build one Next at a time, and the lesson ends after the last")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(6);
    CHECK(s.buildStep() == 0);
    CHECK_FALSE(s.atLessonEnd());
    s.next();
    s.next();
    CHECK(s.buildStep() == 2);
    CHECK_FALSE(s.atLessonEnd());
    s.next();
    CHECK(s.buildStep() == 3);
    CHECK(s.atLessonEnd());
    CHECK_FALSE(s.previewOfNext().has_value());
    CHECK(s.thumbnailOf(6).buildStep == 3);
    CHECK(s.thumbnailOf(5).questionPhase == QuestionPhase::Discussing);
}

TEST_CASE("in every module lesson, the room never sees an answer early and the preview is what Next shows")
{
    for (const char *id : {"kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        INFO(id);
        SessionFixture f(fileText(std::string(STOPPUNKT_LESSONS "/") + id + "/lesson.json"));
        Session &s = *f.session;
        std::mt19937 random(11);
        int revealed = 0;
        for (int i = 0; i < 3000; ++i) {
            switch (random() % 8) {
            case 0: s.previous(); break;
            case 1:
            case 2: s.pick(1 + int(random() % 4)); break;
            case 3: s.goTo(int(random() % s.slideCount())); break;
            case 4: s.undoPick(); break;
            default: break;
            }
            const AudienceView view = s.audienceView();
            if (view.questionPhase == QuestionPhase::Revealed)
                ++revealed;
            CHECK(view.slide.question.answer == (view.questionPhase == QuestionPhase::Revealed ? s.slide().question.answer : 0));
            const auto preview = s.previewOfNext();
            f.nextStep();
            if (preview) {
                CHECK(preview->slideIndex == s.audienceView().slideIndex);
                CHECK(preview->buildStep == s.audienceView().buildStep);
                CHECK(preview->questionPhase == s.audienceView().questionPhase);
            }
        }
        CHECK(revealed > 100);
    }
}

TEST_CASE("starting another lesson begins at its first slide with nothing carried over")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(5);
    s.pick(1);
    s.setBlank(Blank::Black);
    int replaced = 0;
    QObject::connect(&s, &Session::lessonReplaced, [&] { ++replaced; });
    std::vector<QString> events;
    QObject::connect(&s, &Session::recorded, [&](const SessionEvent &e) { events.push_back(recordcodec::eventName(e.type)); });

    const int changes = f.count([&] { s.startLesson(loadFile("kundetyper")); });
    CHECK(changes == 1);
    CHECK(replaced == 1);
    CHECK(s.lesson().id == "kundetyper");
    CHECK(s.slideIndex() == 0);
    CHECK(s.buildStep() == 0);
    CHECK(s.blank() == Blank::None);
    CHECK(s.filmPhase() == FilmPhase::Idle);
    for (int i = 0; i < s.slideCount(); ++i)
        CHECK(s.questionRecord(i) == nullptr);
    CHECK(events == std::vector<QString>{QStringLiteral("slide")});
}

TEST_CASE("a question without film resumes with its picks from a snapshot")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(5);
    s.pick(3);
    const SessionSnapshot snapshot = s.snapshot();

    SessionFixture g(moduleLesson());
    REQUIRE(g.session->restore(snapshot).restored);
    CHECK(g.session->slideIndex() == 5);
    CHECK(g.session->questionPhase() == QuestionPhase::Discussing);
    CHECK(g.session->picks() == std::vector<int>{3});
    CHECK(g.session->pick(2));
    CHECK(g.session->questionPhase() == QuestionPhase::Revealed);
}

TEST_CASE("a question with \"vote\": false is discussed and picked, but the room's phones do not vote on it")
{
    SessionFixture f(replaced(moduleLesson(), R"("answer": 2 })", R"("answer": 2, "vote": false })"));
    Session &s = *f.session;
    s.goTo(5);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK_FALSE(s.lesson().slides[5].question.vote);
    CHECK(s.questionOpenForVotes().isEmpty());
    SessionFixture voting(moduleLesson());
    voting.session->goTo(5);
    CHECK_FALSE(voting.session->questionOpenForVotes().isEmpty());
}

TEST_CASE("when the author moves, copies or deletes slides, the picks, the flip chart and the slide shown follow their slides")
{
    SessionFixture f(moduleLesson());
    Session &s = *f.session;
    s.goTo(5);
    REQUIRE(s.pick(3));
    const Lesson original = s.lesson();
    // The question moves one place earlier (slides 4 and 5 trade places): its pick goes with it.
    Lesson moved = original;
    std::swap(moved.slides[4], moved.slides[5]);
    s.replaceLesson(moved, {0, 1, 2, 3, 5, 4, 6});
    CHECK(s.slideIndex() == 4);
    REQUIRE(s.questionRecord(4));
    CHECK(s.questionRecord(4)->picks == std::vector<int>{3});
    CHECK(s.questionRecord(5) == nullptr);
    // A copy of it right after: the copy starts without picks.
    Lesson copied = moved;
    copied.slides.insert(copied.slides.begin() + 5, copied.slides[4]);
    s.replaceLesson(copied, {0, 1, 2, 3, 4, -1, 5, 6});
    CHECK(s.questionRecord(4) != nullptr);
    CHECK(s.questionRecord(5) == nullptr);
    // The slide before it deleted: the question, its pick and the session move up one.
    Lesson deleted = copied;
    deleted.slides.erase(deleted.slides.begin() + 3);
    s.replaceLesson(deleted, {0, 1, 2, 4, 5, 6, 7});
    CHECK(s.slideIndex() == 3);
    REQUIRE(s.questionRecord(3));
    CHECK(s.questionRecord(3)->picks == std::vector<int>{3});
}
