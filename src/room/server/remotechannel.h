// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/ratelimiter.h"
#include "room/remote/remotecommand.h"
#include "room/remote/remotepairing.h"
#include "room/remote/remoteview.h"

#include <QObject>

#include <functional>
#include <map>

class QWebSocket;

namespace stoppunkt {

class SessionView;

/// The facilitator's remote on /remote: pairing with the console's one-time secret, the remote's commands
/// in, the console's view out. Only the paired phone's connection is ever sent the console's view (notes,
/// the right answer), and each command is checked against the remote's token when it arrives. Commands
/// leave as commandReceived(): the app runs them through the named actions, as it runs keys.
class RemoteChannel : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< milliseconds, monotonic
    /// How fast the remote may send: a facilitator taps quickly, but not like a script.
    static constexpr double kCommandsPerSecond = 10;
    static constexpr double kCommandBurst = 20;
    /// The finger on the slide's picture: the page sends at most one point per frame it draws; past this
    /// rate points are dropped without a reply (the next one is on its way), so a flood costs nothing.
    static constexpr double kPointsPerSecond = 60;
    static constexpr double kPointBurst = 30;
    /// Connections on /remote that have not paired yet, at most; each has RoomLimits::remotePairDeadlineMs. A new
    /// one past it closes the oldest waiting one, so the facilitator's phone always finds a place.
    static constexpr int kMaxUnpaired = 8;

    RemoteChannel(const SessionView &session, RoomLimits limits, Clock clock = {}, QObject *parent = nullptr);
    ~RemoteChannel() override;

    /// Takes a WebSocket that asked for /remote.
    void adopt(QWebSocket *socket);
    void closeAll();
    /// Where the elapsed time comes from (the app's presentation timer).
    void setClockSource(std::function<RemoteClock()> source) { m_clockSource = std::move(source); }

    /// A new one-time pairing secret for the console's QR code (any earlier one stops working).
    QString offerPairing();
    void withdrawPairing() { m_pairing.withdraw(); }
    bool paired() const { return m_pairing.paired(); }
    const QString &device() const { return m_pairing.device(); }
    /// The paired remote as the room's file keeps it, and back after a restart (pairing.h).
    std::optional<KeptRemote> keptRemote() const { return m_pairing.kept(); }
    void restoreRemote(const KeptRemote &remote) { m_pairing.restore(remote); }
    /// Drops the paired remote: its page is told, and its token no longer works.
    void dropRemote();
    /// Sends the paired remote the console's view if it changed.
    void refresh();
    /// The elapsed-time clock started, paused or was reset: the remote is sent the time again.
    void clockChanged();
    /// The slide as the room sees it, a small JPEG, for the remote's picture (the finger points on it).
    void setPicture(const QByteArray &jpeg);

signals:
    void commandReceived(const RemoteCommand &command);
    /// The paired remote's finger at (x, y) across the slide's picture.
    void pointReceived(double x, double y);
    void pairedChanged();

private:
    struct Connection {
        quint64 id = 0;  ///< never reused, and in the order they came: the rate limiter knows the connection by it
        QString address;
        bool paired = false;
        QByteArray lastView;
    };
    void receive(QWebSocket *socket, const QString &text);
    void pairOn(QWebSocket *socket, Connection &connection, const QString &token, const QString &device);
    void sendView(QWebSocket *socket, Connection &connection, bool force);
    /// Another phone paired, or the console dropped the remote: its page is told. The same phone resumed on a
    /// new connection: the old one is closed without a word, so the page does not forget its token.
    enum class Unpair { TellDropped, CloseStale };
    void unpairConnections(QWebSocket *except, Unpair how);
    qint64 now() const;

    const SessionView &m_session;
    RoomLimits m_limits;
    Clock m_clock;
    RemotePairing m_pairing;
    RateLimiter m_rate;
    RateLimiter m_pointRate;
    QString m_picture;  ///< the slide's picture as a data URL, empty until the app gives one
    quint64 m_nextConnection = 0;
    std::function<RemoteClock()> m_clockSource;
    std::map<QWebSocket *, Connection> m_connections;
    bool m_filmPaused = true;
};

}  // namespace stoppunkt
