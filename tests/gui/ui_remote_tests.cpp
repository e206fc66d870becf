// SPDX-License-Identifier: MIT
// The facilitator's phone remote from the console's side, on 127.0.0.1: the pairing code on the console and
// never on the projector, a phone paired and named in the status line, its commands recorded exactly as
// the same keys would be, and the console going on when the remote is dropped.
#include "app/presenter.h"
#include "app/roomsync.h"
#include "input/commanddispatcher.h"
#include "paintedtext.h"
#include "phoneclient.h"
#include "room/server/remotechannel.h"
#include "room/server/roomserver.h"
#include "session/recordcodec.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "uitestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
Options onLoopback()
{
    Options options = noFilm();
    options.roomAddress = QStringLiteral("127.0.0.1");
    return options;
}

/// The types of the events a session records from here on.
struct EventLog {
    QStringList types;
    explicit EventLog(Session &session)
    {
        QObject::connect(&session, &Session::recorded, [this](const SessionEvent &e) { types << recordcodec::eventName(e.type); });
    }
};

QJsonObject answer(PhoneClient &client, const QJsonObject &message)
{
    qsizetype seen = client.received().size();
    client.send(message);
    for (;;) {
        const QJsonObject reply = client.next(seen);
        const QString type = reply.value("type").toString();
        if (reply.isEmpty() || type == "paired" || type == "done" || type == "refused")
            return reply;
    }
}
}  // namespace

TEST_CASE("the remote's pairing code shows on the console only, and a paired phone is named in the status line", "[room]")
{
    Presenter p(seedLesson(), onLoopback());
    p.show();
    p.console().resize(1280, 720);
    p.projector().resize(1280, 720);
    settle();
    Session &s = p.session();
    CHECK_FALSE(s.participation().on);
    const QImage projectorBefore = p.projector().grab().toImage();

    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_P));  // the room turns on for it
    settle();
    CHECK(p.projector().grab().toImage() == projectorBefore);  // not a pixel of the pairing on the projector
    REQUIRE(p.room().server());
    const QString url = s.participation().pairingUrl;
    const QString prefix = QStringLiteral("http://127.0.0.1:%1/remote#pair=").arg(p.room().server()->port());
    REQUIRE(url.startsWith(prefix));
    const QString secret = url.mid(prefix.size());
    CHECK(secret.size() == 22);
    CHECK(painted(p.console(), QStringLiteral("Pair your phone as the remote")));
    const QImage console = p.console().grab().toImage();
    const int side = int(std::min(720 * 0.72, 1280 * 0.42));
    CHECK(darkShare(console, QRect(int(1280 * 0.06) + 40, (720 - side) / 2 + 40, side - 80, side - 80)) > 0.3);
    // The projector shows the slide, and nothing of the pairing.
    CHECK_FALSE(painted(p.projector(), QStringLiteral("Pair")));
    CHECK_FALSE(painted(p.projector(), secret));
    CHECK_FALSE(s.audienceView().joinCard);
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        console.save(QString::fromLocal8Bit(shots) + "/remote-pairing-console.png");

    // Esc hides the code, and its secret no longer pairs.
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Escape));
    settle();
    CHECK(s.participation().pairingUrl.isEmpty());
    CHECK_FALSE(painted(p.console(), QStringLiteral("Pair your phone as the remote")));
    PhoneClient phone(p.room().server()->port(), QStringLiteral("/remote"));
    CHECK(answer(phone, {{"type", "pair"}, {"secret", secret}}).value("status").toInt() == 410);

    // A key on the console while the code shows (a clicker's Next) closes it, and the room sees nothing change.
    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_P));
    REQUIRE_FALSE(s.participation().pairingUrl.isEmpty());
    QTest::keyClick(&p.console(), Qt::Key_Right);
    CHECK(s.participation().pairingUrl.isEmpty());
    CHECK(s.slideIndex() == 0);

    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_P));
    const QString fresh = s.participation().pairingUrl.mid(prefix.size());
    REQUIRE(fresh.size() == 22);
    CHECK(fresh != secret);
    const QJsonObject paired = answer(phone, {{"type", "pair"}, {"secret", fresh}, {"device", "Android · Chrome"}});
    REQUIRE(paired.value("type") == "paired");
    settle();
    CHECK(s.participation().remotePaired);
    CHECK(s.participation().pairingUrl.isEmpty());  // the code closes once it has paired
    p.console().setNotice({});
    CHECK(painted(p.console(), QStringLiteral("remote: Android · Chrome")));

    // The console drops it; the phone is told, and the lesson goes on from the keyboard.
    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_P));
    settle();
    CHECK_FALSE(s.participation().remotePaired);
    CHECK(PhoneClient::waitFor([&] { return !phone.last("dropped").isEmpty(); }));
    const QString token = paired.value("token").toString();
    CHECK(answer(phone, {{"type", "command"}, {"token", token}, {"id", 1}, {"action", "next"}}).value("status").toInt() == 401);
    CHECK(s.slideIndex() == 0);
    p.dispatcher().trigger(Action::Next);
    CHECK(s.slideIndex() == 1);
}

TEST_CASE("a film question driven from the remote is recorded exactly as the same keys would record it", "[room]")
{
    // The same steps twice: once from the keyboard, once from a paired phone.
    const auto steps = [](auto &&next, auto &&pick, auto &&reveal) {
        next();  // the film plays
        next();  // arms the skip
        next();  // at the stop: discuss
        pick(1);
        pick(2);
        reveal();
        next();
    };
    QStringList byKeys;
    {
        Presenter p(seedLesson(), onLoopback());
        p.show();
        settle();
        p.session().goTo(9);
        EventLog log(p.session());
        CommandDispatcher &d = p.dispatcher();
        steps([&] { d.handleKey(QKeyCombination(Qt::Key_Right)); }, [&](int n) { d.handleKey(QKeyCombination(Qt::Key(Qt::Key_0 + n))); },
              [&] { d.handleKey(QKeyCombination(Qt::Key_R)); });
        CHECK(p.session().slideIndex() == 11);
        byKeys = log.types;
    }
    Presenter p(seedLesson(), onLoopback());
    p.show();
    settle();
    p.session().goTo(9);
    p.dispatcher().trigger(Action::PairRemote);
    const QString url = p.session().participation().pairingUrl;
    PhoneClient phone(p.room().server()->port(), QStringLiteral("/remote"));
    const QString token = answer(phone, {{"type", "pair"}, {"secret", url.section('=', 1)}}).value("token").toString();
    REQUIRE_FALSE(token.isEmpty());
    EventLog log(p.session());
    qint64 id = 0;
    auto send = [&](const QString &action, int option = 0) {
        QJsonObject m{{"type", "command"}, {"token", token}, {"id", double(++id)}, {"action", action}};
        if (option)
            m.insert("option", option);
        CHECK(answer(phone, m).value("applied").toBool());
    };
    steps([&] { send("next"); }, [&](int n) { send("pick", n); }, [&] { send("reveal"); });
    CHECK(p.session().slideIndex() == 11);
    CHECK(p.session().questionRecord(10)->picks == std::vector<int>{1, 2});
    CHECK(log.types == byKeys);
    CHECK(byKeys.contains("pick"));
    CHECK(byKeys.contains("reveal"));
}
