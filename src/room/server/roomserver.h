// SPDX-License-Identifier: MIT
#pragma once

#include "room/core/roomlimits.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QWebSocket;

namespace stoppunkt {

class DeadlineTcpServer;
class PhoneChannel;
class RemoteChannel;
class RoomHttpServer;
class SessionView;

/// The room's server: the trainees' page and the facilitator's remote page over HTTP, and their WebSockets,
/// /room to the phones' channel and /remote to the remote's. It listens only between start() and stop(), on
/// the one address given, and has no endpoint that controls the presentation: the channels read the session
/// and tell the app what came in.
class RoomServer : public QObject {
    Q_OBJECT
public:
    /// `remoteClock`: the remote's pairing clock (milliseconds, monotonic); a steady clock when empty.
    RoomServer(const SessionView &session, RoomLimits limits = {}, QObject *parent = nullptr, std::function<qint64()> remoteClock = {});
    ~RoomServer() override;

    /// Listens on `address` (port 0: any free one); false when it cannot.
    bool start(const QHostAddress &address, quint16 port = 0);
    void stop();
    bool running() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    const QHostAddress &address() const { return m_address; }
    /// The trainees' phones, on /room.
    PhoneChannel &phones() { return *m_phones; }
    const PhoneChannel &phones() const { return *m_phones; }
    /// The facilitator's remote, on /remote.
    RemoteChannel &remote() { return *m_remote; }
    const RemoteChannel &remote() const { return *m_remote; }

private:
    void accept();
    /// A WebSocket has no HTTP deadline while it is open.
    void keepWhileOpen(QWebSocket *socket);

    const SessionView &m_session;
    RoomLimits m_limits;
    std::unique_ptr<RoomHttpServer> m_http;
    DeadlineTcpServer *m_tcp = nullptr;  ///< owned by m_http
    quint16 m_port = 0;
    QHostAddress m_address;
    std::unique_ptr<PhoneChannel> m_phones;
    std::unique_ptr<RemoteChannel> m_remote;
};

}  // namespace stoppunkt
