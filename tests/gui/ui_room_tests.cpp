// SPDX-License-Identifier: MIT
// The room's phones from the facilitator's side, on 127.0.0.1: turning participation on, the join card,
// a vote and its tally, the votes on the projector, and a phone's suggestion accepted onto the flip chart.
#include "app/presenter.h"
#include "app/roomsync.h"
#include "appprocess.h"
#include "input/commanddispatcher.h"
#include "paintedtext.h"
#include "phoneclient.h"
#include "room/file/roomsnapshot.h"
#include "room/server/phonechannel.h"
#include "room/server/roomaddresses.h"
#include "room/server/roomserver.h"
#include "samepicture.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/roomaddressdialog.h"
#include "uitestsupport.h"

#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("the room's phones from the console: on, the join card, a vote, the votes shown, a suggestion accepted", "[room]")
{
    Options options = noFilm();
    options.roomAddress = QStringLiteral("127.0.0.1");
    Presenter p(seedLesson(), options);
    p.show();
    p.console().resize(1280, 720);
    p.projector().resize(1280, 720);
    settle();
    Session &s = p.session();
    CHECK_FALSE(s.participation().on);  // off by default
    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_J));
    REQUIRE(p.room().server());
    const quint16 port = p.room().server()->port();
    const QString code = s.participation().roomCode;
    CHECK(s.participation().on);
    CHECK(s.participation().address == QStringLiteral("http://127.0.0.1:%1").arg(port));
    p.console().setNotice({});
    CHECK(painted(p.console(), QStringLiteral("code %1 · 0 joined").arg(code)));

    p.dispatcher().handleKey(QKeyCombination(Qt::Key_I));
    settle();
    CHECK(s.joinCardShown());
    CHECK(painted(p.projector(), code));
    CHECK(painted(p.projector(), QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const QImage card = p.projector().grab().toImage();
    CHECK(darkShare(card, QRect(90, 120, 300, 300)) > 0.3);  // the QR code's modules
    CHECK(darkShare(card, QRect(90, 120, 300, 300)) < 0.7);
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        card.save(QString::fromLocal8Bit(shots) + "/room-join-card-projector.png");
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_I));

    PhoneClient phone(port);
    phone.send({{"type", "join"}, {"room", code}, {"nickname", "Ann"}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().joined == 1; }));
    const QString token = phone.waitForToken();  // the welcome may come after the console counts the phone
    REQUIRE_FALSE(token.isEmpty());

    s.goTo(10);  // Film #1, at its stop
    s.skipFilm();
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_V));
    REQUIRE(s.participation().voteOpen);
    phone.send({{"type", "vote"}, {"token", token}, {"question", QString::fromStdString(s.lesson().slideKey(10))}, {"option", 4}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().tally == std::vector<int>{0, 0, 0, 1}; }));
    settle();
    CHECK(painted(p.console(), QStringLiteral("THE ROOM'S VOTE: 1 voted of 1 joined, open, V closes it")));
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_V));
    CHECK_FALSE(s.participation().voteOpen);
    p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_V));
    settle();
    CHECK(s.distributionShown());
    CHECK(painted(p.projector(), QStringLiteral("Stemmer")));  // the lesson's language: a Danish chart
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
        p.projector().grab().save(QString::fromLocal8Bit(shots) + "/room-votes-projector.png");
        p.console().grab().save(QString::fromLocal8Bit(shots) + "/room-votes-console.png");
    }
    // A pick while the chart is up: the chart makes way, so the room sees the pick at once.
    REQUIRE(s.pick(2));
    settle();
    CHECK_FALSE(s.distributionShown());
    CHECK(s.audienceView().picks == std::vector<int>{2});
    CHECK_FALSE(painted(p.projector(), QStringLiteral("Stemmer")));

    s.goTo(1);  // a flip-chart slide
    CHECK_FALSE(s.distributionShown());
    phone.send({{"type", "suggest"}, {"token", token}, {"text", "<b>Kunden</b> føler sig overset"}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().suggestions.size() == 1; }));
    CHECK(s.participation().suggestions[0] == "Ann: <b>Kunden</b> føler sig overset");
    CHECK(s.audienceView().flipchart.empty());  // nothing reaches the projector before the facilitator decides
    settle();
    CHECK(painted(p.console(), QStringLiteral("FROM THE PHONES: 1 waiting")));
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_A));
    CHECK(s.flipchart(1) == QStringList{"<b>Kunden</b> føler sig overset"});
    CHECK(s.participation().suggestions.isEmpty());
    settle();
    CHECK(painted(p.projector(), QStringLiteral("<b>Kunden</b>")));  // shown as text, tags and all, not as markup
    // Right-to-left text, an emoji and control characters arrive as a reader would see them.
    phone.send({{"type", "suggest"}, {"token", token}, {"text", QStringLiteral("\u202E\u05E9\u05DC\u05D5\u05DD \U0001F44D\u0007")}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().suggestions.size() == 1; }));
    CHECK(s.participation().suggestions[0] == "Ann: \u05E9\u05DC\u05D5\u05DD \U0001F44D");
    p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_A));  // dropped
    CHECK(s.participation().suggestions.isEmpty());
    CHECK(s.flipchart(1).size() == 1);

    // The vote closes when the room moves on: another slide, or the answer shown.
    for (const bool reveal : {false, true}) {
        s.goTo(10);
        s.skipFilm();
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_V));
        REQUIRE(s.participation().voteOpen);
        REQUIRE(p.room().server()->phones().ballot().isOpen());
        if (reveal)
            s.reveal();
        else
            s.goTo(11);
        CHECK_FALSE(s.participation().voteOpen);
        CHECK_FALSE(p.room().server()->phones().ballot().isOpen());
    }

    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_J));
    CHECK_FALSE(s.participation().on);
    CHECK_FALSE(p.room().server());
    CHECK(PhoneClient::waitFor([&] { return phone.closed(); }));
}

