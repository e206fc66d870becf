// SPDX-License-Identifier: MIT
// RoomSync's side of the facilitator's phone remote: pairing it, and running its commands.
#include "app/roomsync.h"

#include "input/commanddispatcher.h"
#include "room/server/remotechannel.h"
#include "room/server/roomaddresses.h"
#include "room/server/roomserver.h"

namespace stoppunkt {

void RoomSync::togglePairing()
{
    if (closePairing())
        return;
    if (!m_server)
        toggleParticipation();  // the remote speaks to the room's server
    if (!m_server)
        return;
    offerPairing();
    m_pairingRenew.start();
    emit notice(tr("Scan the code on the console with your phone: it becomes your remote. The code works once; any key hides it."));
}

void RoomSync::offerPairing()
{
    if (!m_server)
        return;
    const QString secret = m_server->remote().offerPairing();
    m_pairingUrl = roomUrl(m_server->address(), m_server->port()) + QStringLiteral("/remote#pair=") + secret;
    push();
}

bool RoomSync::closePairing()
{
    if (m_pairingUrl.isEmpty())
        return false;
    m_pairingRenew.stop();
    m_pairingUrl.clear();
    if (m_server)
        m_server->remote().withdrawPairing();
    push();
    return true;
}

void RoomSync::dropRemote()
{
    if (!m_server || !m_server->remote().paired())
        return emit notice(tr("No phone is paired as the remote."));
    m_server->remote().dropRemote();
}

void RoomSync::remotePairedChanged()
{
    if (m_server && m_server->remote().paired()) {
        closePairing();  // its secret is spent: the code has done its work
        const QString device = m_server->remote().device();
        emit notice(tr("Your remote is paired (%1). %2 drops it.")
                        .arg(device.isEmpty() ? tr("a phone") : device, m_dispatcher.bindings().keysText(Action::DropRemote)));
    } else {
        emit notice(tr("The remote is dropped: that phone controls nothing now."));
    }
    push();
}

bool RoomSync::serve(Action action)
{
    switch (action) {
    case Action::Participation: toggleParticipation(); return true;
    case Action::Vote: toggleVote(); return true;
    case Action::LockRoom: toggleLock(); return true;
    case Action::AcceptSuggestion: decideSuggestion(true); return true;
    case Action::DropSuggestion: decideSuggestion(false); return true;
    case Action::PairRemote: togglePairing(); return true;
    case Action::DropRemote: dropRemote(); return true;
    default: return false;
    }
}

void RoomSync::runRemote(const RemoteCommand &command)
{
    // The keyboard's path: the same named actions, so the session and the record see the same commands.
    if (command.action)
        m_dispatcher.trigger(*command.action);
    else
        m_dispatcher.pick(command.pick);
    // The command's id is on disk before the next one comes: after a crash, a command the phone sends
    // again is recognised and not applied twice.
    m_saveSoon.stop();
    save();
}

}  // namespace stoppunkt
