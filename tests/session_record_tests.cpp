// SPDX-License-Identifier: MIT
#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/sessionrecord.h"
#include "session/sessionrecorder.h"
#include "session/sessionsummary.h"
#include "sessionfixture.h"
#include "waituntil.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
std::string withFlipchart()
{
    return replaced(minimalLesson(), "{ \"kind\": \"cover\", \"title\": \"Mini\",",
                    "{ \"kind\": \"cover\", \"title\": \"Mini\", \"flipchart\": true,");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}
/// A session of the flip-chart lesson, its timer on the session's clock, and its record in a fresh folder.
struct Recording {
    QTemporaryDir dir;
    QString path = dir.filePath("sessions/record.json");
    SessionFixture f{withFlipchart()};
    PresentationTimer timer{nullptr, [this] { return f.clockMs; }};
    SessionRecorder recorder{*f.session, timer, path};
};
}  // namespace

TEST_CASE("flip-chart entries are added, edited and removed on flip-chart slides only, and the room sees them")
{
    SessionFixture f(withFlipchart());
    Session &s = *f.session;
    CHECK(s.addFlipchartEntry("  Hurtig   optrapning "));
    CHECK(s.addFlipchartEntry("Ikke personligt"));
    CHECK_FALSE(s.addFlipchartEntry("   "));
    CHECK(s.flipchart(0) == QStringList{"Hurtig optrapning", "Ikke personligt"});
    CHECK(s.audienceView().flipchart == s.flipchart(0));
    CHECK(s.editFlipchartEntry(1, "Forholdet er ikke personligt"));
    CHECK_FALSE(s.editFlipchartEntry(5, "x"));
    CHECK(s.editFlipchartEntry(0, ""));  // emptying an entry removes it
    CHECK(s.flipchart(0) == QStringList{"Forholdet er ikke personligt"});
    CHECK(s.removeFlipchartEntry(0));
    CHECK_FALSE(s.removeFlipchartEntry(0));
    s.goTo(1);
    CHECK_FALSE(s.addFlipchartEntry("not here"));
}

TEST_CASE("every command is reported as one event for the record")
{
    SessionFixture f;
    Session &s = *f.session;
    QStringList types;
    QObject::connect(&s, &Session::recorded, [&](const SessionEvent &e) { types << recordcodec::eventName(e.type); });
    s.next();  // slide 1
    s.next();  // build
    s.goTo(2);  // slide + film-start
    s.next();  // arms the skip: no event
    f.clockMs += 100;
    s.next();  // film-skip + film-stop
    s.pick(1);
    s.undoPick();
    s.reveal();
    s.previous();  // unreveal
    s.toggleBlank(Blank::Black);
    s.replaySegment();
    CHECK(types
          == QStringList{"slide", "build", "slide", "film-start", "film-skip", "film-stop", "pick", "undo", "reveal", "unreveal", "blank",
                         "film-replay"});
}

TEST_CASE("the record codec reads back every event and the whole document as it wrote them")
{
    QTemporaryDir dir;
    SessionFixture f(withFlipchart());
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    QDateTime clock = QDateTime::fromString("2026-11-23T10:00:00.000", Qt::ISODateWithMs);
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"), nullptr, [&] {
        clock = clock.addMSecs(250);
        return clock;
    });
    recorder.start();
    Session &s = *f.session;
    timer.start();
    s.next();
    s.goTo(2);
    f.clockMs += 100;
    s.next();
    s.next();  // film-skip + film-stop
    s.pick(1);
    s.undoPick();
    s.pick(2);
    s.reveal();
    s.previous();
    s.toggleBlank(Blank::White);
    s.toggleSubtitles();
    s.goTo(0);
    s.addFlipchartEntry("lytte aktivt");
    s.editFlipchartEntry(0, "lytte");
    s.noteNextLesson("kundetyper", "Kundetyper");
    timer.pause();
    recorder.finish();

    const RecordDocument written = recorder.document();
    REQUIRE(written.events.size() >= 15);
    const QJsonObject json = recordcodec::toJson(written);
    const std::optional<RecordDocument> read = recordcodec::documentFromJson(json);
    REQUIRE(read.has_value());
    CHECK(recordcodec::toJson(*read) == json);  // byte for byte the same record again
    REQUIRE(read->events.size() == written.events.size());
    for (std::size_t i = 0; i < written.events.size(); ++i) {
        INFO(i << " " << recordcodec::eventName(written.events[i].event.type).toStdString());
        CHECK(read->events[i].event == written.events[i].event);
        CHECK(read->events[i].ms == written.events[i].ms);
        CHECK(read->events[i].time == written.events[i].time);
    }
    CHECK(read->state == written.state);
    CHECK(read->ended);
    CHECK(read->timerElapsedMs == written.timerElapsedMs);
    CHECK(read->lessonId == QStringLiteral("mini"));
    // Every event type has its own name in the record, and the name reads back as the type.
    QStringList names;
    for (int type = int(EventType::Start); type <= int(EventType::End); ++type) {
        const QString name = recordcodec::eventName(EventType(type));
        CHECK_FALSE(name.isEmpty());
        CHECK(recordcodec::eventTypeFromName(name) == EventType(type));
        names << name;
    }
    names.removeDuplicates();
    CHECK(names.size() == int(EventType::End) + 1);
}

