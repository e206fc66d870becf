// SPDX-License-Identifier: MIT
#include "room/phones/roomadmission.h"

namespace stoppunkt {

RoomAdmission::Opened RoomAdmission::open(quint64 connection, const QString &address)
{
    Opened opened;
    int fromAddress = 0, waiting = 0;
    std::optional<quint64> oldest;  // ids grow with each connection: the smallest waiting one is the oldest
    for (auto c = m_connections.cbegin(); c != m_connections.cend(); ++c) {
        fromAddress += c->address == address;
        if (c->phone.isEmpty()) {
            ++waiting;
            if (!oldest || c.key() < *oldest)
                oldest = c.key();
        }
    }
    if (fromAddress >= m_limits.maxConnectionsPerAddress)
        return opened;
    if (waiting >= m_limits.maxWaitingConnections) {
        opened.closeOldest = oldest;
        m_connections.remove(*oldest);
    }
    m_connections.insert(connection, Connection{address, {}});
    opened.accepted = true;
    return opened;
}

void RoomAdmission::closed(quint64 connection, qint64 nowMs)
{
    const auto found = m_connections.constFind(connection);
    if (found == m_connections.cend())
        return;
    for (auto d = m_departed.begin(); d != m_departed.end();)  // places whose grace is over are forgotten
        d = inGrace(*d, nowMs) ? std::next(d) : m_departed.erase(d);
    if (!found->phone.isEmpty())
        m_departed.insert(found->phone, Departed{nowMs, found->address});
    m_connections.erase(found);
}

bool RoomAdmission::waiting(quint64 connection) const
{
    const auto found = m_connections.constFind(connection);
    return found != m_connections.cend() && found->phone.isEmpty();
}

RoomStatus RoomAdmission::mayJoin(quint64 connection, bool typed, qint64 nowMs, QString *reason) const
{
    const auto found = m_connections.constFind(connection);
    const auto say = [reason](RoomStatus status, const char *why) {
        *reason = QString::fromLatin1(why);
        return status;
    };
    if (found == m_connections.cend())
        return say(RoomStatus::BadRequest, "this connection is closing");
    if (m_locked)
        return say(RoomStatus::Locked, "the room is closed to new phones");
    if (connected() >= m_limits.maxClients)  // a place in its grace period goes to a new phone: joined() frees it
        return say(RoomStatus::Unavailable, "the room is full");
    if (placesFrom(found->address, nowMs) >= m_limits.maxPlacesPerAddress)
        return say(RoomStatus::TooManyRequests, "this device already holds its places in the room");
    if (typed) {
        switch (m_gate.mayTry(found->address, nowMs)) {
        case JoinGate::Verdict::Paused: return say(RoomStatus::TooManyRequests, "typed codes are paused: scan the join card");
        case JoinGate::Verdict::WaitAtThisAddress: return say(RoomStatus::TooManyRequests, "wait before trying a code again");
        case JoinGate::Verdict::Try: break;
        }
    }
    return RoomStatus::Ok;
}

void RoomAdmission::typedCode(quint64 connection, bool right, qint64 nowMs)
{
    const QString address = m_connections.value(connection).address;
    right ? m_gate.rightCode(address) : m_gate.wrongCode(address, nowMs);
}

void RoomAdmission::joined(quint64 connection, const QByteArray &phone, qint64 nowMs)
{
    const auto found = m_connections.find(connection);
    if (found == m_connections.end())
        return;
    found->phone = phone;
    m_departed.remove(phone);
    giveUpOldestPlaces(nowMs);
}

void RoomAdmission::giveUpOldestPlaces(qint64 nowMs)
{
    while (present(nowMs) > m_limits.maxClients) {
        auto oldest = m_departed.end();
        for (auto d = m_departed.begin(); d != m_departed.end(); ++d)
            if (inGrace(*d, nowMs) && (oldest == m_departed.end() || d->leftMs < oldest->leftMs))
                oldest = d;
        if (oldest == m_departed.end())
            return;  // every place is a connected phone's
        m_departed.erase(oldest);
    }
}

int RoomAdmission::present(qint64 nowMs) const
{
    int waitingForReturn = 0;
    for (const Departed &d : m_departed)
        waitingForReturn += inGrace(d, nowMs);
    return connected() + waitingForReturn;
}

int RoomAdmission::placesFrom(const QString &address, qint64 nowMs) const
{
    int places = 0;
    for (const Connection &c : m_connections)
        places += !c.phone.isEmpty() && c.address == address;
    for (const Departed &d : m_departed)
        places += inGrace(d, nowMs) && d.address == address;
    return places;
}

int RoomAdmission::connected() const
{
    int n = 0;
    for (const Connection &c : m_connections)
        n += !c.phone.isEmpty();
    return n;
}

}  // namespace stoppunkt
