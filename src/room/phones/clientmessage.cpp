// SPDX-License-Identifier: MIT
#include "room/phones/clientmessage.h"

#include "room/core/messageobject.h"
#include "room/core/traineetext.h"
#include "room/phones/roomprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stoppunkt {

namespace {
ParsedMessage refused(RoomStatus status, const char *reason)
{
    return {status, QString::fromLatin1(reason), {}};
}

}  // namespace

ParsedMessage parseClientMessage(const QByteArray &bytes, const RoomLimits &limits)
{
    using namespace roomwire;
    const MessageObject read = readMessageObject(bytes, limits);
    if (read.status != RoomStatus::Ok)
        return refused(read.status, read.reason);
    const QJsonObject &object = read.object;
    const QString type = object.value(QLatin1String(kType)).toString();
    ParsedMessage parsed{RoomStatus::Ok, {}, {}};
    ClientMessage &m = parsed.message;
    if (type == QLatin1String(kJoin)) {
        m.type = ClientMessage::Type::Join;
        const QJsonValue room = object.value(QLatin1String(kRoom));
        const QJsonValue secret = object.value(QLatin1String(kSecret));
        const QJsonValue nickname = object.value(QLatin1String(kNickname));
        if (!secret.isUndefined()) {
            if (!looksLikeToken(secret))
                return refused(RoomStatus::BadRequest, "the join card's secret is not valid");
            m.secret = secret.toString();
        } else if (!room.isString() || room.toString().size() != 4) {
            return refused(RoomStatus::BadRequest, "join needs the 4-digit room code or the join card's secret");
        }
        if (!nickname.isUndefined() && !nickname.isString())
            return refused(RoomStatus::BadRequest, "the nickname must be text");
        m.room = m.secret.isEmpty() ? room.toString() : QString();
        m.nickname = cleanTraineeText(nickname.toString(), limits.maxNicknameCharacters);
        return parsed;
    }
    const QJsonValue token = object.value(QLatin1String(kToken));
    if (type != QLatin1String(kResume) && type != QLatin1String(kVote) && type != QLatin1String(kSuggest))
        return refused(RoomStatus::BadRequest, "unknown message type");
    if (!looksLikeToken(token))
        return refused(RoomStatus::Unauthorized, "no valid token");
    m.token = token.toString();
    if (type == QLatin1String(kResume)) {
        m.type = ClientMessage::Type::Resume;
    } else if (type == QLatin1String(kVote)) {
        m.type = ClientMessage::Type::Vote;
        const QJsonValue question = object.value(QLatin1String(kQuestion));
        const QJsonValue option = object.value(QLatin1String(kOption));
        if (!question.isString() || question.toString().isEmpty() || question.toString().size() > 200)
            return refused(RoomStatus::BadRequest, "a vote names its question");
        // A whole number from 1 to 6: toInt() gives 0 for 2.5, "2", null or anything out of range.
        m.option = option.toInt(0);
        if (m.option < 1 || m.option > 6)
            return refused(RoomStatus::BadRequest, "a vote is an option from 1 to 6");
        m.question = question.toString();
    } else {
        m.type = ClientMessage::Type::Suggest;
        const QJsonValue text = object.value(QLatin1String(kText));
        if (!text.isString())
            return refused(RoomStatus::BadRequest, "a suggestion is text");
        m.text = cleanTraineeText(text.toString(), limits.maxSuggestionCharacters);
        if (m.text.isEmpty())
            return refused(RoomStatus::BadRequest, "the suggestion is empty");
    }
    return parsed;
}

}  // namespace stoppunkt
