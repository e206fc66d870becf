// SPDX-License-Identifier: MIT
// The room's rules, without a network: secrets, clean text, rate limits, message shapes, the ballot, and
// the phone's view, which must never tell more than the projector shows.
#include "lesson/lessonloader.h"
#include "privatetexts.h"
#include "room/core/ratelimiter.h"
#include "room/core/roomsecrets.h"
#include "room/core/traineetext.h"
#include "room/file/roomsnapshot.h"
#include "room/phones/ballot.h"
#include "room/phones/clientmessage.h"
#include "room/phones/joingate.h"
#include "room/phones/phoneview.h"
#include "room/phones/roomadmission.h"
#include "session/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
std::string str(const QString &s)
{
    return s.toStdString();
}

ParsedMessage parse(const char *json)
{
    return parseClientMessage(QByteArray(json), RoomLimits{});
}
}  // namespace

TEST_CASE("tokens are 128 bits in base64url and room codes four digits, each draw unlike the others, and a secret matches only itself")
{
    QSet<QString> tokens;
    for (int i = 0; i < 1000; ++i) {
        const QString token = roomsecrets::newToken();
        CHECK(token.size() == 22);  // 128 bits in base64url
        CHECK(token.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{22}$"))));
        tokens.insert(token);
    }
    CHECK(tokens.size() == 1000);
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const QString code = roomsecrets::newRoomCode();
        CHECK(code.contains(QRegularExpression(QStringLiteral("^[0-9]{4}$"))));
        codes.insert(code);
    }
    CHECK(codes.size() > 150);  // 200 draws from 10,000 rarely collide more than a few times
    CHECK(roomsecrets::sameSecret(QStringLiteral("0420"), QStringLiteral("0420")));
    CHECK_FALSE(roomsecrets::sameSecret(QStringLiteral("0420"), QStringLiteral("0421")));
    CHECK_FALSE(roomsecrets::sameSecret(QStringLiteral("0420"), QStringLiteral("04200")));
}

TEST_CASE("a trainee's text is kept as plain text, without controls or bidi overrides, and cut by whole characters")
{
    // Markup stays text: it is the showing that escapes it, everywhere.
    CHECK(str(cleanTraineeText(QStringLiteral("<script>alert(1)</script>"), 200)) == "<script>alert(1)</script>");
    CHECK(str(cleanTraineeText(QStringLiteral("  a\tb\n\nc\u0000d\u001b[31m  "), 200)) == "a b cd[31m");
    // Right-to-left letters stay; the overrides that would turn the text around go.
    CHECK(str(cleanTraineeText(QStringLiteral("\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"), 200))
          == "gnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627");
    CHECK(cleanTraineeText(QString(10000, QLatin1Char('x')), 200).size() == 200);
    // A thumbs-up with a skin tone is one character: the cut keeps it whole or leaves it out.
    const QString thumbs = QStringLiteral("\U0001F44D\U0001F3FD");
    CHECK(cleanTraineeText(QStringLiteral("ab") + thumbs + thumbs, 3) == QStringLiteral("ab") + thumbs);
    CHECK(cleanTraineeText(QStringLiteral("\u200F\u202A\u2066"), 200).isEmpty());
}

