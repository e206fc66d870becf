// SPDX-License-Identifier: MIT
// The room server on loopback: the page it serves and nothing else, phones joining and voting, the reveal
// reaching them, every refusal with nothing changed, and not one private word in all it sends.
#include "lesson/lessonloader.h"
#include "phoneclient.h"
#include "privatetexts.h"
#include "room/core/roomsecrets.h"
#include "room/server/phonechannel.h"
#include "room/server/roomserver.h"
#include "seedlesson.h"
#include "session/session.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using test::PhoneClient;
using test::seedLesson;

namespace {
struct Fetched {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray policy;
};

Fetched fetch(quint16 port, const QString &path)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Fetched out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeader("Content-Type"),
                reply->rawHeader("Content-Security-Policy")};
    reply->deleteLater();
    return out;
}

QJsonObject join(PhoneClient &phone, const QString &code)
{
    phone.send({{"type", "join"}, {"room", code}});
    qsizetype seen = phone.received().size();
    return phone.next(seen);
}

/// Joins as a phone that scanned the join card: with its secret, no code typed.
QJsonObject joinScanned(PhoneClient &phone, const QString &secret)
{
    qsizetype seen = phone.received().size();
    phone.send({{"type", "join"}, {"secret", secret}});
    return phone.next(seen);
}

/// The server's answer to what the phone sends next: the refusal's status, or 0 when it was accepted.
/// Views that arrive in between are skipped.
int answerAfter(PhoneClient &phone, qsizetype seen)
{
    for (;;) {
        const QJsonObject reply = phone.next(seen);
        const QString type = reply.value("type").toString();
        if (reply.isEmpty())
            return -1;  // no answer within the time
        if (type == "refused")
            return reply.value("status").toInt();
        if (type == "accepted" || type == "welcome")
            return 0;
    }
}

int refusedStatus(PhoneClient &phone, const QJsonObject &message)
{
    const qsizetype seen = phone.received().size();
    phone.send(message);
    return answerAfter(phone, seen);
}
}  // namespace

TEST_CASE("the room server serves its page, with a strict policy, and nothing else")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    const Fetched page = fetch(server.port(), QStringLiteral("/"));
    CHECK(page.status == 200);
    CHECK(page.contentType.startsWith("text/html"));
    CHECK(page.body.contains("<script src=\"app.js\""));
    CHECK(page.policy.contains("default-src 'none'"));
    CHECK(fetch(server.port(), QStringLiteral("/app.js")).contentType.startsWith("text/javascript"));
    CHECK(fetch(server.port(), QStringLiteral("/style.css")).status == 200);
    const Fetched words = fetch(server.port(), QStringLiteral("/words.json"));
    CHECK(words.status == 200);
    CHECK(QJsonDocument::fromJson(words.body).object().value("Join").toString() == "Deltag");  // the lesson is Danish
    // The facilitator's remote page: the same policy; its words in the console's language, not the lesson's.
    const Fetched remote = fetch(server.port(), QStringLiteral("/remote"));
    CHECK(remote.status == 200);
    CHECK(remote.body.contains("<script src=\"remote.js\""));
    CHECK(remote.policy.contains("default-src 'none'"));
    CHECK(fetch(server.port(), QStringLiteral("/remote.js")).contentType.startsWith("text/javascript"));
    CHECK(fetch(server.port(), QStringLiteral("/remote.css")).status == 200);
    const QJsonObject remoteWords = QJsonDocument::fromJson(fetch(server.port(), QStringLiteral("/remote-words.json")).body).object();
    CHECK(remoteWords.value("Next").toString() == "Next");  // the tests run with the English UI
    CHECK(remoteWords.value("language").toString() == "en");
    for (const char *path : {"/etc/passwd", "/../CMakeLists.txt", "/web/index.html", "/%2e%2e/%2e%2e/etc/passwd", "/lesson.json",
                             "/remote/../etc/passwd", "/remote.html"})
        CHECK(fetch(server.port(), QString::fromLatin1(path)).status == 404);
    server.stop();
    CHECK_FALSE(server.running());
}

