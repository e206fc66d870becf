// SPDX-License-Identifier: MIT
#include "roomsync.h"

#include "commanddispatcher.h"
#include "roomserver.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QSaveFile>

namespace stoppunkt {

namespace {
/// The port the room tries first, so the address on the card stays the same from one session to the next.
constexpr quint16 kPreferredPort = 8471;
/// A burst of votes is written to the room's file once, this long after the first of them.
constexpr int kSaveDelayMs = 250;
} // namespace

RoomSync::RoomSync(Session &session, CommandDispatcher &dispatcher, QString address, QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher), m_address(std::move(address))
{
    connect(&dispatcher, &CommandDispatcher::participationToggled, this, &RoomSync::toggleParticipation);
    connect(&dispatcher, &CommandDispatcher::voteToggled, this, &RoomSync::toggleVote);
    connect(&dispatcher, &CommandDispatcher::suggestionDecided, this, &RoomSync::decideSuggestion);
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(kSaveDelayMs);
    connect(&m_saveSoon, &QTimer::timeout, this, &RoomSync::save);
}

RoomSync::~RoomSync()
{
    saveNow();
}

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
    if (address.isNull() || !open(address, kPreferredPort, std::nullopt)) {
        emit notice(tr("The room cannot be opened on %1.").arg(address.isNull() ? m_address : address.toString()));
        return;
    }
    emit notice(address.isLoopback() ? tr("The room is open on this computer only: no network was found.")
                                     : tr("The room is open. %1 shows the join card on the projector.")
                                           .arg(m_dispatcher.bindings().keysText(Action::JoinCard)));
}

bool RoomSync::open(const QHostAddress &address, quint16 port, std::optional<RoomSnapshot> restored)
{
    m_server = std::make_unique<RoomServer>(m_session);
    if (restored)
        m_server->restore(std::move(restored->ballot), restored->lastQuestion);
    if (!m_server->start(address, port) && !m_server->start(address, 0)) {
        m_server.reset();
        return false;
    }
    connect(m_server.get(), &RoomServer::joinedChanged, this, &RoomSync::push);
    connect(m_server.get(), &RoomServer::tallyChanged, this, &RoomSync::push);
    connect(m_server.get(), &RoomServer::suggestionReceived, this, [this](const QString &nickname, const QString &text) {
        m_session.noteRoomSuggestion(text.toStdString());
        m_suggestions.push_back({nickname, text});
        push();
    });
    if (restored)
        m_suggestions.assign(restored->suggestions.begin(), restored->suggestions.end());
    push();
    return true;
}

void RoomSync::keepIn(const QString &path)
{
    m_keptIn = path;
    if (m_server)
        save();
}

QString RoomSync::resumeKept()
{
    QFile file(m_keptIn);
    if (m_keptIn.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};  // no room was open when the session stopped
    const QString turnOn = m_dispatcher.bindings().keysText(Action::Participation);
    QString error;
    auto kept = roomsnapshot::decode(file.read(1 << 22), RoomLimits{}, &error);
    if (!kept)
        return tr("The room's file %1 cannot be read (%2): turn the room on again with %3, and the phones join again.")
            .arg(m_keptIn, error, turnOn);
    const QString where = kept->address;
    const quint16 port = kept->port;
    m_server.reset();
    if (QHostAddress(where).isNull() || !open(QHostAddress(where), port, std::move(kept)))
        return tr("The room cannot be opened again on %1: turn it on with %2, and the phones join again.").arg(where, turnOn);
    return m_server->port() == port
               ? tr("The room is open again with the same code: the phones come back by themselves, with their votes.")
               : tr("The room is open again, but on another port: the phones must scan the join card again (their votes are kept).");
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
        for (const RoomSuggestion &s : m_suggestions)
            state.suggestions.push_back((s.nickname.isEmpty() ? s.text : tr("%1: %2").arg(s.nickname, s.text)).toStdString());
    }
    m_session.setParticipation(std::move(state));
    if (!m_keptIn.isEmpty() && !m_saveSoon.isActive())
        m_saveSoon.start();
}

void RoomSync::saveNow()
{
    if (m_saveSoon.isActive()) {
        m_saveSoon.stop();
        save();
    }
}

void RoomSync::save()
{
    if (m_keptIn.isEmpty())
        return;
    if (!m_server) {
        QFile::remove(m_keptIn);  // turned off: a resume must not open the room again
        return;
    }
    RoomSnapshot room{m_server->address().toString(), m_server->port(), m_server->lastQuestion(), m_server->ballot(),
                      {m_suggestions.begin(), m_suggestions.end()}};
    const QByteArray bytes = roomsnapshot::encode(room);
    QSaveFile file(m_keptIn);
    QString problem;
    if (!QDir().mkpath(QFileInfo(m_keptIn).absolutePath()))
        problem = tr("its folder cannot be created");
    else if (!file.open(QIODevice::WriteOnly))
        problem = file.errorString();
    else if (file.write(bytes) != bytes.size() || !file.flush()) {
        problem = file.errorString();
        file.cancelWriting();
    } else if (!file.commit())
        problem = file.errorString();
    if (problem != m_saveProblem && !problem.isEmpty())
        emit notice(tr("The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.").arg(m_keptIn, problem));
    m_saveProblem = problem;
}

} // namespace stoppunkt