TEST_CASE("a client may send a burst, then only at its rate, clients do not share a bucket")
{
    RateLimiter limiter(4, 8);
    int allowed = 0;
    for (int i = 0; i < 20; ++i)
        allowed += limiter.allow(QStringLiteral("10.0.0.7"), 1000);
    CHECK(allowed == 8);
    CHECK(limiter.allow(QStringLiteral("10.0.0.8"), 1000));  // another phone is not slowed by it
    CHECK_FALSE(limiter.allow(QStringLiteral("10.0.0.7"), 1100));
    CHECK(limiter.allow(QStringLiteral("10.0.0.7"), 1300));  // a quarter second refills one message
    CHECK(limiter.clientsTracked() == 2);
    limiter.allow(QStringLiteral("10.0.0.9"), 200'000);  // a minute later the quiet ones are forgotten
    CHECK(limiter.clientsTracked() == 1);
}

TEST_CASE("messages from a phone are checked for shape and size before anything else")
{
    CHECK(parse("{\"type\":\"join\",\"room\":\"0420\",\"nickname\":\" Ann \"}").ok());
    CHECK(str(parse("{\"type\":\"join\",\"room\":\"0420\",\"nickname\":\" Ann \"}").message.nickname) == "Ann");
    const ParsedMessage vote = parse("{\"type\":\"vote\",\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"film-1\",\"option\":4}");
    REQUIRE(vote.ok());
    CHECK(vote.message.type == ClientMessage::Type::Vote);
    CHECK(vote.message.option == 4);

    CHECK(parseClientMessage(QByteArray(5000, ' '), RoomLimits{}).status == RoomStatus::PayloadTooLarge);
    CHECK(parse("{\"type\":\"vote\",").status == RoomStatus::BadRequest);  // malformed JSON
    CHECK(parse("[1,2]").status == RoomStatus::BadRequest);
    CHECK(parse("{\"type\":\"shutdown\"}").status == RoomStatus::BadRequest);
    CHECK(parse("{\"type\":\"join\"}").status == RoomStatus::BadRequest);
    CHECK(parse("{\"type\":\"join\",\"room\":\"0420\",\"nickname\":7}").status == RoomStatus::BadRequest);
    CHECK(parse("{\"type\":\"vote\",\"question\":\"q\",\"option\":1}").status == RoomStatus::Unauthorized);
    CHECK(parse("{\"type\":\"vote\",\"token\":\"x\",\"question\":\"q\",\"option\":1}").status == RoomStatus::Unauthorized);
    CHECK(parse("{\"type\":\"vote\",\"token\":\"AAAAAAAAAAAAAAAAAA<b>\",\"question\":\"q\",\"option\":1}").status
          == RoomStatus::Unauthorized);
    for (const char *option : {"2.5", "\"2\"", "0", "7", "-1", "1e9", "null"}) {
        INFO(option);
        const std::string json =
            std::string("{\"type\":\"vote\",\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"question\":\"q\",\"option\":") + option + "}";
        CHECK(parseClientMessage(QByteArray::fromStdString(json), RoomLimits{}).status == RoomStatus::BadRequest);
    }
    CHECK(parse("{\"type\":\"suggest\",\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"text\":\"\\u0000\\u202e \"}").status
          == RoomStatus::BadRequest);
    const ParsedMessage long_ = parseClientMessage(
        QByteArray("{\"type\":\"suggest\",\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"text\":\"") + QByteArray(3000, 'y') + "\"}", RoomLimits{});
    REQUIRE(long_.ok());
    CHECK(long_.message.text.size() == 200);
}

TEST_CASE("the ballot: the room code to join, one counted vote per phone, changes while open, nothing else")
{
    RoomLimits limits;
    limits.maxPhonesKept = 3;
    Ballot ballot(limits, QStringLiteral("0420"));
    CHECK(ballot.join(QStringLiteral("0421"), {}).status == RoomStatus::Forbidden);
    const Ballot::Joined ann = ballot.join(QStringLiteral("0420"), QStringLiteral("Ann"));
    REQUIRE(ann.status == RoomStatus::Ok);
    const QString bo = ballot.join(QStringLiteral("0420"), {}).token;
    const QString cy = ballot.join(QStringLiteral("0420"), {}).token;
    CHECK(ballot.join(QStringLiteral("0420"), {}).status == RoomStatus::Unavailable);  // full
    CHECK(ballot.join(ballot.joinSecret(), {}).status == RoomStatus::Unavailable);
    CHECK(ballot.joined() == 3);
    CHECK(ballot.joinSecret().size() == 22);  // the join card's secret: 128 bits
    Ballot other(limits, QStringLiteral("0420"));
    CHECK(other.join(ballot.joinSecret(), {}).status == RoomStatus::Forbidden);  // each room has its own
    CHECK(other.join(other.joinSecret(), {}).status == RoomStatus::Ok);
    CHECK(str(ballot.nicknameOf(ann.token)) == "Ann");

    const QString q = QStringLiteral("film-1");
    CHECK(ballot.vote(ann.token, q, 4) == RoomStatus::Conflict);  // not open yet
    ballot.open(q, 4);
    CHECK(ballot.vote(roomsecrets::newToken(), q, 4) == RoomStatus::Unauthorized);  // a guessed token
    CHECK(ballot.vote(ann.token, q, 5) == RoomStatus::BadRequest);
    CHECK(ballot.vote(ann.token, QStringLiteral("film-2"), 1) == RoomStatus::Conflict);
    CHECK(ballot.vote(ann.token, q, 2) == RoomStatus::Ok);
    CHECK(ballot.vote(ann.token, q, 2) == RoomStatus::Conflict);  // the same vote twice counts once
    CHECK(ballot.vote(ann.token, q, 4) == RoomStatus::Ok);  // a change of mind while open
    CHECK(ballot.vote(bo, q, 4) == RoomStatus::Ok);
    CHECK(ballot.vote(cy, q, 1) == RoomStatus::Ok);
    CHECK(ballot.tally(q) == std::vector<int>{1, 0, 0, 2});
    CHECK(ballot.voters(q) == 3);
    ballot.close();
    CHECK(ballot.vote(cy, q, 4) == RoomStatus::Conflict);  // closed: nothing changes
    CHECK(ballot.tally(q) == std::vector<int>{1, 0, 0, 2});
    CHECK(ballot.voteOf(ann.token, q) == 4);
    CHECK_FALSE(ballot.voteOf(ann.token, QStringLiteral("film-2")).has_value());
}

TEST_CASE("the room's file keeps the code, the phones, their votes and the waiting suggestions, and no token")
{
    RoomLimits limits;
    RoomSnapshot room{QStringLiteral("192.168.1.20"),         8471, QStringLiteral("film-1"),
                      Ballot(limits, QStringLiteral("0042")), {},   std::nullopt};
    const QString ann = room.ballot.join(QStringLiteral("0042"), QStringLiteral("Ann")).token;
    const QString bo = room.ballot.join(QStringLiteral("0042"), {}).token;
    room.ballot.open(QStringLiteral("film-1"), 4);
    REQUIRE(room.ballot.vote(ann, QStringLiteral("film-1"), 4) == RoomStatus::Ok);
    REQUIRE(room.ballot.vote(bo, QStringLiteral("film-1"), 2) == RoomStatus::Ok);
    room.suggestions.push_back({QStringLiteral("Ann"), QStringLiteral("Lyt først")});

    const QByteArray bytes = roomsnapshot::encode(room);
    CHECK_FALSE(bytes.contains(ann.toLatin1()));  // hashes only: the file gives nobody a phone's role
    CHECK_FALSE(bytes.contains(bo.toLatin1()));
    QString error;
    auto back = roomsnapshot::decode(bytes, limits, &error);
    REQUIRE(back.has_value());
    CHECK(str(back->address) == "192.168.1.20");
    CHECK(back->port == 8471);
    CHECK(str(back->lastQuestion) == "film-1");
    CHECK(str(back->ballot.roomCode()) == "0042");
    CHECK(back->ballot.joined() == 2);
    CHECK(back->ballot.knows(ann));
    CHECK(str(back->ballot.nicknameOf(ann)) == "Ann");
    CHECK(str(back->ballot.openQuestion()) == "film-1");
    CHECK(back->ballot.tally(QStringLiteral("film-1")) == std::vector<int>{0, 1, 0, 1});
    CHECK(back->ballot.voteOf(bo, QStringLiteral("film-1")) == 2);
    CHECK(back->suggestions == room.suggestions);
    // The restored ballot goes on as the first: the same vote twice is still one, a change still counts.
    CHECK(back->ballot.vote(ann, QStringLiteral("film-1"), 4) == RoomStatus::Conflict);
    CHECK(back->ballot.vote(ann, QStringLiteral("film-1"), 1) == RoomStatus::Ok);
    CHECK_FALSE(back->ballot.knows(roomsecrets::newToken()));
    CHECK(str(roomsnapshot::pathBeside(QStringLiteral("/s/2026-11-23-konflikter-2.json"))) == "/s/2026-11-23-konflikter-2.room.json");
    CHECK_FALSE(back->remote);  // no remote was paired

    // The paired remote: its token's hash, its name and the last command applied.
    room.remote = KeptRemote{QByteArray(32, '\x5a'), QStringLiteral("Android · Chrome"), 17};
    auto withRemote = roomsnapshot::decode(roomsnapshot::encode(room), limits);
    REQUIRE(withRemote.has_value());
    REQUIRE(withRemote->remote.has_value());
    CHECK(*withRemote->remote == *room.remote);
}

TEST_CASE("the room's file is the same bytes for the same room: phones in the order of their hashes, not the hash table's")
{
    RoomLimits limits;
    RoomSnapshot room{QStringLiteral("127.0.0.1"), 8471, {}, Ballot(limits, QStringLiteral("1234")), {}, std::nullopt};
    for (int i = 0; i < 300; ++i)
        REQUIRE(room.ballot.join(QStringLiteral("1234"), QStringLiteral("P%1").arg(i)).status == RoomStatus::Ok);
    const QByteArray bytes = roomsnapshot::encode(room);
    const QJsonArray phones = QJsonDocument::fromJson(bytes).object().value("ballot").toObject().value("phones").toArray();
    REQUIRE(phones.size() == 300);
    for (qsizetype i = 1; i < phones.size(); ++i) {
        const auto hashOf = [&](qsizetype at) {
            return QByteArray::fromBase64(phones[at].toObject().value("phone").toString().toLatin1());
        };
        CHECK(hashOf(i - 1) < hashOf(i));
    }
    // Read back (its hash table built in another order) and written again: the same bytes. The room file's fuzzer
    // found two writes of one room that differed in the order of the phones.
    const auto back = roomsnapshot::decode(bytes, limits);
    REQUIRE(back.has_value());
    CHECK(roomsnapshot::encode(*back) == bytes);
}

TEST_CASE("a damaged room file is refused whole, with the reason")
{
    RoomLimits limits;
    RoomSnapshot room{QStringLiteral("127.0.0.1"), 8471, {}, Ballot(limits, QStringLiteral("1234")), {}, std::nullopt};
    const QString ann = room.ballot.join(QStringLiteral("1234"), {}).token;
    room.ballot.open(QStringLiteral("q"), 4);
    REQUIRE(room.ballot.vote(ann, QStringLiteral("q"), 3) == RoomStatus::Ok);
    const QJsonObject good = QJsonDocument::fromJson(roomsnapshot::encode(room)).object();
    const auto refused = [&](const std::function<void(QJsonObject &)> &damage) {
        QJsonObject bad = good;
        damage(bad);
        QString error;
        const bool read = roomsnapshot::decode(QJsonDocument(bad).toJson(), limits, &error).has_value();
        INFO(str(error));
        return !read && !error.isEmpty();
    };
    CHECK_FALSE(refused([](QJsonObject &) {}));
    CHECK(roomsnapshot::decode("{\"format\":1,", limits).has_value() == false);
    CHECK(refused([](QJsonObject &o) { o.insert(QStringLiteral("format"), 2); }));
    CHECK(refused([](QJsonObject &o) { o.insert(QStringLiteral("port"), 70000); }));
    // A remote whose token hash or command count is not one: the whole file is refused.
    const QString hash = QString::fromLatin1(QByteArray(32, 'a').toBase64());
    CHECK_FALSE(refused([&](QJsonObject &o) { o.insert(QStringLiteral("remote"), QJsonObject{{"token", hash}, {"lastCommand", 3}}); }));
    CHECK(refused([](QJsonObject &o) { o.insert(QStringLiteral("remote"), QJsonObject{{"token", "short"}, {"lastCommand", 3}}); }));
    CHECK(refused([&](QJsonObject &o) { o.insert(QStringLiteral("remote"), QJsonObject{{"token", hash}, {"lastCommand", -1}}); }));
    CHECK(refused([&](QJsonObject &o) { o.insert(QStringLiteral("remote"), QJsonObject{{"token", hash}, {"lastCommand", 2.5}}); }));
    CHECK(refused([](QJsonObject &o) { o.insert(QStringLiteral("remote"), QStringLiteral("yes")); }));
    const auto inBallot = [](const QString &key, const QJsonValue &value) {
        return [key, value](QJsonObject &o) {
            QJsonObject b = o.value(QStringLiteral("ballot")).toObject();
            b.insert(key, value);
            o.insert(QStringLiteral("ballot"), b);
        };
    };
    CHECK(refused(inBallot(QStringLiteral("roomCode"), QStringLiteral("12a4"))));
    CHECK(refused(inBallot(QStringLiteral("roomCode"), QStringLiteral("1234\n"))));  // found by the room file's fuzzer
    CHECK(refused(inBallot(QStringLiteral("open"), QStringLiteral("no-such-question"))));
    CHECK(refused(inBallot(QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("phone"), QStringLiteral("c2hvcnQ=")}}})));
    CHECK(refused(inBallot(QStringLiteral("questions"), QJsonObject{{QStringLiteral("q"), QJsonObject{{QStringLiteral("options"), 9}}}})));
    // A vote from a phone the file does not know.
    CHECK(refused(inBallot(QStringLiteral("phones"), QJsonArray{})));
}