TEST_CASE("phones join with the room code, vote while the vote is open, and see the reveal")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    QSignalSpy tally(&server.phones(), &PhoneChannel::tallyChanged);
    PhoneClient ann(server.port()), bo(server.port());
    REQUIRE(ann.connected());
    const QString wrong = server.phones().roomCode() == "0000" ? "0001" : "0000";
    CHECK(join(ann, wrong).value("status").toInt() == 403);
    CHECK(join(ann, server.phones().roomCode()).value("status").toInt() == 429);  // this address waits a second now
    const QJsonObject welcome = joinScanned(ann, server.phones().joinSecret());  // as a phone that scanned the card
    REQUIRE(welcome.value("type").toString() == "welcome");
    const QString token = welcome.value("token").toString();
    CHECK(token.size() == 22);
    REQUIRE(joinScanned(bo, server.phones().joinSecret()).value("type").toString() == "welcome");
    const QString boToken = bo.last("welcome").value("token").toString();
    CHECK(server.phones().ballot().joined() == 2);

    session.goTo(10);  // Film #1: the question comes at the stop
    session.skipFilm();
    PhoneClient::waitFor([&] { return ann.last("view").contains("question"); });
    const QJsonObject question = ann.last("view").value("question").toObject();
    CHECK(question.value("prompt").toString() == QString::fromStdString(session.slide().question.prompt));
    CHECK(question.value("options").toArray().size() == 4);
    CHECK_FALSE(question.value("open").toBool());
    CHECK_FALSE(question.contains("right"));
    const QString key = question.value("key").toString();

    const QJsonObject vote{{"type", "vote"}, {"token", token}, {"question", key}, {"option", 2}};
    CHECK(refusedStatus(ann, vote) == 409);  // not open yet: the room discusses first
    REQUIRE(server.phones().openVote());
    PhoneClient::waitFor([&] { return ann.last("view").value("question").toObject().value("open").toBool(); });
    CHECK(refusedStatus(ann, vote) == 0);
    CHECK(refusedStatus(ann, vote) == 409);  // the same vote again counts once
    CHECK(refusedStatus(bo, {{"type", "vote"}, {"token", token}, {"question", key}, {"option", 1}}) == 401);  // not bo's token
    CHECK(refusedStatus(bo, {{"type", "vote"}, {"token", boToken}, {"question", key}, {"option", 4}}) == 0);
    CHECK(refusedStatus(ann, {{"type", "vote"}, {"token", token}, {"question", key}, {"option", 4}}) == 0);  // a change of mind
    CHECK(server.phones().ballot().tally(key) == std::vector<int>{0, 0, 0, 2});
    CHECK(tally.size() >= 4);
    CHECK(ann.last("view").value("question").toObject().value("yours").toInt() == 4);

    session.reveal();
    PhoneClient::waitFor([&] { return ann.last("view").value("question").toObject().contains("right"); });
    CHECK(ann.last("view").value("question").toObject().value("right").toInt() == 4);
    // The answer shown ends the vote: no phone shows it open, and none is counted, before the app has closed
    // the ballot (RoomSync does, as the room moves on; ui_room_tests shows it).
    CHECK_FALSE(ann.last("view").value("question").toObject().value("open").toBool());
    CHECK(refusedStatus(bo, {{"type", "vote"}, {"token", boToken}, {"question", key}, {"option", 1}}) == 409);
    CHECK(server.phones().ballot().tally(key) == std::vector<int>{0, 0, 0, 2});

    // A phone that drops and comes back keeps its token and its vote.
    PhoneClient again(server.port());
    again.send({{"type", "resume"}, {"token", token}});
    PhoneClient::waitFor([&] { return again.last("view").contains("question"); });
    CHECK(again.last("view").value("question").toObject().value("yours").toInt() == 4);
    CHECK(refusedStatus(again, {{"type", "resume"}, {"token", roomsecrets::newToken()}}) == 401);
}

