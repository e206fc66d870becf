// SPDX-License-Identifier: MIT
#pragma once

#include "input/action.h"
#include "room/core/roomlimits.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace stoppunkt {

/// What the remote may do: the named actions of the keyboard that a facilitator needs while walking the
/// room, and a pick. Nothing else: not quit, open a lesson, change screens or turn the room off.
struct RemoteCommand {
    std::optional<Action> action;  ///< a named action; empty for a pick
    int pick = 0;  ///< 1-6, as the digit keys pick at a question

    /// The actions a remote may trigger, by their names in the action table.
    static bool allowed(Action action);
};

/// One message from the remote, checked for shape. Whether it is allowed (the secret, the token, a command
/// already applied) is the pairing's to decide.
struct RemoteMessage {
    enum class Type { Pair, Resume, Command, Point };
    Type type = Type::Pair;
    QString secret;  ///< pair
    QString device;  ///< pair: what the phone calls itself, cleaned (may be empty)
    QString token;  ///< resume, command
    qint64 id = 0;  ///< command: counts up from 1 for each pairing
    RemoteCommand command;
    double x = 0;  ///< point: across the slide shown, 0..1
    double y = 0;
};

struct ParsedRemoteMessage {
    RoomStatus status = RoomStatus::BadRequest;
    QString reason;  ///< short, English, never echoing the input
    RemoteMessage message;
    bool ok() const { return status == RoomStatus::Ok; }
};

/// Parses one text frame from a remote. Never throws, never reads past `limits.maxMessageBytes`.
ParsedRemoteMessage parseRemoteMessage(const QByteArray &bytes, const RoomLimits &limits);

}  // namespace stoppunkt