TEST_CASE("the phones never learn more than the projector shows, through a whole lesson")
{
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(loaded.ok());
    const Lesson lesson = *loaded.lesson;
    // Every private text of the lesson: notes and talking points.
    const QStringList secrets = test::privateTexts(lesson);
    REQUIRE(secrets.size() > 40);
    Session session(lesson);
    int views = 0, questionViews = 0, revealed = 0;
    auto check = [&](const char *when) {
        const AudienceView view = session.audienceView();
        const QString key = QString::fromStdString(lesson.slideKey(session.slideIndex()));
        const QByteArray sent = QJsonDocument(phoneView(view, key, true, 2)).toJson(QJsonDocument::Compact);
        const std::string text = QString::fromUtf8(sent).toStdString();
        INFO(when << " on slide " << session.slideIndex() + 1 << ": " << text);
        for (const QString &secret : secrets)
            CHECK(text.find(secret.toStdString()) == std::string::npos);
        const bool showsRight = text.find("\"right\"") != std::string::npos;
        CHECK(showsRight == (session.questionPhase() == QuestionPhase::Revealed));
        ++views;
        questionViews += text.find("\"prompt\"") != std::string::npos;
        revealed += showsRight;
    };
    for (int i = 0; i < session.slideCount(); ++i) {
        session.goTo(i);
        check("entered");
        if (!session.slide().isQuestion())
            continue;
        if (session.questionPhase() == QuestionPhase::None)
            session.skipFilm();
        check("discussing");
        const int answer = session.slide().question.answer;
        for (int option = 1; option <= int(session.slide().question.options.size()); ++option)
            if (option != answer) {
                session.pick(option);
                check("a wrong pick");
            }
        session.reveal();
        check("revealed");
    }
    CHECK(views == 16 + 4 * 5);  // each slide, and at each question: discussing, three wrong picks, revealed
    CHECK(questionViews >= 12);
    CHECK(revealed == 4);
}

