// SPDX-License-Identifier: MIT
// The facilitator's remote on the room's server, on loopback: pairing with the console's one-time secret,
// the console's view with the notes, commands through the named actions, each applied once, reconnecting,
// and every refusal (a trainee's token, a guessed one, an expired or used secret, a second phone) with
// nothing changed. The trainees never receive a byte of the console's view.
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "phoneclient.h"
#include "privatetexts.h"
#include "room/core/roomsecrets.h"
#include "room/server/phonechannel.h"
#include "room/server/remotechannel.h"
#include "room/server/roomserver.h"
#include "seedlesson.h"
#include "session/presentationtimer.h"
#include "session/session.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using test::PhoneClient;
using test::seedLesson;

namespace {
/// A room server whose remote drives the session through a dispatcher, as the program's RoomSync does.
struct RemoteFixture {
    Session session{seedLesson()};
    PresentationTimer timer;
    CommandDispatcher dispatcher{session, timer};
    qint64 nowMs = 0;
    RoomServer server;
    int commands = 0;

    explicit RemoteFixture(RoomLimits limits = {}) : server(session, limits, nullptr, [this] { return nowMs; })
    {
        REQUIRE(server.start(QHostAddress::LocalHost));
        QObject::connect(&server.remote(), &RemoteChannel::commandReceived, [this](const RemoteCommand &command) {
            ++commands;
            if (command.action)
                dispatcher.trigger(*command.action);
            else
                dispatcher.pick(command.pick);
        });
    }
};

/// The next answer of `type` among `types` after what `client` has received so far, or {} on time-out.
QJsonObject answer(PhoneClient &client, qsizetype seen, std::initializer_list<const char *> types)
{
    for (;;) {
        const QJsonObject reply = client.next(seen);
        if (reply.isEmpty())
            return {};
        for (const char *type : types)
            if (reply.value("type").toString() == QLatin1String(type))
                return reply;
    }
}

QJsonObject sendAndAnswer(PhoneClient &client, const QJsonObject &message)
{
    const qsizetype seen = client.received().size();
    client.send(message);
    return answer(client, seen, {"paired", "done", "refused"});
}

QString pair(PhoneClient &client, const QString &secret, const QString &device = QStringLiteral("Android · Chrome"))
{
    return sendAndAnswer(client, {{"type", "pair"}, {"secret", secret}, {"device", device}}).value("token").toString();
}

QJsonObject command(PhoneClient &client, const QString &token, qint64 id, const QString &action, int option = 0)
{
    QJsonObject message{{"type", "command"}, {"token", token}, {"id", double(id)}, {"action", action}};
    if (option)
        message.insert("option", option);
    return sendAndAnswer(client, message);
}

int status(const QJsonObject &reply)
{
    return reply.value("type") == "refused" ? reply.value("status").toInt() : 0;
}

bool sawAny(const QStringList &received, const QStringList &texts)
{
    for (const QString &message : received)
        for (const QString &text : texts)
            if (message.contains(text))
                return true;
    return false;
}
}  // namespace

TEST_CASE("the remote pairs with the console's secret, is shown the notes, and its Next moves the lesson once")
{
    RemoteFixture f;
    PhoneClient remote(f.server.port(), QStringLiteral("/remote"));
    REQUIRE(remote.connected());
    const QString secret = f.server.remote().offerPairing();
    const QString token = pair(remote, secret);
    REQUIRE(token.size() == 22);
    CHECK(f.server.remote().paired());
    CHECK(f.server.remote().device() == "Android · Chrome");
    PhoneClient::waitFor([&] { return !remote.last("console").isEmpty(); });
    QJsonObject view = remote.last("console");
    CHECK(view.value("slide") == 1);
    CHECK(view.value("notes").toArray().size() == qsizetype(f.session.slide().notes.size()));

    CHECK(status(command(remote, token, 1, "next")) == 0);
    CHECK(f.session.slideIndex() == 1);
    CHECK(f.timer.running());  // the first Next starts the lesson's clock, as from the keyboard
    // Sent again (the answer was lost on the way): done, but not applied twice.
    const QJsonObject again = command(remote, token, 1, "next");
    CHECK(again.value("type") == "done");
    CHECK_FALSE(again.value("applied").toBool());
    CHECK(f.session.slideIndex() == 1);
    CHECK(f.commands == 1);
    PhoneClient::waitFor([&] { return remote.last("console").value("slide") == 2; });
    CHECK(remote.last("console").value("slide") == 2);

    // A whole film question from the remote: discuss, two wrong picks, reveal, Next.
    f.session.goTo(10);
    CHECK(status(command(remote, token, 2, "next")) == 0);  // arms the skip
    CHECK(status(command(remote, token, 3, "next")) == 0);  // skips to the stop
    REQUIRE(f.session.questionPhase() == QuestionPhase::Discussing);
    PhoneClient::waitFor([&] { return remote.last("console").contains("question"); });
    CHECK(remote.last("console").value("question").toObject().value("answer") == 4);
    CHECK(status(command(remote, token, 4, "pick", 1)) == 0);
    CHECK(status(command(remote, token, 5, "pick", 2)) == 0);
    CHECK(f.session.picks() == std::vector<int>{1, 2});
    CHECK(status(command(remote, token, 6, "reveal")) == 0);
    CHECK(f.session.questionPhase() == QuestionPhase::Revealed);
    CHECK(status(command(remote, token, 7, "next")) == 0);
    CHECK(f.session.slideIndex() == 11);
    CHECK(status(command(remote, token, 8, "black")) == 0);
    CHECK(f.session.blank() == Blank::Black);
}

