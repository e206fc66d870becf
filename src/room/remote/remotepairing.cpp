// SPDX-License-Identifier: MIT
#include "room/remote/remotepairing.h"

#include "room/core/roomsecrets.h"
#include "room/core/traineetext.h"

namespace stoppunkt {

using roomsecrets::hashOf;
using roomsecrets::sameBytes;

QString RemotePairing::offer(qint64 nowMs)
{
    withdraw();  // the code shown before stops working
    const QString secret = roomsecrets::newToken();
    m_offerHash = hashOf(secret);
    m_offerExpiresAtMs = nowMs + kOfferLifetimeMs;
    return secret;
}

void RemotePairing::withdraw()
{
    if (!m_offerHash.isEmpty())
        m_spentHash = m_offerHash;
    m_offerHash.clear();
    m_offerExpiresAtMs = 0;
}

bool RemotePairing::offering(qint64 nowMs) const
{
    return !m_offerHash.isEmpty() && nowMs < m_offerExpiresAtMs;
}

RemotePairing::Paired RemotePairing::pair(const QString &secret, const QString &device, qint64 nowMs)
{
    const QByteArray hash = hashOf(secret);
    const bool offered = sameBytes(hash, m_offerHash);
    if (offered && nowMs >= m_offerExpiresAtMs) {
        withdraw();
        return {RoomStatus::Gone, {}, QStringLiteral("the pairing code has expired: show a new one on the console")};
    }
    if (!offered) {
        if (sameBytes(hash, m_spentHash))
            return {RoomStatus::Gone, {}, QStringLiteral("the pairing code was used or has expired: show a new one on the console")};
        return {RoomStatus::Unauthorized, {}, QStringLiteral("not a pairing code from the console")};
    }
    withdraw();  // once only
    const QString token = roomsecrets::newToken();
    m_remoteHash = hashOf(token);
    m_device = cleanTraineeText(device, KeptRemote::kDeviceCharacters);
    m_lastCommand = 0;
    return {RoomStatus::Ok, token, {}};
}

bool RemotePairing::isRemote(const QString &token) const
{
    return sameBytes(hashOf(token), m_remoteHash);
}

void RemotePairing::drop()
{
    m_remoteHash.clear();
    m_device.clear();
    m_lastCommand = 0;
}

std::optional<KeptRemote> RemotePairing::kept() const
{
    if (!paired())
        return std::nullopt;
    return KeptRemote{m_remoteHash, m_device, m_lastCommand};
}

void RemotePairing::restore(const KeptRemote &remote)
{
    m_remoteHash = remote.tokenHash;
    m_device = cleanTraineeText(remote.device, KeptRemote::kDeviceCharacters);
    m_lastCommand = remote.lastCommand;
}

bool RemotePairing::firstTime(qint64 id)
{
    if (id <= m_lastCommand)
        return false;
    m_lastCommand = id;
    return true;
}

}  // namespace stoppunkt
