// SPDX-License-Identifier: MIT
// An outsider on the room's network, on loopback: one hostile test for each way in or lock-out that an earlier
// probe found (guessing the code, filling the room without it, throw-away joins, starving the remote, other
// origins and hosts), each showing the way is closed while the real phones still get in.
#include "lesson/lessonloader.h"
#include "phoneclient.h"
#include "room/core/roomsecrets.h"
#include "room/server/phonechannel.h"
#include "room/server/remotechannel.h"
#include "room/server/roomserver.h"
#include "seedlesson.h"
#include "session/session.h"

#include <QTcpSocket>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using test::PhoneClient;
using test::seedLesson;

namespace {
/// What the server answers to what `phone` sends: the refusal's status, 0 when welcomed.
int answer(PhoneClient &phone, const QJsonObject &message)
{
    qsizetype seen = phone.received().size();
    phone.send(message);
    for (;;) {
        const QJsonObject reply = phone.next(seen);
        if (reply.isEmpty())
            return -1;
        if (reply.value("type") == "refused")
            return reply.value("status").toInt();
        if (reply.value("type") == "welcome")
            return 0;
    }
}

/// The status line of a raw HTTP request to the server (the request's own Host and Origin).
QByteArray statusLine(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(30000));
    socket.write(request);
    QByteArray got;
    PhoneClient::waitFor([&] {
        got += socket.readAll();
        return got.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
    });
    return got.left(got.indexOf("\r\n"));
}

QByteArray upgrade(const QByteArray &path, const QByteArray &host, const QByteArray &origin)
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + host
           + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           + (origin.isEmpty() ? QByteArray() : "Origin: " + origin + "\r\n") + "\r\n";
}

/// Joins with the card's secret from `source`, another loopback address than the test's other phones (127.0.0.2:
/// the server sees it as another device), over a WebSocket spoken by hand, since QWebSocket cannot choose its
/// source address. The refusal's status, 0 when welcomed, -1 when nothing came.
int joinFrom(const QHostAddress &source, quint16 port, const QString &secret)
{
    QTcpSocket socket;
    REQUIRE(socket.bind(source));
    socket.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(socket.waitForConnected(30000));
    const QByteArray host = "127.0.0.1:" + QByteArray::number(port);
    socket.write(upgrade("/room", host, "http://" + host));
    QByteArray got;
    PhoneClient::waitFor([&] {
        got += socket.readAll();
        return got.contains("\r\n\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
    });
    REQUIRE(got.startsWith("HTTP/1.1 101"));
    got = got.mid(got.indexOf("\r\n\r\n") + 4);
    // One masked text frame (a client must mask; any mask will do).
    const QByteArray text = QJsonDocument(QJsonObject{{"type", "join"}, {"secret", secret}}).toJson(QJsonDocument::Compact);
    REQUIRE(text.size() < 126);
    const QByteArray mask("\x12\x34\x56\x78", 4);
    QByteArray frame("\x81");
    frame += char(0x80 | text.size());
    frame += mask;
    for (qsizetype i = 0; i < text.size(); ++i)
        frame += char(text[i] ^ mask[i % 4]);
    socket.write(frame);
    // The server's frames are not masked: a text frame with a 7- or 16-bit length.
    for (;;) {
        PhoneClient::waitFor([&] {
            got += socket.readAll();
            return got.size() >= 4 || socket.state() == QAbstractSocket::UnconnectedState;
        });
        if (got.size() < 2)
            return -1;
        const int length7 = quint8(got[1]) & 0x7f;
        const int header = length7 == 126 ? 4 : 2;
        const int length = length7 == 126 ? (quint8(got[2]) << 8 | quint8(got[3])) : length7;
        PhoneClient::waitFor([&] {
            got += socket.readAll();
            return got.size() >= header + length || socket.state() == QAbstractSocket::UnconnectedState;
        });
        if (got.size() < header + length)
            return -1;
        const QJsonObject reply = QJsonDocument::fromJson(got.mid(header, length)).object();
        got = got.mid(header + length);
        if (reply.value("type") == "refused")
            return reply.value("status").toInt();
        if (reply.value("type") == "welcome")
            return 0;
    }
}
}  // namespace

