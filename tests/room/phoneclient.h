// SPDX-License-Identifier: MIT
#pragma once

// A simulated phone for the room server's tests: a WebSocket client on loopback that keeps every message
// it receives, raw, so a test can read all the server sent.

#include "waituntil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QWebSocket>

#include <functional>

namespace stoppunkt::test {

class PhoneClient {
public:
    /// `path`: /room for a trainee's phone, /remote for the facilitator's. `origin`: the page the socket claims
    /// to come from; a browser on the room's own page sends http://127.0.0.1:PORT, which is the default.
    explicit PhoneClient(quint16 port, const QString &path = QStringLiteral("/room"), const QString &origin = {})
        : m_socket(origin.isEmpty() ? QStringLiteral("http://127.0.0.1:%1").arg(port) : origin)
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &m) { m_received << m; });
        QObject::connect(&m_socket, &QWebSocket::disconnected, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QWebSocket::pong, [this] { ++m_pongs; });
        m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
        waitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; });
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool closed() const { return m_closed; }
    QWebSocket &socket() { return m_socket; }
    void send(const QJsonObject &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(const QString &text) { m_socket.sendTextMessage(text); }
    const QStringList &received() const { return m_received; }

    /// A round trip: a WebSocket ping, answered by the server after everything it queued before, so when it
    /// returns, every message the server sent until now has arrived. (Control frames pass the rate limit.)
    bool roundTrip()
    {
        const int before = m_pongs;
        m_socket.ping();
        return waitFor([&] { return m_pongs > before || m_closed; }) && !m_closed;
    }

    /// Waits (at most 30 s) for the next message after the `seen` first ones; returns it, or {} on time-out.
    QJsonObject next(qsizetype &seen)
    {
        waitFor([&] { return m_received.size() > seen; });
        if (m_received.size() <= seen)
            return {};
        return QJsonDocument::fromJson(m_received[seen++].toUtf8()).object();
    }
    /// The token this phone was given: waits for the server's welcome to arrive here, which may be after the
    /// server has counted the phone as joined. Empty when none came.
    QString waitForToken()
    {
        waitFor([this] { return !last(QStringLiteral("welcome")).isEmpty() || m_closed; });
        return last(QStringLiteral("welcome")).value(QStringLiteral("token")).toString();
    }
    /// The last message of `type` received so far.
    QJsonObject last(const QString &type) const
    {
        for (auto it = m_received.crbegin(); it != m_received.crend(); ++it) {
            const QJsonObject o = QJsonDocument::fromJson(it->toUtf8()).object();
            if (o.value(QStringLiteral("type")).toString() == type)
                return o;
        }
        return {};
    }

    /// Waits for a condition, with a deadline generous enough for a loaded 2-core machine.
    static bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000) { return waitUntil(done, timeoutMs); }

private:
    QWebSocket m_socket;
    QStringList m_received;
    bool m_closed = false;
    int m_pongs = 0;
};

}  // namespace stoppunkt::test