TEST_CASE("refused with nothing changed: a trainee's token, a guessed token, an expired or used secret, a second phone")
{
    RemoteFixture f;
    PhoneClient trainee(f.server.port());
    trainee.send({{"type", "join"}, {"room", f.server.phones().roomCode()}});
    PhoneClient::waitFor([&] { return !trainee.last("welcome").isEmpty(); });
    const QString traineeToken = trainee.last("welcome").value("token").toString();
    REQUIRE_FALSE(traineeToken.isEmpty());

    PhoneClient remote(f.server.port(), QStringLiteral("/remote"));
    // Before any pairing code is shown, nothing pairs, and no token commands.
    CHECK(status(sendAndAnswer(remote, {{"type", "pair"}, {"secret", roomsecrets::newToken()}})) == 401);
    CHECK(status(command(remote, traineeToken, 1, "next")) == 401);  // a trainee's token on the remote
    CHECK(status(sendAndAnswer(remote, {{"type", "pair"}, {"secret", traineeToken}})) == 401);

    // An expired secret.
    const QString expired = f.server.remote().offerPairing();
    f.nowMs += RemotePairing::kOfferLifetimeMs;
    CHECK(status(sendAndAnswer(remote, {{"type", "pair"}, {"secret", expired}})) == 410);
    CHECK_FALSE(f.server.remote().paired());

    const QString secret = f.server.remote().offerPairing();
    CHECK(status(sendAndAnswer(remote, {{"type", "pair"}, {"secret", roomsecrets::newToken()}})) == 401);  // a guess
    const QString token = pair(remote, secret);
    REQUIRE_FALSE(token.isEmpty());

    // A second phone with the same secret, after the pairing.
    PhoneClient second(f.server.port(), QStringLiteral("/remote"));
    CHECK(status(sendAndAnswer(second, {{"type", "pair"}, {"secret", secret}})) == 410);
    CHECK(status(command(second, token, 1, "next")) == 401);  // the remote's token, but not its connection
    CHECK(status(command(remote, roomsecrets::newToken(), 1, "next")) == 401);  // a guessed token
    CHECK(status(command(remote, traineeToken, 2, "next")) == 401);
    CHECK(status(command(remote, token, 3, "quit")) == 400);  // not a remote's action
    CHECK(status(command(remote, token, 4, "participation")) == 400);
    CHECK(status(command(remote, token, 5, "pick", 9)) == 400);
    CHECK(f.session.slideIndex() == 0);
    CHECK(f.commands == 0);

    // The remote's token on the trainees' socket is nobody there: it cannot vote or resume.
    trainee.send({{"type", "resume"}, {"token", token}});
    PhoneClient::waitFor([&] { return trainee.last("refused").value("status").toInt() == 401; });
    CHECK(trainee.last("refused").value("status").toInt() == 401);

    // Too fast: a script, not a thumb.
    int tooFast = 0;
    for (int i = 0; i < 40 && tooFast == 0; ++i)
        tooFast = status(command(remote, token, 100 + i, "black")) == 429;
    CHECK(tooFast == 1);
    // The trainee's phone never received a byte of the console's view.
    CHECK(trainee.last("console").isEmpty());
    CHECK_FALSE(sawAny(trainee.received(), test::privateTexts(f.session.lesson())));

    // A crowd of connections from one address that never pair: past two each is told 503 and closed; the remote
    // stays (the crowd from many addresses: tests/room/roomsecurity_tests.cpp).
    std::vector<std::unique_ptr<PhoneClient>> crowd;
    for (int i = 0; i < RoomLimits{}.remoteWaitingPerAddress; ++i)
        crowd.push_back(std::make_unique<PhoneClient>(f.server.port(), QStringLiteral("/remote")));
    PhoneClient extra(f.server.port(), QStringLiteral("/remote"));
    CHECK(PhoneClient::waitFor([&] { return extra.closed(); }));
    CHECK(extra.last("refused").value("status").toInt() == 503);
    f.nowMs += 5000;  // the remote's rate bucket refills
    CHECK(command(remote, token, 300, "previous").value("type") == "done");

    // An oversized message closes the connection before it is read; the remote reconnects as after a drop.
    const Blank blank = f.session.blank();
    remote.send({{"type", "command"}, {"token", token}, {"id", 500}, {"action", QString(5000, 'x')}});
    CHECK(PhoneClient::waitFor([&] { return remote.closed(); }));
    CHECK(f.session.blank() == blank);
}