TEST_CASE("hostile: a typed code cannot be guessed: a wrong code makes its address wait, the card's secret still joins")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    const QString wrong = server.phones().roomCode() == "0000" ? "0001" : "0000";
    // Sixteen connections at once, as the probe used: after the first wrong code, every try from this address is
    // refused before the code is even compared, the right one included.
    std::vector<std::unique_ptr<PhoneClient>> guessers;
    for (int i = 0; i < 3; ++i)
        guessers.push_back(std::make_unique<PhoneClient>(server.port()));
    CHECK(answer(*guessers[0], {{"type", "join"}, {"room", wrong}}) == 403);
    CHECK(answer(*guessers[1], {{"type", "join"}, {"room", wrong}}) == 429);
    CHECK(answer(*guessers[2], {{"type", "join"}, {"room", server.phones().roomCode()}}) == 429);
    CHECK(server.phones().ballot().joined() == 0);
    // A phone that scanned the join card joins at once, from the same address, with no code typed.
    PhoneClient scanned(server.port());
    CHECK(answer(scanned, {{"type", "join"}, {"secret", server.phones().joinSecret()}, {"nickname", "Ann"}}) == 0);
    CHECK(answer(*guessers[0], {{"type", "join"}, {"secret", roomsecrets::newToken()}}) == 403);  // a guessed secret
    CHECK(server.phones().ballot().joined() == 1);
}

