// SPDX-License-Identifier: MIT
// libFuzzer target for what the trainees' phones send: each line of the input is one frame from one of four
// connections (its first byte chooses which), read by parseClientMessage() and then played through the
// admission and the ballot as PhoneChannel plays it. "$T" stands for the token the connection was given,
// "$S" for the join card's secret. Any bytes in; never a crash, and the room's rules hold after every frame.
#include "fuzzlines.h"
#include "room/core/roomsecrets.h"
#include "room/phones/ballot.h"
#include "room/phones/clientmessage.h"
#include "room/phones/roomadmission.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <numeric>

using namespace stoppunkt;

namespace {
const QString kQuestion = QStringLiteral("s11");
constexpr int kOptions = 4;

/// Characters as a reader counts them (a letter with its accents is one).
int characters(const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (graphemes.toNextBoundary() > 0)
        ++count;
    return count;
}

/// Trainees' text as the room keeps it: no control characters, no direction overrides, no line breaks.
bool clean(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if (QChar::category(c) == QChar::Other_Control || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return false;
    return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    RoomLimits limits;
    limits.maxClients = 3;  // small, so the fuzzer reaches a full room
    Ballot ballot(limits, QStringLiteral("4711"));
    RoomAdmission admission(limits, JoinLimits{});
    std::array<QString, 4> tokens;
    std::array<bool, 4> open{};
    qint64 now = 0;
    ballot.open(kQuestion, kOptions);
    for (QByteArray line : fuzzing::messagesOf(data, size)) {
        now += 250;
        const int who = line.isEmpty() ? 0 : quint8(line[0]) % 4;
        const quint64 connection = quint64(who) + 1;
        if (!open[who]) {
            open[who] = admission.open(connection, QStringLiteral("10.0.0.%1").arg(who % 2)).accepted;
            if (!open[who])
                continue;
        }
        line = fuzzing::withSecret(fuzzing::withSecret(line.mid(1), "$T", tokens[who]), "$S", ballot.joinSecret());
        const ParsedMessage parsed = parseClientMessage(line, limits);
        FUZZ_REQUIRE(parsed.ok() != !parsed.reason.isEmpty());
        if (!parsed.ok())
            continue;
        const ClientMessage &m = parsed.message;
        FUZZ_REQUIRE(characters(m.nickname) <= limits.maxNicknameCharacters && clean(m.nickname));
        FUZZ_REQUIRE(characters(m.text) <= limits.maxSuggestionCharacters && clean(m.text));
        using Type = ClientMessage::Type;
        if (m.type == Type::Join) {
            const bool typed = m.secret.isEmpty();
            FUZZ_REQUIRE(typed ? m.room.size() == 4 : m.room.isEmpty());
            QString reason;
            if (admission.mayJoin(connection, typed, now, &reason) != RoomStatus::Ok)
                continue;
            const Ballot::Joined joined = ballot.join(typed ? m.room : m.secret, m.nickname);
            if (typed)
                admission.typedCode(connection, joined.status == RoomStatus::Ok, now);
            FUZZ_REQUIRE((joined.status == RoomStatus::Ok) == !joined.token.isEmpty());
            if (joined.status == RoomStatus::Ok) {
                FUZZ_REQUIRE(ballot.knows(joined.token));
                tokens[who] = joined.token;
                admission.joined(connection, roomsecrets::hashOf(joined.token), now);
            }
        } else if (m.type == Type::Resume) {
            if (ballot.knows(m.token))  // a phone that joined comes back, full room or locked
                admission.joined(connection, roomsecrets::hashOf(m.token), now);
        } else if (m.type == Type::Vote) {
            FUZZ_REQUIRE(m.option >= 1 && m.option <= 6 && !m.question.isEmpty());
            const RoomStatus status = ballot.vote(m.token, m.question, m.option);
            if (status == RoomStatus::Ok)
                FUZZ_REQUIRE(ballot.voteOf(m.token, m.question) == m.option);
        } else if (m.type == Type::Suggest) {
            FUZZ_REQUIRE(!m.text.isEmpty());
        }
        if (line.endsWith("close")) {  // the connection drops; the phone keeps its place for the grace period
            admission.closed(connection, now);
            open[who] = false;
        }
        const std::vector<int> tally = ballot.tally(kQuestion);
        FUZZ_REQUIRE(int(tally.size()) == kOptions);
        FUZZ_REQUIRE(std::accumulate(tally.begin(), tally.end(), 0) == ballot.voters(kQuestion));
        FUZZ_REQUIRE(ballot.voters(kQuestion) <= ballot.joined());
        FUZZ_REQUIRE(admission.connected() <= int(std::count(open.begin(), open.end(), true)));
    }
    return 0;
}