TEST_CASE("the remote reconnects with its token after a drop, and the console can drop it or pair another")
{
    RemoteFixture f;
    auto remote = std::make_unique<PhoneClient>(f.server.port(), QStringLiteral("/remote"));
    const QString token = pair(*remote, f.server.remote().offerPairing());
    REQUIRE_FALSE(token.isEmpty());
    CHECK(status(command(*remote, token, 1, "next")) == 0);
    // The phone comes back on a new connection before the server has seen the old one go: the old one is
    // closed without a word, so the page (which listens only to its newest connection) keeps its token.
    {
        PhoneClient overlap(f.server.port(), QStringLiteral("/remote"));
        CHECK(sendAndAnswer(overlap, {{"type", "resume"}, {"token", token}}).value("type") == "paired");
        CHECK(PhoneClient::waitFor([&] { return remote->closed(); }));
        CHECK(remote->last("dropped").isEmpty());
        CHECK(f.server.remote().paired());
    }
    remote.reset();  // the Wi-Fi drops; whether or not the server has seen it go, the token brings the phone back

    PhoneClient back(f.server.port(), QStringLiteral("/remote"));
    CHECK(sendAndAnswer(back, {{"type", "resume"}, {"token", token}}).value("type") == "paired");
    // The command whose answer the drop took is sent again with its id: not applied twice.
    CHECK_FALSE(command(back, token, 1, "next").value("applied").toBool());
    CHECK(f.session.slideIndex() == 1);
    CHECK(command(back, token, 2, "next").value("applied").toBool());
    CHECK(f.session.slideIndex() == 2);

    // Pairing another phone drops this one: it is told, and its token no longer works.
    PhoneClient other(f.server.port(), QStringLiteral("/remote"));
    const QString otherToken = pair(other, f.server.remote().offerPairing(), QStringLiteral("iOS · Safari"));
    REQUIRE_FALSE(otherToken.isEmpty());
    PhoneClient::waitFor([&] { return !back.last("dropped").isEmpty(); });
    CHECK_FALSE(back.last("dropped").isEmpty());
    CHECK(status(command(back, token, 3, "next")) == 401);
    CHECK(f.session.slideIndex() == 2);
    CHECK(f.server.remote().device() == "iOS · Safari");

    // The console drops it.
    f.server.remote().dropRemote();
    PhoneClient::waitFor([&] { return !other.last("dropped").isEmpty(); });
    CHECK_FALSE(f.server.remote().paired());
    CHECK(status(command(other, otherToken, 1, "next")) == 401);
    CHECK(f.session.slideIndex() == 2);
}

TEST_CASE("a remote kept in the room's file is the remote again after a restart, and its old commands stay applied once")
{
    QString token;
    KeptRemote kept;
    {
        RemoteFixture f;
        PhoneClient remote(f.server.port(), QStringLiteral("/remote"));
        token = pair(remote, f.server.remote().offerPairing());
        REQUIRE_FALSE(token.isEmpty());
        CHECK(command(remote, token, 1, "next").value("applied").toBool());
        CHECK(command(remote, token, 2, "next").value("applied").toBool());
        REQUIRE(f.server.remote().keptRemote());
        kept = *f.server.remote().keptRemote();
        CHECK(kept.lastCommand == 2);
        CHECK(kept.device == "Android · Chrome");
        CHECK_FALSE(kept.tokenHash.contains(token.toLatin1()));
    }  // the program stops (a crash: nothing but the room's file is left)
    RemoteFixture again;
    again.server.remote().restoreRemote(kept);
    CHECK(again.server.remote().paired());
    PhoneClient back(again.server.port(), QStringLiteral("/remote"));
    CHECK(sendAndAnswer(back, {{"type", "resume"}, {"token", token}}).value("type") == "paired");
    CHECK_FALSE(command(back, token, 2, "next").value("applied").toBool());  // sent again: applied before the crash
    CHECK(again.session.slideIndex() == 0);
    CHECK(command(back, token, 3, "next").value("applied").toBool());
    CHECK(again.session.slideIndex() == 1);
    PhoneClient stranger(again.server.port(), QStringLiteral("/remote"));
    CHECK(status(sendAndAnswer(stranger, {{"type", "resume"}, {"token", roomsecrets::newToken()}})) == 401);
}