TEST_CASE("a record's unknown events are left out, and a document without state or events is no record")
{
    QJsonObject record{
        {"format", 1},
        {"lesson", QJsonObject{{"id", "mini"}}},
        {"state", QJsonObject{}},
        {"events", QJsonArray{QJsonObject{{"type", "slide"}, {"slide", 2}, {"ms", 10}}, QJsonObject{{"type", "teleport"}, {"slide", 3}},
                              QJsonObject{{"type", "pick"}, {"option", "two"}}}}};
    const auto read = recordcodec::documentFromJson(record);
    REQUIRE(read.has_value());
    REQUIRE(read->events.size() == 2);
    CHECK(read->events[0].event.type == EventType::Slide);
    CHECK(read->events[0].event.slide == 2);
    CHECK(read->events[0].ms == 10);
    CHECK(read->events[1].event.type == EventType::Pick);
    CHECK_FALSE(read->events[1].event.option.has_value());  // not a number: not an option
    for (const char *missing : {"state", "events", "lesson", "format"}) {
        QJsonObject broken = record;
        broken.remove(QLatin1String(missing));
        CHECK_FALSE(recordcodec::documentFromJson(broken).has_value());
    }
}

TEST_CASE("a snapshot restores slide, phases, picks and flip charts, through the record's JSON")
{
    SessionFixture a(withFlipchart());
    a.session->addFlipchartEntry("Idé");
    a.session->goTo(3);
    a.session->skipFilm();
    a.session->pick(1);
    a.session->pick(2);
    const SessionSnapshot snap = a.session->snapshot();
    const QJsonObject json = recordcodec::toJson(snap);
    CHECK(json["slideKeys"].toObject()["3"].toString() == "film-question:Film #2");
    CHECK(json["slideKeys"].toObject()["0"].toString() == "cover:Mini");
    const auto read = recordcodec::snapshotFromJson(json);
    REQUIRE(read.has_value());
    CHECK(*read == snap);

    SessionFixture b(withFlipchart());
    const RestoreResult result = b.session->restore(*read);
    REQUIRE(result.restored);
    CHECK(result.lost.isEmpty());
    CHECK(b.session->slideIndex() == 3);
    CHECK(b.session->filmPhase() == FilmPhase::AtStop);
    CHECK(b.session->questionPhase() == QuestionPhase::Discussing);
    CHECK(b.session->picks() == std::vector<int>{1, 2});
    CHECK(b.session->flipchart(0) == QStringList{"Idé"});
    CHECK(b.session->snapshot() == snap);

    QJsonObject bad = json;
    bad["film"] = "rewinding";
    CHECK_FALSE(recordcodec::snapshotFromJson(bad).has_value());
    bad = json;
    bad["questions"] = QJsonObject{{"three", QJsonObject{{"picks", QJsonArray{1}}}}};
    CHECK_FALSE(recordcodec::snapshotFromJson(bad).has_value());
}

