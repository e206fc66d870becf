// SPDX-License-Identifier: MIT
// The room brought back with a resumed session, in-process: on its own port when it is free, and when another
// program took that port, on another one, with the join card up for the phones to scan again.
#include "app/roomsync.h"
#include "input/commanddispatcher.h"
#include "room/file/roomsnapshot.h"
#include "room/phones/ballot.h"
#include "room/server/phonechannel.h"
#include "room/server/roomserver.h"
#include "seedlesson.h"
#include "session/presentationtimer.h"
#include "session/session.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
/// A room file beside a record, as a killed session left it: the room open on `port`, one phone joined.
QString keptRoomOn(const QTemporaryDir &dir, quint16 port)
{
    RoomLimits limits;
    RoomSnapshot room{QStringLiteral("127.0.0.1"), port, {}, Ballot(limits, QStringLiteral("1234")), {}, std::nullopt};
    REQUIRE(room.ballot.join(QStringLiteral("1234"), QStringLiteral("Ann")).status == RoomStatus::Ok);
    const QString path = dir.filePath(QStringLiteral("record.room.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(roomsnapshot::encode(room));
    return path;
}

struct Resumed {
    Session session{test::seedLesson()};
    PresentationTimer timer;
    CommandDispatcher dispatcher{session, timer};
    RoomSync room{session, dispatcher, timer, QStringLiteral("127.0.0.1")};
};
}  // namespace

TEST_CASE("a resumed room whose port another program took opens on another port, says which, and puts the join card up")
{
    QTemporaryDir dir;
    QTcpServer other;  // the program that took the room's port while Stoppunkt was down
    REQUIRE(other.listen(QHostAddress::LocalHost, 0));
    Resumed r;
    r.room.keepIn(keptRoomOn(dir, other.serverPort()));
    const QString said = r.room.resumeKept();
    INFO(said.toStdString());
    REQUIRE(r.room.server());
    CHECK(r.room.server()->port() != other.serverPort());
    CHECK(r.room.server()->phones().ballot().joined() == 1);  // the phones' places and votes are kept
    CHECK(said.contains(QStringLiteral("Port %1 is taken").arg(other.serverPort())));
    CHECK(r.session.audienceView().joinCard);  // what the phones need is on the projector at once
}

TEST_CASE("a resumed room whose port is free opens on it again, and the join card stays down")
{
    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe;  // a port that was free a moment ago
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Resumed r;
    r.room.keepIn(keptRoomOn(dir, port));
    const QString said = r.room.resumeKept();
    INFO(said.toStdString());
    REQUIRE(r.room.server());
    CHECK(r.room.server()->port() == port);
    CHECK(said.contains(QStringLiteral("with the same code")));
    CHECK_FALSE(r.session.audienceView().joinCard);
}