namespace {
/// The room's file as the program wrote it last; nullopt while there is none.
std::optional<RoomSnapshot> keptRoom(const App &app)
{
    QFile file(app.recordPath(QStringLiteral(".room")));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return roomsnapshot::decode(file.readAll(), RoomLimits{});
}

}  // namespace

TEST_CASE("killed with SIGKILL while the room votes, --resume opens the room again and each phone finds its vote", "[room]")
{
    App app;
    QProcess first;
    first.setProcessEnvironment(app.environment());
    // The room on, Film #1 at its stop (slide 11), the vote open.
    first.start(STOPPUNKT_EXE, {"--windowed", "--room-address", "127.0.0.1", "--print-state", "--script", "Ctrl+J,1,1,Return,Right,Right,V",
                                kSeedLessonFile});
    REQUIRE(lastJsonLine(firstLine(first))["film"].toString() == "at-stop");
    std::optional<RoomSnapshot> kept;
    REQUIRE(PhoneClient::waitFor([&] { return (kept = keptRoom(app)).has_value(); }));
    REQUIRE(kept->ballot.isOpen());
    const QString question = kept->ballot.openQuestion();

    std::optional<PhoneClient> phone(std::in_place, kept->port);
    phone->send({{"type", "join"}, {"room", kept->ballot.roomCode()}, {"nickname", "Ann"}});
    REQUIRE(PhoneClient::waitFor([&] { return !phone->last("welcome").isEmpty(); }));
    const QString token = phone->last("welcome").value("token").toString();
    phone->send({{"type", "vote"}, {"token", token}, {"question", question}, {"option", 4}});
    // The vote is on disk a moment later: then kill without warning.
    REQUIRE(PhoneClient::waitFor([&] { return (kept = keptRoom(app)) && kept->ballot.voters(question) == 1; }));
    QFile file(app.recordPath(QStringLiteral(".room")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(token.toLatin1()));  // the token's hash only
    first.kill();
    REQUIRE(first.waitForFinished(30000));
    REQUIRE(PhoneClient::waitFor([&] { return phone->closed(); }));
    phone.reset();

    QProcess second;
    second.setProcessEnvironment(app.environment());
    second.start(STOPPUNKT_EXE, {"--windowed", "--room-address", "127.0.0.1", "--resume", "--print-state", kSeedLessonFile});
    REQUIRE(lastJsonLine(firstLine(second))["slide"].toInt() == 10);
    // The phone comes back as the page does after a drop: the same address, its token.
    phone.emplace(kept->port);
    REQUIRE(phone->connected());
    phone->send({{"type", "resume"}, {"token", token}});
    const bool viewed = PhoneClient::waitFor([&] { return !phone->last("view").isEmpty(); });
    INFO("the phone received: " << phone->received().join(QLatin1Char('\n')).toStdString() << (phone->closed() ? " (closed)" : ""));
    REQUIRE(viewed);
    CHECK(phone->last("welcome").value("nickname").toString() == "Ann");
    const QJsonObject shown = phone->last("view").value("question").toObject();
    CHECK(shown.value("yours").toInt() == 4);  // its vote, kept
    CHECK(shown.value("open").toBool());  // and the vote still open
    phone->send({{"type", "vote"}, {"token", token}, {"question", question}, {"option", 4}});
    REQUIRE(PhoneClient::waitFor([&] { return phone->last("refused").value("status").toInt() == 409; }));  // counted once
    phone->send({{"type", "vote"}, {"token", token}, {"question", question}, {"option", 2}});
    REQUIRE(PhoneClient::waitFor([&] { return (kept = keptRoom(app)) && kept->ballot.tally(question) == std::vector<int>{0, 1, 0, 0}; }));
    // A guessed token finds nothing after the restart either.
    PhoneClient stranger(kept->port);
    stranger.send({{"type", "resume"}, {"token", "AAAAAAAAAAAAAAAAAAAAAA"}});
    CHECK(PhoneClient::waitFor([&] { return stranger.last("refused").value("status").toInt() == 401; }));
    second.kill();
    second.waitForFinished(30000);
    CHECK(second.readAllStandardError().contains("The room is open again with the same code"));
}

TEST_CASE("where the phones join is a console setting: the networks and this computer are listed, and an open room moves with its votes",
          "[room]")
{
    // The dialog lists each network by its name and this computer last, and gives the one chosen.
    std::vector<RoomAddressDialog::Choice> choices{{QStringLiteral("wlp2s0 (Wi-Fi)"), QStringLiteral("192.168.1.20")},
                                                   {QString(), QStringLiteral("127.0.0.1")}};
    RoomAddressDialog dialog(choices, QStringLiteral("127.0.0.1"));
    CHECK(dialog.rows()
          == QStringList{QStringLiteral("wlp2s0 (Wi-Fi): 192.168.1.20"),
                         QStringLiteral("This computer only: 127.0.0.1 (no phone can join; for trying it out)")});
    CHECK(dialog.chosenAddress() == "127.0.0.1");  // the one in use is selected
    dialog.choose(0);
    CHECK(dialog.chosenAddress() == "192.168.1.20");
    // The choices are this computer's own: the loopback comes last, and no link-local address is offered.
    const std::vector<RoomAddressChoice> own = roomAddressChoices();
    REQUIRE_FALSE(own.empty());
    CHECK(own.back().address == QHostAddress(QHostAddress::LocalHost));
    CHECK(std::none_of(own.begin(), own.end(), [](const RoomAddressChoice &c) { return c.address.isLinkLocal(); }));
    CHECK(roomUrl(QHostAddress(QStringLiteral("::1")), 8471) == "http://[::1]:8471");

    Presenter p(seedLesson(), [] {
        Options options = noFilm();
        options.roomAddress = QStringLiteral("127.0.0.1");
        return options;
    }());
    p.show();
    settle();
    Session &s = p.session();
    p.dispatcher().trigger(Action::Participation);
    REQUIRE(p.room().server());
    const QString code = p.room().server()->phones().roomCode();
    PhoneClient phone(p.room().server()->port());
    phone.send({{"type", "join"}, {"room", code}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().joined == 1; }));
    const QString token = phone.waitForToken();  // the welcome may come after the console counts the phone
    REQUIRE_FALSE(token.isEmpty());

    // Moved to the IPv6 loopback: the same code and the same phone, at the new address.
    p.room().setAddress(QStringLiteral("::1"));
    REQUIRE(p.room().server());
    CHECK(p.room().server()->address() == QHostAddress(QStringLiteral("::1")));
    CHECK(p.room().server()->phones().roomCode() == code);
    CHECK(p.room().server()->phones().ballot().knows(token));
    CHECK(s.participation().address == QStringLiteral("http://[::1]:%1").arg(p.room().server()->port()));
    CHECK(p.console().notice().contains(QStringLiteral("The room moved to http://[::1]:")));
}

