// SPDX-License-Identifier: MIT
#include "room/core/messageobject.h"

#include <QJsonDocument>

#include <algorithm>

namespace stoppunkt {

bool looksLikeToken(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QString token = value.toString();
    if (token.size() < 16 || token.size() > 64)
        return false;
    return std::all_of(token.begin(), token.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
               || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

MessageObject readMessageObject(const QByteArray &bytes, const RoomLimits &limits)
{
    if (bytes.size() > limits.maxMessageBytes)
        return {RoomStatus::PayloadTooLarge, "the message is too large", {}};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {RoomStatus::BadRequest, "the message is not a JSON object", {}};
    return {RoomStatus::Ok, "", document.object()};
}

}  // namespace stoppunkt