TEST_CASE("the join gate: wrong typed codes make their address wait longer, and too many in the room pause typing")
{
    JoinGate gate;  // the program's own limits
    const QString a = QStringLiteral("192.168.1.20");
    qint64 now = 1000;
    CHECK(gate.mayTry(a, now) == JoinGate::Verdict::Try);
    gate.wrongCode(a, now);
    CHECK(gate.mayTry(a, now + 999) == JoinGate::Verdict::WaitAtThisAddress);  // 1 s
    CHECK(gate.mayTry(a, now + 1000) == JoinGate::Verdict::Try);
    gate.wrongCode(a, now + 1000);
    CHECK(gate.mayTry(a, now + 2999) == JoinGate::Verdict::WaitAtThisAddress);  // then 2 s
    CHECK(gate.mayTry(QStringLiteral("192.168.1.21"), now) == JoinGate::Verdict::Try);  // another phone is not held up
    gate.rightCode(a);
    CHECK(gate.mayTry(a, now + 1001) == JoinGate::Verdict::Try);
    // From as many addresses as an attacker likes: the room's budget of wrong codes, then a pause for everyone.
    for (int i = 0; gate.wrongCodes() < 19 && i < 100; ++i)
        gate.wrongCode(QStringLiteral("10.0.0.%1").arg(i), now);
    CHECK_FALSE(gate.paused(now));
    gate.wrongCode(QStringLiteral("10.0.1.1"), now);
    CHECK(gate.paused(now));
    CHECK(gate.mayTry(QStringLiteral("10.0.9.9"), now + 5 * 60 * 1000 - 1) == JoinGate::Verdict::Paused);
    CHECK(gate.mayTry(QStringLiteral("10.0.9.9"), now + 5 * 60 * 1000) == JoinGate::Verdict::Try);
    // At the fastest rate the gate takes wrong codes, finding one of 10,000 codes takes longer than a working day.
    CHECK(gate.fastestGuessesPerSecond() == Approx(20.0 / 300.0));
    CHECK(gate.expectedSecondsToGuess(10000) > 8 * 3600);
}