TEST_CASE(
    "resumed at a question the room voted on, the console keeps the tally, Shift+V shows the votes and I the card, on both windows alike",
    "[room]")
{
    Options options = noFilm();
    options.roomAddress = QStringLiteral("127.0.0.1");
    options.windowed = true;
    const std::vector<int> tally{0, 0, 0, 1};
    // The first program is not closed but left as a kill leaves it: its record "interrupted", its room's file
    // written. It is only hidden, and ends after the second has been checked.
    auto first = std::make_unique<Presenter>(seedLesson(), options);
    {
        first->show();
        settle();
        Session &s = first->session();
        first->dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_J));
        REQUIRE(first->room().server());
        PhoneClient phone(first->room().server()->port());
        phone.send({{"type", "join"}, {"room", s.participation().roomCode}, {"nickname", "Ann"}});
        REQUIRE(PhoneClient::waitFor([&] { return s.participation().joined == 1; }));
        const QString token = phone.waitForToken();  // the welcome may come after the console counts the phone
        REQUIRE_FALSE(token.isEmpty());
        s.goTo(10);
        s.skipFilm();
        first->dispatcher().handleKey(QKeyCombination(Qt::Key_V));
        REQUIRE(s.participation().voteOpen);
        phone.send({{"type", "vote"}, {"token", token}, {"question", QString::fromStdString(s.lesson().slideKey(10))}, {"option", 4}});
        const bool counted = PhoneClient::waitFor([&] { return s.participation().tally == tally; });
        INFO("the phone received: " << phone.received().join(QLatin1Char('\n')).toStdString());
        REQUIRE(counted);
        first->dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_V));
        REQUIRE(s.distributionShown());
        first->room().saveNow();
        first->projector().hide();
        first->console().hide();
        // As a kill would leave it: the room's file as written, and its port free again (a resumed room whose
        // port is taken puts the join card up, which another test checks).
        first->room().keepIn(QString());
        first->room().server()->stop();
    }
    options.resume = true;
    Presenter second(seedLesson(), options);
    second.show();
    second.projector().resize(1280, 720);
    settle();
    Session &s = second.session();
    REQUIRE(s.slideIndex() == 10);
    REQUIRE(s.participation().on);
    CHECK(s.participation().voteQuestion == QString::fromStdString(s.lesson().slideKey(10)));
    CHECK(s.participation().tally == tally);
    second.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_V));
    CHECK(s.distributionShown());
    settle();
    CHECK(painted(second.projector(), QStringLiteral("Stemmer")));
    CHECK(consoleDiffersFromProjector(second) == 0);
    second.dispatcher().handleKey(QKeyCombination(Qt::Key_I));
    CHECK(s.joinCardShown());
    settle();
    CHECK(painted(second.projector(), s.participation().roomCode));
    CHECK(consoleDiffersFromProjector(second) == 0);
    second.dispatcher().handleKey(QKeyCombination(Qt::Key_I));  // the card off: the votes again, as after the resume
    // As the player reports once it holds the stop's frame (this presenter runs without one).
    s.setFilmProgress(true, true, 49960, 146000);
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
            second.console().resize(size);
            second.projector().resize(size);
            settle();
            const QString name = QStringLiteral("%1/%3-after-resume-%2.png")
                                     .arg(QString::fromLocal8Bit(shots))
                                     .arg(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
            second.console().grab().save(name.arg(QStringLiteral("console")));
            second.projector().grab().save(name.arg(QStringLiteral("projector")));
        }
}
