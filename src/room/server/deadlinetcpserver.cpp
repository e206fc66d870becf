// SPDX-License-Identifier: MIT
#include "room/server/deadlinetcpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace stoppunkt {

QString DeadlineTcpServer::peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('/') + QString::number(port);
}

void DeadlineTcpServer::keepOpen(const QHostAddress &address, quint16 port)
{
    m_kept.insert(peerKey(address, port));
}

void DeadlineTcpServer::forget(const QHostAddress &address, quint16 port)
{
    m_kept.remove(peerKey(address, port));
}

void DeadlineTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString key = peerKey(socket->peerAddress(), socket->peerPort());
    QPointer<QTcpSocket> watched(socket);
    QTimer::singleShot(m_deadlineMs, this, [this, watched, key] {
        if (watched && watched->state() != QAbstractSocket::UnconnectedState && !m_kept.contains(key))
            watched->abort();
    });
    addPendingConnection(socket);
    emit newConnection();
}

}  // namespace stoppunkt