TEST_CASE("hostile phones are refused with a status, and nothing changes")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.maxClients = 3;
    limits.maxConnectionsPerAddress = 100;  // every phone here comes from 127.0.0.1
    limits.maxPlacesPerAddress = 100;
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    PhoneClient mallory(server.port());
    REQUIRE(join(mallory, server.phones().roomCode()).value("type").toString() == "welcome");
    const QString token = mallory.last("welcome").value("token").toString();
    session.goTo(10);
    session.skipFilm();
    REQUIRE(server.phones().openVote());
    const QString key = QString::fromStdString(session.lesson().slideKey(10));

    const qsizetype seen = mallory.received().size();
    mallory.sendRaw(QStringLiteral("{\"type\":\"vote\",,}"));
    CHECK(answerAfter(mallory, seen) == 400);  // malformed JSON
    CHECK(refusedStatus(mallory, {{"type", "vote"}, {"token", token}, {"question", "film-1"}, {"option", 3}}) == 409);
    CHECK(refusedStatus(mallory, {{"type", "vote"}, {"token", token}, {"question", key}, {"option", 9}}) == 400);
    CHECK(refusedStatus(mallory, {{"type", "vote"}, {"token", roomsecrets::newToken()}, {"question", key}, {"option", 1}}) == 401);
    CHECK(refusedStatus(mallory, {{"type", "suggest"}, {"token", token}, {"text", "<script>alert(1)</script>"}})
          == 409);  // no flip chart now
    CHECK(server.phones().ballot().voters(key) == 0);

    // Too large: the socket will not take it.
    mallory.sendRaw(QStringLiteral("{\"type\":\"suggest\",\"text\":\"%1\"}").arg(QString(10000, QLatin1Char('x'))));
    PhoneClient::waitFor([&] { return mallory.closed(); });
    CHECK(mallory.closed());

    // Too fast: a burst, then 429.
    PhoneClient fast(server.port());
    int refusedForRate = 0;
    for (int i = 0; i < 30; ++i)
        fast.send({{"type", "resume"}, {"token", roomsecrets::newToken()}});
    PhoneClient::waitFor([&] { return fast.received().size() >= 30; });
    for (const QString &m : fast.received())
        refusedForRate += m.contains("\"status\":429");
    CHECK(refusedForRate >= 20);

    // Mallory's place is hers for the grace period, so two more make the room full; a third takes her place,
    // as the phone that left longest ago, and a fourth finds every place taken by a connected phone.
    PhoneClient b(server.port()), c(server.port()), d(server.port()), e(server.port());
    CHECK(join(b, server.phones().roomCode()).value("type").toString() == "welcome");
    CHECK(join(c, server.phones().roomCode()).value("type").toString() == "welcome");
    CHECK(join(d, server.phones().roomCode()).value("type").toString() == "welcome");
    CHECK(refusedStatus(e, {{"type", "join"}, {"room", server.phones().roomCode()}}) == 503);
}

TEST_CASE("suggestions reach the console only on flip-chart slides, as plain text, and the phone shows what the room answers")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    QSignalSpy suggestions(&server.phones(), &PhoneChannel::suggestionReceived);
    PhoneClient phone(server.port());
    phone.send({{"type", "join"}, {"room", server.phones().roomCode()}, {"nickname", "  Ann\u202E  "}});
    PhoneClient::waitFor([&] { return !phone.last("welcome").isEmpty(); });
    const QString token = phone.last("welcome").value("token").toString();
    session.goTo(1);  // a flip-chart slide
    REQUIRE(session.slide().flipchart);
    CHECK(refusedStatus(phone, {{"type", "suggest"}, {"token", token}, {"text", "<b>Kunden</b> er vred \U0001F621"}}) == 0);
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions[0][0].toString() == "Ann");
    CHECK(suggestions[0][1].toString() == QStringLiteral("<b>Kunden</b> er vred \U0001F621"));
    CHECK(session.audienceView().flipchart.empty());  // nothing reaches the projector by itself
    // The phone shows what the room answers: the slide's prompt, or its title where it has none.
    const auto topic = [&] { return phone.last("view").value("topic").toString(); };
    CHECK(PhoneClient::waitFor([&] { return topic() == "Hvad gør konflikter med kunder anderledes end konflikter med kolleger?"; }));
    session.goTo(session.slideCount() - 1);
    REQUIRE(session.slide().flipchart);
    CHECK(PhoneClient::waitFor([&] { return topic() == "Opsummering"; }));
}

