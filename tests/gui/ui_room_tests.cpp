// SPDX-License-Identifier: MIT
// The room's phones from the facilitator's side, on 127.0.0.1: turning participation on, the join card,
// a vote and its tally, the votes on the projector, and a phone's suggestion accepted onto the flip chart.
#include "commanddispatcher.h"
#include "consolewindow.h"
#include "paintedtext.h"
#include "phoneclient.h"
#include "presenter.h"
#include "projectorwindow.h"
#include "roomserver.h"
#include "roomsync.h"
#include "session.h"
#include "uitestsupport.h"

#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
bool painted(QWidget &window, const QString &text)
{
    const QStringList texts = paintedTexts(window);
    return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(text); });
}

/// The share of dark pixels in a square of the projector's picture: a QR code is about half dark.
double darkShare(const QImage &image, const QRect &square)
{
    int dark = 0;
    for (int y = square.top(); y < square.bottom(); y += 2)
        for (int x = square.left(); x < square.right(); x += 2)
            dark += qGray(image.pixel(x, y)) < 80;
    return dark / (square.width() * square.height() / 4.0);
}
} // namespace

TEST_CASE("the room's phones from the console: on, the join card, a vote, the votes shown, a suggestion accepted")
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
    const QString code = QString::fromStdString(s.participation().roomCode);
    CHECK(s.participation().on);
    CHECK(s.participation().address == QStringLiteral("http://127.0.0.1:%1").arg(port).toStdString());
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
    const QString token = phone.last("welcome").value("token").toString();

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

    s.goTo(1);  // a flip-chart slide
    CHECK_FALSE(s.distributionShown());
    phone.send({{"type", "suggest"}, {"token", token}, {"text", "<b>Kunden</b> føler sig overset"}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().suggestions.size() == 1; }));
    CHECK(s.participation().suggestions[0] == "Ann: <b>Kunden</b> føler sig overset");
    CHECK(s.audienceView().flipchart.empty());  // nothing reaches the projector before the facilitator decides
    settle();
    CHECK(painted(p.console(), QStringLiteral("FROM THE PHONES: 1 waiting")));
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_A));
    CHECK(s.flipchart(1) == std::vector<std::string>{"<b>Kunden</b> føler sig overset"});
    CHECK(s.participation().suggestions.empty());
    settle();
    CHECK(painted(p.projector(), QStringLiteral("<b>Kunden</b>")));  // shown as text, tags and all, not as markup
    // Right-to-left text, an emoji and control characters arrive as a reader would see them.
    phone.send({{"type", "suggest"}, {"token", token}, {"text", QStringLiteral("\u202E\u05E9\u05DC\u05D5\u05DD \U0001F44D\u0007")}});
    REQUIRE(PhoneClient::waitFor([&] { return s.participation().suggestions.size() == 1; }));
    CHECK(s.participation().suggestions[0] == "Ann: \u05E9\u05DC\u05D5\u05DD \U0001F44D");
    p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_A));  // dropped
    CHECK(s.participation().suggestions.empty());
    CHECK(s.flipchart(1).size() == 1);

    p.dispatcher().handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_J));
    CHECK_FALSE(s.participation().on);
    CHECK_FALSE(p.room().server());
    CHECK(PhoneClient::waitFor([&] { return phone.closed(); }));
}