TEST_CASE("resuming after the lesson changed matches slides by their keys, and says what could not be restored")
{
    // Saved at Film #2 with picks on Film #1 and Film #2, and entries on the cover's flip chart.
    SessionFixture a(withFlipchart());
    a.session->addFlipchartEntry("Idé");
    a.session->goTo(2);
    a.session->skipFilm();
    a.session->pick(4);
    a.session->goTo(3);
    a.session->skipFilm();
    a.session->pick(1);
    const SessionSnapshot snap = *recordcodec::snapshotFromJson(recordcodec::toJson(a.session->snapshot()));

    // Then the author deleted slide 2 ("Points"), and the cover is no longer a flip chart.
    std::string changed =
        replaced(minimalLesson(),
                 "{ \"kind\": \"bullets\", \"title\": \"Points\", \"build\": true, \"bullets\": [\"one\", \"two\", \"three\"],\n"
                 "      \"notes\": [ { \"kind\": \"discuss\", \"text\": \"Ask the room.\" } ] },\n",
                 "");
    SessionFixture b(changed);
    REQUIRE(b.session->slideCount() == 5);
    const RestoreResult result = b.session->restore(snap);
    REQUIRE(result.restored);
    CHECK(b.session->slideIndex() == 2);  // Film #2, now the third slide
    CHECK(b.session->slide().title == "Film #2");
    CHECK(b.session->picks() == std::vector<int>{1});
    CHECK(b.session->questionRecord(1)->picks == std::vector<int>{4});  // Film #1 keeps its own pick
    CHECK(b.session->flipchart(0).empty());
    REQUIRE(result.lost.size() == 1);
    CHECK(result.lost[0] == "the flip-chart entry of \"Mini\" (slide 1) has no flip-chart slide in the lesson now");

    // A slide that is gone: the session goes on near it, and says so.
    SessionSnapshot gone = snap;
    gone.slideKeys[3] = "film-question:Film #9";
    const RestoreResult lost = b.session->restore(gone);
    REQUIRE(lost.restored);
    CHECK(b.session->slideIndex() == 3);
    CHECK(lost.lost.contains("\"Film #9\" (slide 4) is no longer in the lesson; the session goes on at slide 4"));
    CHECK(lost.lost.contains("the picks on \"Film #9\" (slide 4) no longer fit a question of the lesson"));
}

TEST_CASE("a film that was playing resumes from its last stop: the segment plays again")
{
    SessionFixture a;
    a.session->goTo(3);
    SessionFixture b;
    const int run = b.session->segmentRun();
    REQUIRE(b.session->restore(a.session->snapshot()).restored);
    CHECK(b.session->filmPhase() == FilmPhase::Playing);
    CHECK(b.session->segmentRun() == run + 1);
    CHECK(b.session->segment() == FilmSegment{0, 0, 1});
}

TEST_CASE("the record is valid JSON with the current state after every event")
{
    Recording r;
    const QString &path = r.path;
    SessionFixture &f = r.f;
    PresentationTimer &timer = r.timer;
    SessionRecorder &recorder = r.recorder;
    int checked = 0;
    QObject::connect(f.session.get(), &Session::recorded, [&] {
        // The recorder wrote before this slot ran: the file on disk already holds this event.
        const QJsonObject record = readJson(path);
        CHECK(record["state"].toObject() == recordcodec::toJson(f.session->snapshot()));
        ++checked;
    });
    REQUIRE(recorder.start());
    Session &s = *f.session;
    s.addFlipchartEntry("Kunden er ikke en kollega");
    s.next();
    s.goTo(2);
    s.skipFilm();
    s.pick(3);
    s.pick(4);
    timer.start();
    recorder.finish();
    const QJsonObject record = readJson(path);
    CHECK(record["ended"].toBool());
    CHECK(record["lesson"].toObject()["id"].toString() == "mini");
    CHECK(record["events"].toArray().size() == checked + 3);  // start, timer, end
    CHECK(checked == 8);
    CHECK_FALSE(recordcodec::documentFromJson(record).value().interrupted());
}

TEST_CASE("a corrupt or truncated record is named, and set aside")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("r.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": 1, \"state\": { \"slide\": 3, ");
    file.close();
    QString error;
    CHECK_FALSE(SessionRecord::load(path, &error).has_value());
    CHECK(error.contains("not valid JSON"));
    CHECK(error.contains("truncated"));
    const QString aside = SessionRecord::setAside(path);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QFile::exists(aside));
    CHECK(aside.contains(".bad-"));
    QFile other(path);
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("[1, 2]");
    other.close();
    CHECK_FALSE(SessionRecord::load(path, &error).has_value());
    CHECK(error.contains("not a Stoppunkt session record"));
}

