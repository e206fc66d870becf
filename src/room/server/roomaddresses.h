// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>

#include <vector>

namespace stoppunkt {

/// One address the room can listen on, as the facilitator chooses it: the network's name and the address.
struct RoomAddressChoice {
    QString network;  ///< "wlp2s0 (Wi-Fi)"; empty for this computer only
    QHostAddress address;
};

/// Where the room's phones can connect: this computer's addresses on each network that is up (IPv4 first,
/// then global IPv6; never link-local ones, which a phone's browser cannot open), and last 127.0.0.1, for
/// this computer only.
std::vector<RoomAddressChoice> roomAddressChoices();

/// The address the room listens on when none is chosen: the first of roomAddressChoices().
QHostAddress defaultRoomAddress();

/// True when `address` is one of this computer's addresses now (a remembered one may be from another network).
bool isLocalAddress(const QHostAddress &address);

/// The page's address for a phone: "http://192.168.1.20:8471", "http://[fd00::2]:8471".
QString roomUrl(const QHostAddress &address, quint16 port);

}  // namespace stoppunkt
