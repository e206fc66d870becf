// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/roomlimits.h"

#include <QByteArray>
#include <QString>

namespace stoppunkt {

/// One message from a phone, checked for shape: its type is known and its keys have the right types and
/// sizes. Whether it is allowed (the token, the code, the open vote) is the ballot's to decide.
struct ClientMessage {
    enum class Type { Join, Resume, Vote, Suggest };
    Type type = Type::Join;
    QString room;  ///< join: the typed 4-digit code (empty when the card's secret is given)
    QString secret;  ///< join: the join card's secret, from its QR code
    QString nickname;  ///< join, cleaned (may be empty)
    QString token;  ///< resume, vote, suggest
    QString question;  ///< vote: the question's slide key
    int option = 0;  ///< vote: 1-based
    QString text;  ///< suggest, cleaned
};

/// A message parsed, or why it was refused.
struct ParsedMessage {
    RoomStatus status = RoomStatus::BadRequest;
    QString reason;  ///< for the phone and the log when refused (English, short, never echoing the input)
    ClientMessage message;
    bool ok() const { return status == RoomStatus::Ok; }
};

/// Parses one text frame from a phone. Never throws, never reads past `limits.maxMessageBytes`.
ParsedMessage parseClientMessage(const QByteArray &bytes, const RoomLimits &limits);

}  // namespace stoppunkt