TEST_CASE("hostile: connections that never join are closed at the deadline and hold no place, so phones still join")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.maxClients = 2;
    limits.joinDeadlineMs = 300;
    limits.maxConnectionsPerAddress = 1000;  // the crowd and the phones share 127.0.0.1 here
    limits.maxPlacesPerAddress = 1000;
    limits.maxWaitingConnections = 8;
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<PhoneClient>> idle;
    for (int i = 0; i < 12; ++i)
        idle.push_back(std::make_unique<PhoneClient>(server.port()));
    // The waiting ones are capped (the oldest make room), and none holds a place in the room.
    PhoneClient ann(server.port()), bo(server.port());
    CHECK(answer(ann, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
    CHECK(answer(bo, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
    CHECK(PhoneClient::waitFor([&] { return std::all_of(idle.begin(), idle.end(), [](const auto &c) { return c->closed(); }); }));
    CHECK(idle.back()->last("refused").value("status").toInt() == 401);  // not joined in time
    CHECK(ann.connected());
    CHECK(server.phones().connectedPhones() == 2);
}

TEST_CASE(
    "hostile: one device's throw-away joins cannot fill the room: it holds a few places, and a phone from another address still joins")
{
    Session session(seedLesson());
    const RoomLimits limits;  // as in a lesson: 250 places, each kept for a minute after its phone leaves
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    // The insider with the join card, from one laptop: 300 joins, each connection thrown away at once.
    int welcomed = 0, refused = 0;
    for (int i = 0; i < 300; ++i) {
        PhoneClient throwAway(server.port());
        const int status = answer(throwAway, {{"type", "join"}, {"secret", server.phones().joinSecret()}});
        (status == 0 ? welcomed : refused) += 1;
    }
    CHECK(welcomed == limits.maxPlacesPerAddress);
    CHECK(refused == 300 - limits.maxPlacesPerAddress);
    // A trainee's phone, another device on the room's network, still joins.
    CHECK(joinFrom(QHostAddress(QStringLiteral("127.0.0.2")), server.port(), server.phones().joinSecret()) == 0);
    CHECK(server.phones().ballot().joined() == limits.maxPlacesPerAddress + 1);
}

TEST_CASE(
    "hostile: in a full room a new phone takes the place of the phone that left longest ago, whose vote stays counted and whose token brings it back")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.maxClients = 2;
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    session.goTo(10);  // Film #1: the question comes at the stop
    session.skipFilm();
    REQUIRE(server.phones().openVote());
    const QString key = QString::fromStdString(session.lesson().slideKey(10));
    QString token;
    {
        PhoneClient voter(server.port());
        REQUIRE(answer(voter, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
        token = voter.last("welcome").value("token").toString();
        voter.send({{"type", "vote"}, {"token", token}, {"question", key}, {"option", 3}});
        REQUIRE(PhoneClient::waitFor([&] { return server.phones().ballot().voters(key) == 1; }));
    }
    REQUIRE(PhoneClient::waitFor([&] { return server.phones().connectedPhones() == 0; }));
    PhoneClient stays(server.port());
    REQUIRE(answer(stays, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
    // Both places are taken: one by a connected phone, one kept for the voter. A newcomer from another device
    // takes the voter's place.
    CHECK(joinFrom(QHostAddress(QStringLiteral("127.0.0.2")), server.port(), server.phones().joinSecret()) == 0);
    CHECK(server.phones().ballot().voteOf(token, key) == std::optional<int>(3));
    CHECK(server.phones().ballot().voters(key) == 1);
    // The voter comes back with its token, and finds its vote.
    PhoneClient back(server.port());
    back.send({{"type", "resume"}, {"token", token}});
    REQUIRE(PhoneClient::waitFor([&] { return back.last("view").contains("question"); }));
    CHECK(back.last("view").value("question").toObject().value("yours").toInt() == 3);
}

TEST_CASE("hostile: throw-away joins give their places back after the grace period, and a phone that comes back keeps its vote")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.maxClients = 2;
    limits.placeGraceMs = 300;
    limits.maxConnectionsPerAddress = 1000;
    limits.maxPlacesPerAddress = 1000;  // every phone here comes from 127.0.0.1
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    session.goTo(10);
    session.skipFilm();
    REQUIRE(server.phones().openVote());
    const QString key = QString::fromStdString(session.lesson().slideKey(10));
    QString token;
    {
        PhoneClient first(server.port()), second(server.port());
        REQUIRE(answer(first, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
        token = first.last("welcome").value("token").toString();
        first.send({{"type", "vote"}, {"token", token}, {"question", key}, {"option", 2}});
        REQUIRE(PhoneClient::waitFor([&] { return server.phones().ballot().voters(key) == 1; }));
        REQUIRE(answer(second, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
        PhoneClient third(server.port());
        CHECK(answer(third, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 503);  // full while they are here
    }
    // Both left: once the grace period is over, their places are free.
    REQUIRE(PhoneClient::waitFor([&] { return server.phones().connectedPhones() == 0; }));
    PhoneClient later(server.port());
    bool joined = false;  // tried until it works (the condition is asked once more at the end: no second join then)
    CHECK(PhoneClient::waitFor([&] {
        return joined || (joined = answer(later, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
    }));
    PhoneClient back(server.port());
    CHECK(answer(back, {{"type", "resume"}, {"token", token}}) == 0);  // its token still brings it back
    CHECK(server.phones().ballot().joined() == 3);
    // ... with its vote: counted all along, and shown on its phone.
    CHECK(server.phones().ballot().voteOf(token, key) == std::optional<int>(2));
    REQUIRE(PhoneClient::waitFor([&] { return back.last("view").contains("question"); }));
    CHECK(back.last("view").value("question").toObject().value("yours").toInt() == 2);
}

TEST_CASE("hostile: a locked room takes no new phone, but one that joined comes back")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    PhoneClient ann(server.port());
    REQUIRE(answer(ann, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 0);
    const QString token = ann.last("welcome").value("token").toString();
    server.phones().setLocked(true);
    PhoneClient stranger(server.port());
    CHECK(answer(stranger, {{"type", "join"}, {"secret", server.phones().joinSecret()}}) == 423);
    PhoneClient back(server.port());
    CHECK(answer(back, {{"type", "resume"}, {"token", token}}) == 0);
}

TEST_CASE("hostile: waiting connections cannot starve the remote: the oldest make room, one address holds two")
{
    Session session(seedLesson());
    RoomLimits limits;
    limits.remoteWaitingPerAddress = 1000;  // as if from many addresses
    RoomServer server(session, limits);
    REQUIRE(server.start(QHostAddress::LocalHost));
    std::vector<std::unique_ptr<PhoneClient>> crowd;
    for (int i = 0; i < RemoteChannel::kMaxUnpaired; ++i)
        crowd.push_back(std::make_unique<PhoneClient>(server.port(), QStringLiteral("/remote")));
    PhoneClient remote(server.port(), QStringLiteral("/remote"));
    remote.send({{"type", "pair"}, {"secret", server.remote().offerPairing()}, {"device", "Android · Chrome"}});
    CHECK(PhoneClient::waitFor([&] { return !remote.last("paired").isEmpty(); }));
    CHECK(PhoneClient::waitFor([&] { return crowd.front()->closed(); }));  // the oldest waiting one made room
    CHECK(crowd.front()->last("refused").value("status").toInt() == 503);

    RoomServer strict(session);  // the default: two waiting connections from one address
    REQUIRE(strict.start(QHostAddress::LocalHost));
    PhoneClient one(strict.port(), QStringLiteral("/remote")), two(strict.port(), QStringLiteral("/remote")),
        three(strict.port(), QStringLiteral("/remote"));
    CHECK(PhoneClient::waitFor([&] { return three.closed(); }));
    CHECK(three.last("refused").value("status").toInt() == 503);
    CHECK(one.connected());
}

TEST_CASE("hostile: only the room's own page may open its sockets, and only requests for its own host are served")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    const QByteArray host = "127.0.0.1:" + QByteArray::number(server.port());
    const QByteArray own = "http://" + host;
    for (const QByteArray &path : {QByteArray("/room"), QByteArray("/remote")}) {
        INFO(path.toStdString());
        CHECK(statusLine(server.port(), upgrade(path, host, own)).contains(" 101"));
        for (const QByteArray &origin : {QByteArray("http://evil.example"), QByteArray("null"), QByteArray("file://"), QByteArray()})
            CHECK(statusLine(server.port(), upgrade(path, host, origin)).contains(" 403"));
        CHECK(statusLine(server.port(), upgrade(path, "evil.example", own)).contains(" 403"));
    }
    CHECK(statusLine(server.port(), "GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n").contains(" 200"));
    CHECK(statusLine(server.port(), "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n").contains(" 421"));  // DNS rebinding
    CHECK(statusLine(server.port(), "GET / HTTP/1.1\r\n\r\n").contains(" 421"));
    // A socket that claims another page is refused after the handshake too, whatever the client library does.
    PhoneClient fromElsewhere(server.port(), QStringLiteral("/room"), QStringLiteral("http://evil.example"));
    CHECK_FALSE(fromElsewhere.connected());
}

TEST_CASE("hostile: a request with a body, or two Content-Lengths that disagree, is refused and its connection closed: nothing is smuggled")
{
    Session session(seedLesson());
    RoomServer server(session);
    REQUIRE(server.start(QHostAddress::LocalHost));
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(server.port()) + "\r\n";
    const QByteArray next = "GET /app.js HTTP/1.1\r\n" + host + "\r\n";  // what a smuggler wants answered
    for (const QByteArray &lengths :
         {QByteArray("Content-Length: 0\r\nContent-Length: 44\r\n"), QByteArray("Content-Length: 44\r\nContent-Length: 0\r\n"),
          QByteArray("Content-Length: " + QByteArray::number(next.size()) + "\r\n"), QByteArray("Transfer-Encoding: chunked\r\n"),
          QByteArray("Content-Length: 0\r\nTransfer-Encoding: chunked\r\n")}) {
        INFO(lengths.toStdString());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        REQUIRE(socket.waitForConnected(30000));
        socket.write("GET / HTTP/1.1\r\n" + host + lengths + "\r\n" + next + next);
        QByteArray got;
        REQUIRE(PhoneClient::waitFor([&] {
            got += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        }));
        got += socket.readAll();
        CHECK(got.startsWith("HTTP/1.1 400"));
        INFO(got.toStdString());
        CHECK(got.count("HTTP/1.1 ") == 1);  // one answer, and the connection closed after it
    }
    // Two Content-Lengths of 0 agree, and a plain GET is served as before.
    CHECK(statusLine(server.port(), "GET / HTTP/1.1\r\n" + host + "Content-Length: 0\r\nContent-Length: 0\r\n\r\n").contains(" 200"));
}
