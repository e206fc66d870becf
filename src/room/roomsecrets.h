// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace roomsecrets
} // namespace stoppunkt