TEST_CASE("admission: a waiting connection holds no place, one address holds few, a phone that left keeps its place a while")
{
    RoomLimits limits;
    limits.maxClients = 2;
    limits.maxConnectionsPerAddress = 2;
    limits.maxWaitingConnections = 3;
    limits.placeGraceMs = 1000;
    RoomAdmission room(limits);
    CHECK(room.open(1, "a").accepted);
    CHECK(room.open(2, "a").accepted);
    CHECK_FALSE(room.open(3, "a").accepted);  // a third from the same address
    CHECK(room.open(4, "b").accepted);
    const RoomAdmission::Opened crowded = room.open(5, "c");  // a fourth waiting one: the oldest goes
    CHECK(crowded.accepted);
    CHECK(crowded.closeOldest == std::optional<quint64>(1));
    QString reason;
    CHECK(room.mayJoin(2, false, 30, &reason) == RoomStatus::Ok);
    room.joined(2, "phone-2", 30);
    room.joined(4, "phone-4", 30);
    CHECK(room.present(30) == 2);
    CHECK(room.mayJoin(5, false, 40, &reason) == RoomStatus::Unavailable);
    room.closed(2, 50);
    CHECK(room.present(1049) == 2);  // its place is kept through the grace period
    CHECK(room.present(1050) == 1);
    CHECK(room.mayJoin(5, false, 1050, &reason) == RoomStatus::Ok);
    room.setLocked(true);
    CHECK(room.mayJoin(5, false, 1050, &reason) == RoomStatus::Locked);
}

