// SPDX-License-Identifier: MIT
// libFuzzer target for the room's file that --resume reads beside the session record. The program writes it,
// but a damaged or planted file is read as hostile: any bytes in, a room or a reason out, never a crash.
// A room that is read must keep the ballot's rules and be written back to the same bytes it reads as.
#include "fuzzlines.h"
#include "room/file/roomsnapshot.h"

#include <numeric>

using namespace stoppunkt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const RoomLimits limits;
    QString error;
    const auto room = roomsnapshot::decode(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), limits, &error);
    FUZZ_REQUIRE(room.has_value() == error.isEmpty());
    if (!room)
        return 0;
    const Ballot &ballot = room->ballot;
    FUZZ_REQUIRE(ballot.roomCode().size() == 4 && ballot.joinSecret().size() == 22 && room->port >= 1);
    FUZZ_REQUIRE(ballot.joined() <= limits.maxPhonesKept);
    if (ballot.isOpen()) {
        const std::vector<int> tally = ballot.tally(ballot.openQuestion());
        FUZZ_REQUIRE(!tally.empty() && tally.size() <= 6);
        FUZZ_REQUIRE(std::accumulate(tally.begin(), tally.end(), 0) == ballot.voters(ballot.openQuestion()));
        FUZZ_REQUIRE(ballot.voters(ballot.openQuestion()) <= ballot.joined());
    }
    // Written and read again, it is the same room: nothing is lost or changed by a save after a resume.
    const QByteArray written = roomsnapshot::encode(*room);
    const auto again = roomsnapshot::decode(written, limits, &error);
    FUZZ_REQUIRE(again.has_value());
    FUZZ_REQUIRE(roomsnapshot::encode(*again) == written);
    FUZZ_REQUIRE(again->suggestions == room->suggestions && again->remote == room->remote && again->address == room->address);
    return 0;
}
