// SPDX-License-Identifier: MIT
// The facilitator's remote without the network: pairing with a one-time secret, one remote at a time,
// commands applied once, the shapes a remote may send, and the console's view it is shown.
#include "lesson/lessonloader.h"
#include "room/core/roomsecrets.h"
#include "room/remote/remotecommand.h"
#include "room/remote/remotepairing.h"
#include "room/remote/remoteview.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
Lesson seedLesson()
{
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(loaded.ok());
    return std::move(*loaded.lesson);
}

ParsedRemoteMessage parse(const QJsonObject &message)
{
    return parseRemoteMessage(QJsonDocument(message).toJson(QJsonDocument::Compact), RoomLimits{});
}
}  // namespace

TEST_CASE("a pairing secret works once, within its two minutes, and a guess or a trainee's token never pairs")
{
    RemotePairing pairing;
    CHECK_FALSE(pairing.offering(0));
    CHECK(pairing.pair(roomsecrets::newToken(), "Android · Chrome", 0).status == RoomStatus::Unauthorized);  // nothing offered

    const QString secret = pairing.offer(1000);
    CHECK(secret.size() == 22);
    CHECK(RemotePairing::kOfferLifetimeMs == 2 * 60 * 1000);
    CHECK(pairing.offering(1000 + RemotePairing::kOfferLifetimeMs - 1));
    CHECK_FALSE(pairing.offering(1000 + RemotePairing::kOfferLifetimeMs));
    RemotePairing inTime;  // the same secret just before its two minutes are over, and then
    const QString fresh = inTime.offer(0);
    CHECK(inTime.pair(fresh, {}, RemotePairing::kOfferLifetimeMs - 1).status == RoomStatus::Ok);
    RemotePairing later;
    const QString staler = later.offer(0);
    CHECK(later.pair(staler, {}, RemotePairing::kOfferLifetimeMs).status != RoomStatus::Ok);
    CHECK_FALSE(later.paired());
    CHECK(pairing.pair(roomsecrets::newToken(), {}, 2000).status == RoomStatus::Unauthorized);  // a guess
    CHECK_FALSE(pairing.paired());

    const RemotePairing::Paired paired = pairing.pair(secret, "Android · Chrome\u202e<b>", 2000);
    REQUIRE(paired.status == RoomStatus::Ok);
    CHECK(paired.token.size() == 22);
    CHECK(paired.token != secret);
    CHECK(pairing.paired());
    CHECK(pairing.device() == "Android · Chrome<b>");  // the bidi override is gone; it stays plain text
    CHECK(pairing.isRemote(paired.token));
    CHECK_FALSE(pairing.isRemote(secret));
    CHECK_FALSE(pairing.offering(2000));

    // The same secret a second time (a second phone that scanned it too): gone, and the remote stays.
    const RemotePairing::Paired again = pairing.pair(secret, "iOS · Safari", 3000);
    CHECK(again.status == RoomStatus::Gone);
    CHECK(again.token.isEmpty());
    CHECK(pairing.isRemote(paired.token));
    CHECK(pairing.device() == "Android · Chrome<b>");

    // An offer that was never scanned expires.
    RemotePairing other;
    const QString late = other.offer(0);
    CHECK(other.pair(late, {}, RemotePairing::kOfferLifetimeMs).status == RoomStatus::Gone);
    CHECK_FALSE(other.paired());
    // A new offer makes the old one useless.
    const QString first = other.offer(10);
    const QString second = other.offer(20);
    CHECK(other.pair(first, {}, 30).status == RoomStatus::Gone);
    CHECK(other.pair(second, {}, 40).status == RoomStatus::Ok);
}

TEST_CASE("one remote at a time: pairing another phone drops the first, and a dropped token no longer works")
{
    RemotePairing pairing;
    const QString first = pairing.pair(pairing.offer(0), "first", 1).token;
    const QString second = pairing.pair(pairing.offer(2), "second", 3).token;
    CHECK_FALSE(pairing.isRemote(first));
    CHECK(pairing.isRemote(second));
    CHECK(pairing.device() == "second");
    pairing.drop();
    CHECK_FALSE(pairing.paired());
    CHECK_FALSE(pairing.isRemote(second));
    CHECK(pairing.device().isEmpty());
}

