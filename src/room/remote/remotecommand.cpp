// SPDX-License-Identifier: MIT
#include "room/remote/remotecommand.h"

#include "room/core/messageobject.h"
#include "room/remote/remoteprotocol.h"

#include <QJsonObject>

namespace stoppunkt {

namespace {
ParsedRemoteMessage refused(RoomStatus status, const char *reason)
{
    return {status, QString::fromLatin1(reason), {}};
}

constexpr qint64 kLargestId = 9007199254740991;  ///< 2^53 - 1
}  // namespace

bool RemoteCommand::allowed(Action action)
{
    switch (action) {
    case Action::Next:
    case Action::Previous:
    case Action::BlackScreen:
    case Action::Reveal:
    case Action::UndoPick:
    case Action::PauseFilm:
    case Action::Vote:
    case Action::AcceptSuggestion:
    case Action::DropSuggestion: return true;
    default: return false;
    }
}

ParsedRemoteMessage parseRemoteMessage(const QByteArray &bytes, const RoomLimits &limits)
{
    using namespace remotewire;
    const MessageObject read = readMessageObject(bytes, limits);
    if (read.status != RoomStatus::Ok)
        return refused(read.status, read.reason);
    const QJsonObject &object = read.object;
    const QString type = object.value(QLatin1String(kType)).toString();
    ParsedRemoteMessage parsed{RoomStatus::Ok, {}, {}};
    RemoteMessage &m = parsed.message;
    if (type == QLatin1String(kPair)) {
        m.type = RemoteMessage::Type::Pair;
        const QJsonValue device = object.value(QLatin1String(kDevice));
        if (!looksLikeToken(object.value(QLatin1String(kSecret))))
            return refused(RoomStatus::Unauthorized, "not a pairing code from the console");
        if (!device.isUndefined() && !device.isString())
            return refused(RoomStatus::BadRequest, "the device's name must be text");
        m.secret = object.value(QLatin1String(kSecret)).toString();
        m.device = device.toString().left(limits.maxMessageBytes);  // the pairing cleans it
        return parsed;
    }
    if (type != QLatin1String(kResume) && type != QLatin1String(kCommand) && type != QLatin1String(kPoint))
        return refused(RoomStatus::BadRequest, "unknown message type");
    if (!looksLikeToken(object.value(QLatin1String(kToken))))
        return refused(RoomStatus::Unauthorized, "no valid token");
    m.token = object.value(QLatin1String(kToken)).toString();
    if (type == QLatin1String(kResume)) {
        m.type = RemoteMessage::Type::Resume;
        return parsed;
    }
    if (type == QLatin1String(kPoint)) {
        m.type = RemoteMessage::Type::Point;
        const QJsonValue x = object.value(QLatin1String(kX)), y = object.value(QLatin1String(kY));
        // JSON numbers only, on the slide: NaN and infinities cannot come from JSON, and strings are refused.
        if (!x.isDouble() || !y.isDouble() || x.toDouble() < 0 || x.toDouble() > 1 || y.toDouble() < 0 || y.toDouble() > 1)
            return refused(RoomStatus::BadRequest, "a point is x and y from 0 to 1");
        m.x = x.toDouble();
        m.y = y.toDouble();
        return parsed;
    }
    m.type = RemoteMessage::Type::Command;
    // toInteger() gives 0 for anything but a whole JSON number (1.5, "1", null); ids stay below 2^53, where
    // JSON's doubles hold every whole number exactly.
    m.id = object.value(QLatin1String(kId)).toInteger(0);
    if (m.id < 1 || m.id > kLargestId)
        return refused(RoomStatus::BadRequest, "a command has a whole-number id from 1");
    const QString name = object.value(QLatin1String(kAction)).toString();
    if (name == QLatin1String(kPickAction)) {
        // A whole number from 1 to 6: toInt() gives 0 for 2.5, "2", null or anything out of range.
        m.command.pick = object.value(QLatin1String(kOption)).toInt(0);
        if (m.command.pick < 1 || m.command.pick > 6)
            return refused(RoomStatus::BadRequest, "a pick is an option from 1 to 6");
        return parsed;
    }
    const std::optional<Action> action = actionByName(name);
    if (!action || !RemoteCommand::allowed(*action))
        return refused(RoomStatus::BadRequest, "not a command the remote may give");
    m.command.action = action;
    return parsed;
}

}  // namespace stoppunkt