TEST_CASE("the summary gives each question's picks and time to the answer, the flip charts and the time per slide")
{
    QTemporaryDir dir;
    SessionFixture f(withFlipchart());
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    QDateTime clock = QDateTime::fromString("2026-11-23T10:00:00.000", Qt::ISODateWithMs);
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"), nullptr, [&] { return clock; });
    recorder.start();
    Session &s = *f.session;
    s.addFlipchartEntry("Idé");
    clock = clock.addSecs(60);
    s.goTo(2);  // slide 1 took 60 s
    clock = clock.addSecs(30);
    s.skipFilm();  // the question appears at 90 s
    clock = clock.addSecs(20);
    s.pick(2);
    clock = clock.addSecs(25);
    s.pick(4);  // right, 45 s after the question appeared
    clock = clock.addSecs(5);
    s.next();  // to slide 4
    const SessionSummary summary = SessionSummary::fromRecord(s.lesson(), recorder.document());
    REQUIRE(summary.questions.size() == 2);
    CHECK(summary.questions[0].picks == std::vector<int>{2, 4});
    CHECK(summary.questions[0].msToAnswer == 45000);
    CHECK(summary.questions[0].foundByPicking);
    CHECK(summary.questions[1].msToAnswer == -1);
    REQUIRE(summary.flipcharts.size() == 1);
    CHECK(summary.flipcharts[0].entries == QStringList{"Idé"});
    REQUIRE(summary.slideTimes.size() >= 2);
    CHECK(summary.slideTimes[0].slide == 0);
    CHECK(summary.slideTimes[0].ms == 60000);
    CHECK(summary.slideTimes[1].slide == 2);
    CHECK(summary.slideTimes[1].ms == 80000);
    CHECK(durationText(45000) == "45 s");
    CHECK(durationText(245000) == "4 min 05 s");
    CHECK(summary.nextLesson.isEmpty());
    s.noteNextLesson("kundetyper", "Kundetyper");  // the group's choice, recorded before the lesson changes
    CHECK(SessionSummary::fromRecord(s.lesson(), recorder.document()).nextLesson == "Kundetyper");
}

TEST_CASE("the summary's times are the lesson's: set-up before F5 or the first Next and pauses count nowhere, as on the timer")
{
    QTemporaryDir dir;
    SessionFixture f(withFlipchart());
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    QDateTime clock = QDateTime::fromString("2026-11-23T10:00:00.000", Qt::ISODateWithMs);
    const auto wait = [&](int seconds) {
        clock = clock.addSecs(seconds);
        f.clockMs += seconds * 1000;
    };
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"), nullptr, [&] { return clock; });
    recorder.start();
    Session &s = *f.session;
    wait(340);  // five and a half minutes of set-up: the program is open, the lesson has not begun
    timer.start();  // F5
    wait(60);
    s.goTo(2);  // slide 1 took the lesson's first minute
    wait(30);
    timer.pause();  // T: a break of ten minutes
    wait(600);
    timer.start();
    wait(20);
    s.goTo(3);
    wait(15);
    const SessionSummary summary = SessionSummary::fromRecord(s.lesson(), recorder.document());
    CHECK(summary.totalMs == timer.elapsedMs());
    CHECK(summary.totalMs == 125000);
    REQUIRE(summary.slideTimes.size() == 3);
    CHECK(summary.slideTimes[0].ms == 60000);
    CHECK(summary.slideTimes[1].ms == 50000);
    CHECK(summary.slideTimes[2].ms == 15000);
    // Shift+T starts the lesson's time again from 0: the summary follows the timer.
    timer.reset();
    timer.start();
    wait(10);
    CHECK(SessionSummary::fromRecord(s.lesson(), recorder.document()).totalMs == timer.elapsedMs());
}

namespace {
/// Files this process writes stop growing at `bytes`, as on a full disk: writes past it fail (EFBIG) instead
/// of succeeding. Only regular files are limited, so the test's own output still flows.
struct FileSizeLimit {
    rlimit saved{};
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit limited = saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &saved); }
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

