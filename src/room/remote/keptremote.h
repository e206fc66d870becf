// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace stoppunkt {

/// The facilitator's paired remote as the room's file keeps it: its token's SHA-256 (never the token), the
/// name it pairs under, and the last command id applied, so a command sent again after a restart is not
/// applied twice.
struct KeptRemote {
    /// The remote's name is cut to this many whole characters, wherever it comes from.
    static constexpr int kDeviceCharacters = 40;

    QByteArray tokenHash;
    QString device;
    qint64 lastCommand = 0;
    bool operator==(const KeptRemote &other) const = default;
};

}  // namespace stoppunkt
