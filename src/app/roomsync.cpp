// SPDX-License-Identifier: MIT
#include "roomsync.h"

#include "commanddispatcher.h"
#include "roomserver.h"
#include "session.h"

#include <QNetworkInterface>

namespace stoppunkt {

namespace {
/// The port the room tries first, so the address on the card stays the same from one session to the next.
constexpr quint16 kPreferredPort = 8471;
} // namespace

RoomSync::RoomSync(Session &session, CommandDispatcher &dispatcher, QString address, QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher), m_address(std::move(address))
{
    connect(&dispatcher, &CommandDispatcher::participationToggled, this, &RoomSync::toggleParticipation);
    connect(&dispatcher, &CommandDispatcher::voteToggled, this, &RoomSync::toggleVote);
    connect(&dispatcher, &CommandDispatcher::suggestionDecided, this, &RoomSync::decideSuggestion);
}

RoomSync::~RoomSync() = default;

QHostAddress RoomSync::defaultAddress()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip();
    }
    return QHostAddress::LocalHost;
}

void RoomSync::toggleParticipation()
{
    if (m_server) {
        m_server.reset();
        m_suggestions.clear();
        push();
        emit notice(tr("The room's phones are off: the server has stopped."));
        return;
    }
    const QHostAddress address = m_address.isEmpty() ? defaultAddress() : QHostAddress(m_address);
    m_server = std::make_unique<RoomServer>(m_session);
    if (address.isNull() || (!m_server->start(address, kPreferredPort) && !m_server->start(address, 0))) {
        m_server.reset();
        emit notice(tr("The room cannot be opened on %1.").arg(address.isNull() ? m_address : address.toString()));
        return;
    }
    connect(m_server.get(), &RoomServer::joinedChanged, this, &RoomSync::push);
    connect(m_server.get(), &RoomServer::tallyChanged, this, &RoomSync::push);
    connect(m_server.get(), &RoomServer::suggestionReceived, this, [this](const QString &nickname, const QString &text) {
        m_suggestions.push_back({nickname, text});
        push();
    });
    push();
    emit notice(address.isLoopback() ? tr("The room is open on this computer only: no network was found.")
                                     : tr("The room is open. %1 shows the join card on the projector.")
                                           .arg(m_dispatcher.bindings().keysText(Action::JoinCard)));
}

void RoomSync::toggleVote()
{
    if (!m_server)
        return emit notice(tr("Turn the room's phones on first."));
    if (m_server->ballot().isOpen())
        m_server->closeVote();
    else if (!m_server->openVote())
        emit notice(tr("A vote opens at a question, while the room discusses it."));
}

void RoomSync::decideSuggestion(bool accepted)
{
    if (m_suggestions.empty())
        return;
    if (accepted) {
        // The room's words, without the nickname.
        if (!m_session.addFlipchartEntry(m_suggestions.front().text.toStdString()))
            return emit notice(tr("Suggestions go on the flip chart of a flip-chart slide."));
    }
    m_suggestions.pop_front();
    push();
}

void RoomSync::push()
{
    ParticipationState state;
    if (m_server && m_server->running()) {
        const Ballot &ballot = m_server->ballot();
        state.on = true;
        state.address = QStringLiteral("http://%1:%2").arg(m_server->address().toString()).arg(m_server->port()).toStdString();
        state.roomCode = m_server->roomCode().toStdString();
        state.joined = ballot.joined();
        state.voteOpen = ballot.isOpen();
        state.voteQuestion = m_server->lastQuestion().toStdString();
        state.tally = ballot.tally(m_server->lastQuestion());
        state.voters = ballot.voters(m_server->lastQuestion());
        for (const Suggestion &s : m_suggestions)
            state.suggestions.push_back((s.nickname.isEmpty() ? s.text : tr("%1: %2").arg(s.nickname, s.text)).toStdString());
    }
    m_session.setParticipation(std::move(state));
}

} // namespace stoppunkt
