// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/roomlimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace stoppunkt {

/// One frame read as a JSON object, before its meaning: refused when it is over the size limit (413, not
/// parsed at all) or is not a JSON object (400). The trainees' and the remote's messages both start here.
struct MessageObject {
    RoomStatus status = RoomStatus::BadRequest;
    const char *reason = "";
    QJsonObject object;
};
MessageObject readMessageObject(const QByteArray &bytes, const RoomLimits &limits);
/// A token or secret of ours is base64url and short; anything else is not one, and is never looked up.
bool looksLikeToken(const QJsonValue &value);

}  // namespace stoppunkt
