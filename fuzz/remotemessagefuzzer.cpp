// SPDX-License-Identifier: MIT
// libFuzzer target for what the facilitator's remote sends: each line of the input is one frame, read by
// parseRemoteMessage() and played through the pairing as RemoteChannel plays it. "$S" stands for the secret
// in the console's pairing code and "$T" for the remote's token once paired. Any bytes in; never a crash, no
// command outside the remote's few actions, and no command applied twice.
#include "fuzzlines.h"
#include "room/remote/remotecommand.h"
#include "room/remote/remotepairing.h"

using namespace stoppunkt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const RoomLimits limits;
    RemotePairing pairing;
    qint64 now = 0;
    QString secret = pairing.offer(now);
    QString token;
    qint64 lastApplied = 0;
    for (QByteArray line : fuzzing::messagesOf(data, size)) {
        now += 1'000;
        if (line == "offer") {  // the console shows a new pairing code
            secret = pairing.offer(now);
            continue;
        }
        line = fuzzing::withSecret(fuzzing::withSecret(line, "$S", secret), "$T", token);
        const ParsedRemoteMessage parsed = parseRemoteMessage(line, limits);
        FUZZ_REQUIRE(parsed.ok() != !parsed.reason.isEmpty());
        if (!parsed.ok())
            continue;
        const RemoteMessage &m = parsed.message;
        using Type = RemoteMessage::Type;
        if (m.type == Type::Pair) {
            const RemotePairing::Paired paired = pairing.pair(m.secret, m.device, now);
            FUZZ_REQUIRE((paired.status == RoomStatus::Ok) == !paired.token.isEmpty());
            if (paired.status == RoomStatus::Ok) {
                FUZZ_REQUIRE(pairing.paired() && pairing.isRemote(paired.token) && !pairing.offering(now));
                FUZZ_REQUIRE(pairing.pair(m.secret, m.device, now).status == RoomStatus::Gone);  // a secret works once
                token = paired.token;
                lastApplied = 0;
            }
        } else if (m.type == Type::Command) {
            FUZZ_REQUIRE(m.id >= 1);
            FUZZ_REQUIRE(m.command.action ? RemoteCommand::allowed(*m.command.action) : m.command.pick >= 1 && m.command.pick <= 6);
            if (!pairing.isRemote(m.token))
                continue;
            const bool first = pairing.firstTime(m.id);
            FUZZ_REQUIRE(first == (m.id > lastApplied));  // a command sent again is never applied twice
            if (first)
                lastApplied = m.id;
        } else if (m.type == Type::Point) {
            FUZZ_REQUIRE(m.x >= 0 && m.x <= 1 && m.y >= 0 && m.y <= 1);  // a point is always on the slide
        }
        if (const auto kept = pairing.kept()) {  // what the room's file keeps brings back the same remote
            RemotePairing again;
            again.restore(*kept);
            FUZZ_REQUIRE(again.paired() && again.kept() == kept && again.device() == pairing.device());
        }
    }
    return 0;
}
