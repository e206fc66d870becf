// SPDX-License-Identifier: MIT
#include "room/server/roomaddresses.h"

#include <QNetworkInterface>
#include <QUrl>

namespace stoppunkt {

namespace {
QString kindOf(const QNetworkInterface &interface)
{
    switch (interface.type()) {
    case QNetworkInterface::Wifi: return QStringLiteral("Wi-Fi");
    case QNetworkInterface::Ethernet: return QStringLiteral("Ethernet");
    default: return {};
    }
}
}  // namespace

std::vector<RoomAddressChoice> roomAddressChoices()
{
    std::vector<RoomAddressChoice> ipv4, ipv6;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QString kind = kindOf(interface);
        const QString network =
            kind.isEmpty() ? interface.humanReadableName() : QStringLiteral("%1 (%2)").arg(interface.humanReadableName(), kind);
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.isLoopback() || ip.isLinkLocal() || ip.isMulticast())
                continue;
            (ip.protocol() == QAbstractSocket::IPv4Protocol ? ipv4 : ipv6).push_back({network, ip});
        }
    }
    ipv4.insert(ipv4.end(), ipv6.begin(), ipv6.end());
    ipv4.push_back({QString(), QHostAddress(QHostAddress::LocalHost)});
    return ipv4;
}

QHostAddress defaultRoomAddress()
{
    return roomAddressChoices().front().address;
}

bool isLocalAddress(const QHostAddress &address)
{
    return QNetworkInterface::allAddresses().contains(address);
}

QString roomUrl(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    return url.toString();
}

}  // namespace stoppunkt