TEST_CASE("admission: one address holds a few places, and in a full room a new phone takes the place of the one that left longest ago")
{
    RoomLimits limits;
    limits.maxClients = 4;
    limits.maxPlacesPerAddress = 2;
    limits.maxConnectionsPerAddress = 100;
    limits.placeGraceMs = 60'000;
    RoomAdmission room(limits);
    QString reason;
    quint64 id = 0;
    const auto join = [&](const QString &address, const QByteArray &phone, qint64 now) {
        REQUIRE(room.open(++id, address).accepted);
        const RoomStatus status = room.mayJoin(id, false, now, &reason);
        if (status == RoomStatus::Ok)
            room.joined(id, phone, now);
        return status;
    };
    // One device joins and leaves at once, again and again: its places stay its own through the grace period.
    CHECK(join("10.0.0.66", "throw-away-1", 10) == RoomStatus::Ok);
    room.closed(id, 11);
    CHECK(join("10.0.0.66", "throw-away-2", 20) == RoomStatus::Ok);
    room.closed(id, 21);
    CHECK(join("10.0.0.66", "throw-away-3", 30) == RoomStatus::TooManyRequests);
    CHECK(room.placesFrom("10.0.0.66", 30) == 2);
    CHECK(room.present(30) == 2);
    // Two trainees join and stay: four places, two of them only kept for phones that left.
    CHECK(join("10.0.0.2", "ann", 40) == RoomStatus::Ok);
    CHECK(join("10.0.0.3", "bo", 50) == RoomStatus::Ok);
    CHECK(room.present(50) == 4);
    // The room is full, but not of connected phones: the newcomer takes the place of the phone that left first.
    CHECK(join("10.0.0.4", "cy", 60) == RoomStatus::Ok);
    CHECK(room.present(60) == 4);
    CHECK(room.placesFrom("10.0.0.66", 60) == 1);
    CHECK(join("10.0.0.5", "di", 70) == RoomStatus::Ok);
    CHECK(room.placesFrom("10.0.0.66", 70) == 0);
    // Four connected phones: only now is the room full.
    CHECK(join("10.0.0.6", "ed", 80) == RoomStatus::Unavailable);
    CHECK(room.connected() == 4);
}
