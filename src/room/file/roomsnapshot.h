// SPDX-License-Identifier: MIT
#pragma once

#include "room/phones/ballot.h"
#include "room/remote/keptremote.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace stoppunkt {

/// A flip-chart suggestion from a phone, waiting on the console for the facilitator.
struct RoomSuggestion {
    QString nickname;
    QString text;
    bool operator==(const RoomSuggestion &other) const = default;
};

/// What the room keeps on disk beside the session record, so that after a crash and --resume it opens
/// again where it was: the same address, port and room code (the join card and the phones' links stay
/// valid), every phone that had joined, their votes, the vote left open, the suggestions still waiting, and
/// the paired remote.
/// Phones are kept by their tokens' SHA-256 only, as in the ballot: the file gives nobody a phone's role.
struct RoomSnapshot {
    QString address;
    quint16 port = 0;
    QString lastQuestion;  ///< the question voted on last
    Ballot ballot{RoomLimits{}, QString()};
    std::vector<RoomSuggestion> suggestions;
    std::optional<KeptRemote> remote;
};

namespace roomsnapshot {

QByteArray encode(const RoomSnapshot &snapshot);
/// Reads a saved room back; a damaged or foreign file gives nullopt and why, and nothing half-read.
std::optional<RoomSnapshot> decode(const QByteArray &bytes, const RoomLimits &limits, QString *error = nullptr);
/// The room's file beside a session record: `<dir>/<base>.room.json` for `<dir>/<base>.json`.
QString pathBeside(const QString &recordPath);

}  // namespace roomsnapshot
}  // namespace stoppunkt
