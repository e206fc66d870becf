// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/roomlimits.h"
#include "room/remote/keptremote.h"

#include <QByteArray>
#include <QString>

namespace stoppunkt {

/// Who the facilitator's remote is. The console offers a one-time pairing secret (in the QR code it shows,
/// never on the projector); the first phone that brings it while it is fresh becomes the remote and gets a
/// token of its own. One remote at a time: pairing another drops the first. Secrets and tokens are 128
/// random bits, kept only as SHA-256 and compared in constant time. Times are the caller's monotonic
/// milliseconds, so tests control them.
class RemotePairing {
public:
    /// A pairing secret works this long after the console offers it, and once.
    static constexpr qint64 kOfferLifetimeMs = 120'000;

    /// A new secret for the console's QR code, valid for kOfferLifetimeMs from `nowMs`; the previous offer,
    /// if any, no longer works.
    QString offer(qint64 nowMs);
    /// The console closed the pairing code: its secret no longer works.
    void withdraw();
    bool offering(qint64 nowMs) const;

    struct Paired {
        RoomStatus status = RoomStatus::Ok;
        QString token;  ///< the remote's token, when it paired
        QString reason;
    };
    /// A phone brings the secret: 401 when it is not the one offered (a guess, a trainee's token), 410
    /// when it was offered but has expired or was used. On success the offer is spent, the phone is the
    /// remote (any earlier remote is dropped) and `device` (cleaned, short) names it on the console.
    Paired pair(const QString &secret, const QString &device, qint64 nowMs);

    bool paired() const { return !m_remoteHash.isEmpty(); }
    /// The paired phone as the console names it ("Android · Chrome"); empty when none is paired.
    const QString &device() const { return m_device; }
    bool isRemote(const QString &token) const;
    /// The facilitator drops the remote: its token no longer works.
    void drop();

    /// A command with this id from the remote: true the first time, false when it was applied before (a
    /// command sent again after a lost connection). Ids count up from 1 for each pairing.
    bool firstTime(qint64 id);

    /// The paired remote as the room's file keeps it (nullopt when none is paired), and back: after a
    /// restart the same phone resumes with its token, and an id applied before is not applied again.
    std::optional<KeptRemote> kept() const;
    void restore(const KeptRemote &remote);

private:
    QByteArray m_offerHash;
    qint64 m_offerExpiresAtMs = 0;
    QByteArray m_spentHash;  ///< the last secret used or expired, so it is told apart from a guess
    QByteArray m_remoteHash;
    QString m_device;
    qint64 m_lastCommand = 0;
};

}  // namespace stoppunkt