TEST_CASE("a full disk keeps the last good record, says so at once, and saving resumes when there is room")
{
    Recording r;
    const QString &path = r.path;
    SessionFixture &f = r.f;
    SessionRecorder &recorder = r.recorder;
    QStringList problems;
    QObject::connect(&recorder, &SessionRecorder::problemChanged, [&](const QString &p) { problems << p; });
    REQUIRE(recorder.start());
    f.session->addFlipchartEntry("Kunden er ikke en kollega");
    const QByteArray good = contents(path);
    REQUIRE(good.size() > 200);
    {
        const FileSizeLimit full(100);
        f.session->next();
        f.session->next();
    }
    CHECK(contents(path) == good);  // not emptied, not cut off: the record before the failed writes
    REQUIRE(problems.size() == 1);  // said once, not once per event
    CHECK_FALSE(problems[0].isEmpty());  // the system's reason: "File too large" here, "No space left on device" on a full disk
    CHECK(recorder.problem() == problems[0]);
    f.session->next();
    CHECK(recorder.problem().isEmpty());
    CHECK(problems.size() == 2);
    CHECK(problems[1].isEmpty());
    // Nothing was lost: the events of the failed writes are in the record that got through.
    CHECK(readJson(path)["events"].toArray().size() == 5);  // start, flip chart, three slides
    CHECK(readJson(path)["state"].toObject() == recordcodec::toJson(f.session->snapshot()));
}

TEST_CASE("the record is written once per event: not for timer ticks, and not twice for one event")
{
    Recording r;
    const QString &path = r.path;
    SessionFixture &f = r.f;
    PresentationTimer &timer = r.timer;
    SessionRecorder &recorder = r.recorder;
    int writes = 0, events = 0;
    QObject::connect(&recorder, &SessionRecorder::saved, [&] { ++writes; });
    QObject::connect(f.session.get(), &Session::recorded, [&] { ++events; });
    REQUIRE(recorder.start());
    CHECK(writes == 1);
    f.session->next();
    f.session->addFlipchartEntry("Idé");
    f.clockMs += 60000;  // a minute of the timer running: no events, no writes
    timer.start();
    CHECK(writes == 1 + events + 1);  // start, the session's events, the timer's start
    recorder.finish();
    CHECK(writes == 1 + events + 2);
    recorder.finish();
    CHECK(writes == 1 + events + 2);
    CHECK(readJson(path)["ended"].toBool());
}

TEST_CASE("while the timer runs, the record holds its time within a second or two, with no event to write it")
{
    Recording r;
    REQUIRE(r.recorder.start());
    r.timer.start();
    const auto timerOnDisk = [&] { return readJson(r.path)["timer"].toObject()["elapsedMs"].toInteger(); };
    REQUIRE(timerOnDisk() == 0);
    r.f.clockMs += 5 * 60 * 1000;  // five quiet minutes: the film plays, nobody presses a key
    CHECK(waitUntil([&] { return timerOnDisk() == 5 * 60 * 1000; }, 30000));
    CHECK(readJson(r.path)["events"].toArray().size() == 2);  // start and the timer's start: no tick is an event

    r.timer.pause();  // a pause is an event: the record holds the paused time at once
    r.f.clockMs += 60 * 1000;
    CHECK(timerOnDisk() == 5 * 60 * 1000);
}

