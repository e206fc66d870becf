// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QSet>
#include <QTcpServer>

namespace stoppunkt {

/// The TCP side of the room's HTTP server, with a deadline: a connection that is still plain HTTP after
/// `deadlineMs` is closed, so a client that sends its request a byte a minute (slowloris) holds nothing
/// for long. A connection that became the room's WebSocket is told by keepOpen() and kept.
class DeadlineTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit DeadlineTcpServer(int deadlineMs, QObject *parent = nullptr) : QTcpServer(parent), m_deadlineMs(deadlineMs) { }

    /// The connection from this peer is a WebSocket now: no deadline.
    void keepOpen(const QHostAddress &address, quint16 port);
    void forget(const QHostAddress &address, quint16 port);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    static QString peerKey(const QHostAddress &address, quint16 port);

    int m_deadlineMs;
    QSet<QString> m_kept;
};

}  // namespace stoppunkt