TEST_CASE("a command's id is applied once: the same command sent again after a lost answer changes nothing")
{
    RemotePairing pairing;
    pairing.pair(pairing.offer(0), {}, 1);
    CHECK(pairing.firstTime(1));
    CHECK_FALSE(pairing.firstTime(1));
    CHECK(pairing.firstTime(2));
    CHECK(pairing.firstTime(5));
    CHECK_FALSE(pairing.firstTime(3));  // older than one applied
    // A new pairing counts from 1 again.
    pairing.pair(pairing.offer(2), {}, 3);
    CHECK(pairing.firstTime(1));
}

TEST_CASE("the remote's messages are checked for shape: only the remote's named actions, a pick from 1 to 6, whole ids")
{
    const QString token = roomsecrets::newToken();
    auto command = [&](const QJsonObject &extra) {
        QJsonObject m{{"type", "command"}, {"token", token}, {"id", 1}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            m.insert(it.key(), it.value());
        return parse(m);
    };
    for (const char *name :
         {"next", "previous", "black", "reveal", "undo-pick", "pause-film", "vote", "accept-suggestion", "drop-suggestion"}) {
        const ParsedRemoteMessage parsed = command({{"action", name}});
        INFO(name);
        REQUIRE(parsed.ok());
        REQUIRE(parsed.message.command.action);
        CHECK(actionInfo(*parsed.message.command.action).name == QLatin1String(name));
    }
    const ParsedRemoteMessage pick = command({{"action", "pick"}, {"option", 3}});
    REQUIRE(pick.ok());
    CHECK_FALSE(pick.message.command.action);
    CHECK(pick.message.command.pick == 3);

    // What a remote may not do, even though the keyboard may: quit, turn the room off, open a lesson...
    for (const char *name :
         {"quit", "participation", "open-lesson", "swap-screens", "pair-remote", "drop-remote", "ui-language", "nonsense", ""})
        CHECK(command({{"action", name}}).status == RoomStatus::BadRequest);
    for (const QJsonValue &option : {QJsonValue(0), QJsonValue(7), QJsonValue(2.5), QJsonValue("2"), QJsonValue()})
        CHECK(command({{"action", "pick"}, {"option", option}}).status == RoomStatus::BadRequest);
    for (const QJsonValue &id : {QJsonValue(0), QJsonValue(-1), QJsonValue(1.5), QJsonValue("1"), QJsonValue(1e300)})
        CHECK(command({{"action", "next"}, {"id", id}}).status == RoomStatus::BadRequest);

    CHECK(parse({{"type", "command"}, {"id", 1}, {"action", "next"}}).status == RoomStatus::Unauthorized);
    CHECK(parse({{"type", "command"}, {"token", "<script>"}, {"id", 1}, {"action", "next"}}).status == RoomStatus::Unauthorized);
    CHECK(parse({{"type", "pair"}, {"secret", "1234"}}).status == RoomStatus::Unauthorized);
    CHECK(parse({{"type", "pair"}, {"secret", token}, {"device", 7}}).status == RoomStatus::BadRequest);
    CHECK(parse({{"type", "pair"}, {"secret", token}}).ok());
    CHECK(parse({{"type", "resume"}, {"token", token}}).ok());
    CHECK(parse({{"type", "join"}, {"room", "1234"}}).status == RoomStatus::BadRequest);  // a trainee's message
    CHECK(parseRemoteMessage("{\"type\":", RoomLimits{}).status == RoomStatus::BadRequest);
    CHECK(parseRemoteMessage("[1,2]", RoomLimits{}).status == RoomStatus::BadRequest);
    CHECK(parseRemoteMessage(QByteArray(5000, ' '), RoomLimits{}).status == RoomStatus::PayloadTooLarge);
}

TEST_CASE("the remote's view is the console's: notes, the next step, the time, the right answer and talking points")
{
    Session session(seedLesson());
    session.goTo(10);  // Film #1: the film plays
    QJsonObject view = remoteView(session, {65'000, true});
    CHECK(view.value("type") == "console");
    CHECK(view.value("slide") == 11);
    CHECK(view.value("slides") == 16);
    CHECK(view.value("title") == "Film #1");
    CHECK(view.value("film").toObject().value("phase") == "playing");
    CHECK(view.value("next").toObject().value("what") == "stop");
    CHECK_FALSE(view.contains("question"));
    CHECK(view.value("time").toObject().value("elapsedMs").toInteger() == 65'000);
    CHECK(view.value("time").toObject().value("running").toBool());
    CHECK(view.value("time").toObject().value("plannedMs").toInteger() == session.timePlan().totalMs);
    const Slide &slide = session.slide();
    REQUIRE_FALSE(slide.notes.empty());
    const QJsonArray notes = view.value("notes").toArray();
    REQUIRE(notes.size() == qsizetype(slide.notes.size()));
    CHECK(notes[0].toObject().value("text").toString().toStdString() == slide.notes[0].text);

    session.skipFilm();  // at the stop: the room discusses
    view = remoteView(session, {});
    const QJsonObject question = view.value("question").toObject();
    CHECK(question.value("answer") == 4);  // the console knows the answer before the room does
    CHECK_FALSE(question.value("revealed").toBool());
    const QJsonArray options = question.value("options").toArray();
    REQUIRE(options.size() == 4);
    const QuestionOption &fourth = slide.question.options[3];
    CHECK(options[3].toObject().value("text").toString().toStdString() == fourth.text);
    CHECK(options[3].toObject().value("points").toArray().size() == qsizetype(fourth.talkingPoints.size()));
    CHECK(view.value("next").toObject().value("what") == "reveal");

    session.pick(1);
    session.pick(2);
    view = remoteView(session, {});
    CHECK(view.value("question").toObject().value("picks").toArray() == QJsonArray{1, 2});
    session.reveal();
    view = remoteView(session, {});
    CHECK(view.value("question").toObject().value("revealed").toBool());
    const QJsonObject next = view.value("next").toObject();
    CHECK(next.value("what") == "slide");
    CHECK(next.value("slide") == 12);

    // The room's tally, once the room voted on this question.
    ParticipationState room;
    room.on = true;
    room.joined = 5;
    room.voteQuestion = QString::fromStdString(session.lesson().slideKey(session.slideIndex()));
    room.tally = {1, 0, 1, 3};
    room.voters = 5;
    session.setParticipation(room);
    view = remoteView(session, {});
    CHECK(view.value("question").toObject().value("tally").toArray() == QJsonArray{1, 0, 1, 3});
    CHECK(view.value("room").toObject().value("joined") == 5);

    session.toggleBlank(Blank::Black);
    CHECK(remoteView(session, {}).value("blank") == "black");
    CHECK(remoteView(session, {}).value("next").toObject().value("what") == "unblank");
}

TEST_CASE("the remote's view of a build and a flip chart: the item that shows next, the entries and the suggestions")
{
    Session session(seedLesson());
    session.goTo(1);  // a flip-chart slide
    REQUIRE(session.slide().flipchart);
    session.addFlipchartEntry("Kunden føler sig overset");
    ParticipationState room;
    room.on = true;
    room.suggestions = {"Ann: <b>De er pressede</b>"};
    session.setParticipation(room);
    QJsonObject view = remoteView(session, {});
    CHECK(view.value("flipchart").toArray() == QJsonArray{"Kunden føler sig overset"});
    CHECK(view.value("suggestions").toArray() == QJsonArray{"Ann: <b>De er pressede</b>"});
    for (int i = 0; i < session.slideCount(); ++i) {
        session.goTo(i);
        if (session.slide().buildCount() == 0)
            continue;
        view = remoteView(session, {});
        const QJsonObject next = view.value("next").toObject();
        CHECK(next.value("what") == "build");
        CHECK_FALSE(next.value("item").toString().isEmpty());
        return;
    }
    FAIL("the seed lesson has no slide that builds");
}
