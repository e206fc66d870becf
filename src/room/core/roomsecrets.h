// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace stoppunkt {

/// The room's secrets: the 4-digit room code on the projector, and each phone's token. They come from the
/// system's random source and are compared in constant time, so neither guessing nor timing finds them.
namespace roomsecrets {

/// 128 random bits, base64url without padding (22 characters).
QString newToken();
/// "0000" to "9999", uniformly.
QString newRoomCode();
/// True when `a` equals `b`; the time taken depends only on their lengths.
bool sameSecret(const QString &a, const QString &b);
/// A token's SHA-256: what the ballot, the remote's pairing and the room's file keep instead of the token.
QByteArray hashOf(const QString &token);
/// True when `a` and `b` are the same non-empty bytes; the time taken depends only on their lengths.
bool sameBytes(const QByteArray &a, const QByteArray &b);

}  // namespace roomsecrets
}  // namespace stoppunkt