TEST_CASE("all a phone receives through a whole lesson holds no private word, and no answer before its reveal")
{
    Session session(seedLesson());
    const Lesson &lesson = session.lesson();
    const QStringList secrets = test::privateTexts(lesson);
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    PhoneClient phone(server.port());
    REQUIRE(join(phone, server.phones().roomCode()).value("type").toString() == "welcome");
    const QString token = phone.last("welcome").value("token").toString();
    auto settle = [&] { REQUIRE(phone.roundTrip()); };  // every view the server sent so far has arrived
    int answersSeenEarly = 0;
    for (int i = 0; i < session.slideCount(); ++i) {
        session.goTo(i);
        settle();
        const qsizetype slideStart = phone.received().size() - 1;  // the view of this slide on
        if (!session.slide().isQuestion())
            continue;
        session.skipFilm();
        REQUIRE(server.phones().openVote());
        settle();
        const QString key = QString::fromStdString(lesson.slideKey(i));
        CHECK(refusedStatus(phone, {{"type", "vote"}, {"token", token}, {"question", key}, {"option", 1}}) == 0);
        const int answer = session.slide().question.answer;
        for (int option = 1; option <= int(session.slide().question.options.size()); ++option)
            if (option != answer) {
                session.pick(option);
                settle();
            }
        // From this slide's first view to the reveal, no message names the right answer.
        for (qsizetype m = std::max<qsizetype>(0, slideStart); m < phone.received().size(); ++m)
            answersSeenEarly += phone.received()[m].contains("\"right\"");
        session.reveal();
        PhoneClient::waitFor([&] { return phone.last("view").value("question").toObject().contains("right"); });
        CHECK(phone.last("view").value("question").toObject().value("right").toInt() == answer);
    }
    CHECK(answersSeenEarly == 0);
    qsizetype bytes = 0;
    for (const QString &message : phone.received()) {
        bytes += message.size();
        for (const QString &secret : secrets)
            CHECK_FALSE(message.contains(secret));
    }
    CHECK(phone.received().size() > 30);
    CHECK(bytes > 5000);
}

TEST_CASE("a client that sends its request a byte at a time is cut off, a phone's WebSocket stays")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.httpDeadlineMs = 300;
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    PhoneClient phone(server.port());
    REQUIRE(join(phone, server.phones().roomCode()).value("type").toString() == "welcome");

    QTcpSocket slow;
    slow.connectToHost(QHostAddress::LocalHost, server.port());
    REQUIRE(slow.waitForConnected(2000));
    slow.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");  // never finished
    slow.flush();
    bool cut = PhoneClient::waitFor([&] { return slow.state() == QAbstractSocket::UnconnectedState; });
    CHECK(cut);
    // The phone connected before the slow client, so its own deadline has passed too: it stays.
    CHECK(phone.connected());
    CHECK(refusedStatus(phone, {{"type", "resume"}, {"token", phone.last("welcome").value("token").toString()}}) == 0);
}

TEST_CASE("after a resume in the middle of a film, the phones see the question only at its stop, as without a crash")
{
    // The program is killed while Film #2's scene plays towards its stop: the record holds that moment.
    Session before(seedLesson());
    before.goTo(10);
    before.skipFilm();  // Film #1's question, at its stop
    before.next();
    before.next();
    before.next();  // the reveal asked for, shown, then on to Film #2: its scene plays
    REQUIRE(before.slideIndex() == 11);
    REQUIRE(before.filmPhase() == FilmPhase::Playing);
    const SessionSnapshot kept = before.snapshot();

    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    REQUIRE(session.restore(kept).restored);
    REQUIRE(session.filmPhase() == FilmPhase::Playing);  // the scene plays again towards stop 2
    PhoneClient ann(server.port());
    REQUIRE(joinScanned(ann, server.phones().joinSecret()).value("type").toString() == "welcome");
    REQUIRE(PhoneClient::waitFor([&] { return !ann.last("view").isEmpty(); }));
    CHECK_FALSE(ann.last("view").contains("question"));  // "look at the screen", as the projector shows the film
    CHECK(session.audienceView().questionPhase == QuestionPhase::None);

    session.filmReachedStop(session.segmentRun());  // the stop: now the question, on the phones as on the projector
    REQUIRE(PhoneClient::waitFor([&] { return ann.last("view").contains("question"); }));
    CHECK(ann.last("view").value("question").toObject().value("key").toString() == QString::fromStdString(session.lesson().slideKey(11)));
    CHECK(ann.last("view").value("question").toObject().value("prompt").toString()
          == QString::fromStdString(session.slide().question.prompt));
}
