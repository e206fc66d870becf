// SPDX-License-Identifier: MIT
#include "session/recordcodec.h"
#include "sessionfixture.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
void toFirstQuestion(SessionFixture &f)
{
    f.session->goTo(2);
}
}  // namespace

TEST_CASE("entering a film question forwards plays its segment")
{
    SessionFixture f;
    const int runBefore = f.session->segmentRun();
    toFirstQuestion(f);
    Session &s = *f.session;
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.questionPhase() == QuestionPhase::None);
    CHECK(s.segmentRun() == runBefore + 1);
    CHECK(s.segment() == FilmSegment{0, -1, 0});
}

TEST_CASE("one stray Next does not skip the film, a second within 2 s does")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    CHECK(f.count([&] { s.next(); }) == 1);
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.skipArmed());
    f.clockMs += 1999;
    s.next();
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK_FALSE(s.skipArmed());
}

TEST_CASE("a second Next after the 2 s window only arms the skip again")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    s.next();
    f.clockMs += 2001;
    CHECK_FALSE(s.skipArmed());
    s.next();
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.skipArmed());
}

TEST_CASE("the player's stop report shows the question, a late report from an old run is ignored")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    const int run = s.segmentRun();
    CHECK(f.count([&] { s.filmReachedStop(run - 1); }) == 0);
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(f.count([&] { s.filmReachedStop(run); }) == 1);
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(f.count([&] { s.filmReachedStop(run); }) == 0);
}

TEST_CASE("a segment that plays to the end ends, and Next then moves on")
{
    SessionFixture f;
    Session &s = *f.session;
    s.goTo(4);
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.segment()->playsToEnd());
    s.filmEnded(s.segmentRun());
    CHECK(s.filmPhase() == FilmPhase::Ended);
    CHECK(s.questionPhase() == QuestionPhase::None);
    s.next();
    CHECK(s.slideIndex() == 5);
    CHECK(s.filmPhase() == FilmPhase::Idle);
}

TEST_CASE("replaying a segment hides the question, restarts the film and keeps the picks")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    s.filmReachedStop(s.segmentRun());
    s.pick(2);
    const int run = s.segmentRun();
    s.replaySegment();
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.questionPhase() == QuestionPhase::None);
    CHECK(s.segmentRun() == run + 1);
    s.filmReachedStop(s.segmentRun());
    CHECK(s.picks() == std::vector<int>{2});
    s.goTo(0);
    CHECK(f.count([&] { s.replaySegment(); }) == 0);
}

TEST_CASE("going back into a film question shows its question at the stop, without replaying")
{
    SessionFixture f;
    Session &s = *f.session;
    s.goTo(3);
    const int run = s.segmentRun();
    s.previous();
    CHECK(s.slideIndex() == 2);
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    CHECK(s.segmentRun() == run);
    s.goTo(5);
    s.previous();
    CHECK(s.slideIndex() == 4);
    CHECK(s.filmPhase() == FilmPhase::Ended);
}

TEST_CASE("the console's skip button skips at once, and only while playing")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    s.skipFilm();
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(f.count([&] { s.skipFilm(); }) == 0);
}

TEST_CASE("leaving a film slide sets the film idle")
{
    SessionFixture f;
    toFirstQuestion(f);
    Session &s = *f.session;
    s.previous();
    CHECK(s.slideIndex() == 1);
    CHECK(s.filmPhase() == FilmPhase::Idle);
    CHECK_FALSE(s.segment().has_value());
}

TEST_CASE("when the film cannot play, one Next moves from the card to the question")
{
    SessionFixture f;
    Session &s = *f.session;
    CHECK(f.count([&] { s.setFilmProblem("clip.mp4 was not found"); }) == 1);
    CHECK(f.count([&] { s.setFilmProblem("clip.mp4 was not found"); }) == 0);
    CHECK(s.filmStatus().problem == "clip.mp4 was not found");
    toFirstQuestion(f);
    CHECK(s.filmPhase() == FilmPhase::Playing);
    s.next();
    CHECK(s.filmPhase() == FilmPhase::AtStop);
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    s.setFilmProblem({});
    s.goTo(3);
    s.next();
    CHECK(s.filmPhase() == FilmPhase::Playing);
}

TEST_CASE("the film's progress is kept once, in the session, and does not repaint the room")
{
    SessionFixture f;
    Session &s = *f.session;
    int progressed = 0;
    QObject::connect(&s, &Session::filmProgressed, [&] { ++progressed; });
    CHECK(f.count([&] { s.setFilmProgress(true, false, 1200, 146000); }) == 0);  // no changed(): the room sees no difference
    CHECK(progressed == 1);
    s.setFilmProgress(true, false, 1200, 146000);
    CHECK(progressed == 1);
    CHECK(s.filmStatus().positionMs == 1200);
    CHECK(s.filmStatus().durationMs == 146000);
    CHECK(s.filmStatus().loaded);
    CHECK_FALSE(s.filmStatus().paused);
}

TEST_CASE("an announced film segment shows its title first, and Next starts the film")
{
    SessionFixture f(replaced(minimalLesson(), "\"from\": \"s2\" }", "\"from\": \"s2\", \"announce\": true }"));
    Session &s = *f.session;
    s.goTo(3);
    s.skipFilm();
    s.reveal();
    const int run = s.segmentRun();
    REQUIRE(s.previewOfNext().has_value());
    CHECK(s.previewOfNext()->filmPhase == FilmPhase::Idle);  // the title card is what Next shows first
    s.next();
    REQUIRE(s.slideIndex() == 4);
    CHECK(s.filmPhase() == FilmPhase::Idle);
    CHECK(s.segmentRun() == run);  // nothing plays yet
    CHECK(s.previewOfNext()->filmPhase == FilmPhase::Playing);
    // Resuming a record saved here lands here, not at the film's end.
    SessionFixture g(replaced(minimalLesson(), "\"from\": \"s2\" }", "\"from\": \"s2\", \"announce\": true }"));
    REQUIRE(g.session->restore(s.snapshot()).restored);
    CHECK(g.session->slideIndex() == 4);
    CHECK(g.session->filmPhase() == FilmPhase::Idle);
    s.next();
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.segmentRun() == run + 1);
}

TEST_CASE("subtitles start as the lesson says, and the facilitator's toggle is one recorded event")
{
    SessionFixture plain;
    CHECK_FALSE(plain.session->subtitlesShown());  // the mini lesson's film has none

    const std::string text = replaced(minimalLesson(), R"("fps": 25,)",
                                      R"("fps": 25, "subtitles": [ { "language": "da", "source": "clip.da.srt", "shown": true } ],)");
    SessionFixture f(text);
    Session &s = *f.session;
    REQUIRE(s.lesson().films[0].subtitles.size() == 1);
    CHECK(s.subtitlesShown());
    std::vector<SessionEvent> events;
    QObject::connect(&s, &Session::recorded, [&](const SessionEvent &e) { events.push_back(e); });
    int changes = 0;
    QObject::connect(&s, &Session::changed, [&] { ++changes; });
    s.toggleSubtitles();
    CHECK_FALSE(s.subtitlesShown());
    CHECK(changes == 1);
    REQUIRE(events.size() == 1);
    CHECK(events[0].type == EventType::Subtitles);
    CHECK(events[0].shown == false);
    CHECK(recordcodec::toJson(events[0]).value("shown") == QJsonValue(false));  // as the record writes it
    s.toggleSubtitles();
    CHECK(s.subtitlesShown());
}