TEST_CASE("a connection to the remote that does not pair in time is closed, so waiting ones cannot fill its places")
{
    RoomLimits limits;
    limits.remotePairDeadlineMs = 300;
    RemoteFixture f(limits);
    std::vector<std::unique_ptr<PhoneClient>> idle;
    for (int i = 0; i < RemoteChannel::kMaxUnpaired; ++i)
        idle.push_back(std::make_unique<PhoneClient>(f.server.port(), QStringLiteral("/remote")));
    CHECK(PhoneClient::waitFor([&] { return std::all_of(idle.begin(), idle.end(), [](const auto &c) { return c->closed(); }); }));
    CHECK(idle.front()->last("refused").value("status").toInt() == 401);
    // The facilitator's phone finds a place, pairs within the time, and stays.
    PhoneClient remote(f.server.port(), QStringLiteral("/remote"));
    const QString token = pair(remote, f.server.remote().offerPairing());
    REQUIRE_FALSE(token.isEmpty());
    // A connection opened after the pairing is closed at its deadline; the paired one, older, stays open.
    PhoneClient late(f.server.port(), QStringLiteral("/remote"));
    REQUIRE(PhoneClient::waitFor([&] { return late.closed(); }));
    CHECK_FALSE(remote.closed());
    CHECK(command(remote, token, 1, "next").value("applied").toBool());
}

TEST_CASE("hostile: the remote's points come only from the paired remote, on the slide, and a flood is cut to the rate")
{
    RemoteFixture f;
    std::vector<std::pair<double, double>> points;
    QObject::connect(&f.server.remote(), &RemoteChannel::pointReceived, [&](double x, double y) { points.emplace_back(x, y); });
    PhoneClient remote(f.server.port(), QStringLiteral("/remote"));
    PhoneClient stranger(f.server.port(), QStringLiteral("/remote"));
    REQUIRE(remote.connected());
    REQUIRE(stranger.connected());
    const QString token = pair(remote, f.server.remote().offerPairing());
    REQUIRE(!token.isEmpty());

    // A stranger's guessed token, or the right token on a connection that never paired, points at nothing.
    stranger.send({{"type", "point"}, {"token", QString(22, QLatin1Char('A'))}, {"x", 0.5}, {"y", 0.5}});
    stranger.send({{"type", "point"}, {"token", token}, {"x", 0.5}, {"y", 0.5}});
    // Off the slide, or not numbers: refused, with nothing moved.
    CHECK(status(sendAndAnswer(remote, {{"type", "point"}, {"token", token}, {"x", 1.5}, {"y", 0.5}})) == 400);
    CHECK(status(sendAndAnswer(remote, {{"type", "point"}, {"token", token}, {"x", "0.5"}, {"y", 0.5}})) == 400);
    // The paired remote's point arrives; it gets no answer (it is one of many a second).
    remote.send({{"type", "point"}, {"token", token}, {"x", 0.25}, {"y", 0.75}});
    PhoneClient::waitFor([&] { return !points.empty(); });
    REQUIRE(points.size() == 1);
    CHECK(points[0] == std::pair(0.25, 0.75));

    // A flood of 1000 points in no time (the test's clock stands still): at most the burst gets through.
    for (int i = 0; i < 1000; ++i)
        remote.send({{"type", "point"}, {"token", token}, {"x", i / 1000.0}, {"y", 0.5}});
    const qsizetype seen = remote.received().size();
    CHECK(status(command(remote, token, 1, "next")) == 0);  // sent after the flood, answered after it too
    CHECK(f.session.slideIndex() == 1);  // commands still pass: points have a rate of their own
    CHECK(points.size() <= std::size_t(1 + RemoteChannel::kPointBurst));
    CHECK(points.size() > 1);
    CHECK(remote.received().size() - seen <= 3);  // no answer per point: the console's view and the command's
}
