// SPDX-License-Identifier: MIT
#pragma once

#include "room/phones/clientmessage.h"
#include "room/phones/joingate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace stoppunkt {

/// Who gets a place in the room, so nobody on the network can lock the trainees out. Connections are known by
/// an id that is never reused and by their client's address; times are passed in (monotonic milliseconds).
/// - A connection holds no place until it joins: it must join within the deadline, the waiting ones are capped
///   (a new one closes the oldest), and so are the connections from one address.
/// - A joined phone holds a place while connected, and for a grace period after its connection closes; then
///   the place is free again. Its vote stays counted, and its token brings it back at any time.
/// - One address holds a few places at most, connected or in their grace period.
/// - When every place is taken, a new phone takes the place of the phone that left longest ago (that phone's
///   vote stays counted); only a room full of connected phones refuses one.
/// - The facilitator can lock the room to new phones; phones that joined come back all the same.
/// - Typed codes pass the JoinGate; the join card's secret does not need to.
class RoomAdmission {
public:
    explicit RoomAdmission(RoomLimits limits, JoinLimits gate = {}) : m_limits(limits), m_gate(gate) { }

    struct Opened {
        bool accepted = false;
        std::optional<quint64> closeOldest;  ///< a waiting connection to close to make room for this one
    };
    /// A new connection from `address`: refused when that address has too many.
    Opened open(quint64 connection, const QString &address);
    /// The connection is gone; a joined phone keeps its place for the grace period.
    void closed(quint64 connection, qint64 nowMs);
    /// Still waiting to join (its deadline closes it then).
    bool waiting(quint64 connection) const;

    /// May `connection` join now (`typed`: with the typed code, not the card's secret)? Ok, or why not.
    RoomStatus mayJoin(quint64 connection, bool typed, qint64 nowMs, QString *reason) const;
    /// A typed code was tried from the connection's address.
    void typedCode(quint64 connection, bool right, qint64 nowMs);
    /// The connection joined, or resumed, as the phone with this token hash.
    void joined(quint64 connection, const QByteArray &phone, qint64 nowMs);

    /// Phones in the room: connected, or gone for less than the grace period.
    int present(qint64 nowMs) const;
    /// Places held from `address`: its connected phones, and those gone for less than the grace period.
    int placesFrom(const QString &address, qint64 nowMs) const;
    /// Phones connected now.
    int connected() const;
    bool locked() const { return m_locked; }
    void setLocked(bool locked) { m_locked = locked; }
    const JoinGate &gate() const { return m_gate; }

private:
    struct Connection {
        QString address;
        QByteArray phone;  ///< empty while waiting
    };
    RoomLimits m_limits;
    JoinGate m_gate;
    bool m_locked = false;
    QHash<quint64, Connection> m_connections;
    struct Departed {
        qint64 leftMs = 0;
        QString address;
    };
    bool inGrace(const Departed &d, qint64 nowMs) const { return nowMs - d.leftMs < m_limits.placeGraceMs; }
    /// Past the room's size, the places of the phones that left longest ago go to those that came.
    void giveUpOldestPlaces(qint64 nowMs);
    QHash<QByteArray, Departed> m_departed;  ///< phones whose connection closed: when, and from where
};

}  // namespace stoppunkt