TEST_CASE("the record keeps each slide's planned time beside the time it took, also after the lesson's plan changes")
{
    QTemporaryDir dir;
    std::string text = replaced(minimalLesson(), R"("title": "Mini", "bullets")", R"("title": "Mini", "minutes": 2, "bullets")");
    text = replaced(text, R"("title": "Film #1",)", R"("title": "Film #1", "section": { "minutes": 12 },)");
    SessionFixture f(text);
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    QDateTime clock = QDateTime::fromString("2026-11-23T10:00:00.000", Qt::ISODateWithMs);
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"), nullptr, [&] { return clock; });
    recorder.start();
    Session &s = *f.session;
    REQUIRE(s.timePlan().totalMs == 14 * 60000);
    clock = clock.addSecs(150);
    s.goTo(2);  // the cover took 2:30 of its planned 2:00; Film #1 has a quarter of the section's 12 minutes
    clock = clock.addSecs(200);
    s.goTo(3);

    QJsonArray entered;  // the start, then each slide
    for (const QJsonValue &e : recordcodec::toJson(recorder.document()).value("events").toArray())
        if (e.toObject().value("type").toString() == "slide" || e.toObject().value("type").toString() == "start")
            entered.append(e);
    REQUIRE(entered.size() == 3);
    CHECK(entered[0].toObject().value("plannedMs").toInteger() == 120000);
    CHECK(entered[1].toObject().value("plannedMs").toInteger() == 180000);
    CHECK(entered[2].toObject().value("plannedMs").toInteger() == 180000);

    // The author edits the plan afterwards: the report still shows what was planned in that session.
    const Lesson edited = loadText(replaced(text, R"("minutes": 2, "bullets")", R"("minutes": 9, "bullets")")).lesson.value();
    const SessionSummary summary = SessionSummary::fromRecord(edited, recorder.document());
    REQUIRE(summary.slideTimes.size() == 3);
    CHECK(summary.slideTimes[0].ms == 150000);
    CHECK(summary.slideTimes[0].plannedMs == 120000);
    CHECK(summary.slideTimes[1].ms == 200000);
    CHECK(summary.slideTimes[1].plannedMs == 180000);
    CHECK(summary.plannedMs == 21 * 60000);  // the whole plan is the lesson's own, as it is now
}

TEST_CASE("a vote of the room's phones goes into the record when it closes, with its question, and into the summary")
{
    QTemporaryDir dir;
    SessionFixture f(withFlipchart());
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"));
    recorder.start();
    Session &s = *f.session;
    s.goTo(2);
    s.skipFilm();
    const std::string question = s.lesson().slideKey(2);
    ParticipationState room;
    room.on = true;
    room.address = "http://127.0.0.1:8471";
    room.roomCode = "0420";
    room.joined = 3;
    room.voteOpen = true;
    room.voteQuestion = QString::fromStdString(question);
    room.tally = {0, 1, 0, 1};
    room.voters = 2;
    s.setParticipation(room);
    room.tally = {0, 1, 0, 2};
    room.voters = 3;
    s.setParticipation(room);  // still open: nothing recorded yet
    s.goTo(3);  // the room moves on; the server closes the vote
    room.voteOpen = false;
    s.setParticipation(room);
    int votes = 0;
    for (const QJsonValue &e : recordcodec::toJson(recorder.document()).value("events").toArray())
        if (e.toObject().value("type").toString() == "room-vote") {
            ++votes;
            CHECK(e.toObject().value("question").toString().toStdString() == question);
            CHECK(e.toObject().value("slide").toInt() != 2);  // where the session was when it closed
        }
    CHECK(votes == 1);
    const SessionSummary summary = SessionSummary::fromRecord(s.lesson(), recorder.document());
    REQUIRE(summary.questions.size() == 2);
    CHECK(summary.questions[0].roomVotes == std::vector<int>{0, 1, 0, 2});
    CHECK(summary.questions[0].roomVoters == 3);
    CHECK(summary.questions[0].roomJoined == 3);
    CHECK(summary.questions[1].roomVotes.empty());
}

TEST_CASE("each suggestion from a phone goes into the record as it arrives, accepted or not, without its nickname")
{
    QTemporaryDir dir;
    SessionFixture f(withFlipchart());
    PresentationTimer timer(nullptr, [&] { return f.clockMs; });
    SessionRecorder recorder(*f.session, timer, dir.filePath("r.json"));
    recorder.start();
    Session &s = *f.session;
    s.goTo(1);
    s.noteRoomSuggestion("Kunden føler sig overset");
    s.noteRoomSuggestion("<b>Lyt</b>");
    QStringList texts;
    for (const QJsonValue &e : recordcodec::toJson(recorder.document()).value("events").toArray())
        if (e.toObject().value("type").toString() == "room-suggestion") {
            texts << e.toObject().value("text").toString();
            CHECK(e.toObject().value("slide").toInt() == 1);
            CHECK_FALSE(e.toObject().contains("nickname"));
        }
    CHECK(texts == QStringList{"Kunden føler sig overset", "<b>Lyt</b>"});
    CHECK(s.flipchart(1).empty());  // recorded is not accepted: the flip chart waits for the facilitator
}
