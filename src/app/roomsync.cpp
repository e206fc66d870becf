// SPDX-License-Identifier: MIT
#include "app/roomsync.h"

#include "app/remotepicture.h"
#include "input/commanddispatcher.h"
#include "room/server/phonechannel.h"
#include "room/server/remotechannel.h"
#include "room/server/roomaddresses.h"
#include "room/server/roomserver.h"
#include "session/presentationtimer.h"
#include "session/sessionview.h"
#include "session/wholefile.h"

#include <QFile>

namespace stoppunkt {

namespace {
/// The port the room tries first, so the address on the card stays the same from one session to the next.
constexpr quint16 kPreferredPort = 8471;
/// A burst of votes is written to the room's file once, this long after the first of them.
constexpr int kSaveDelayMs = 250;
}  // namespace

RoomSync::RoomSync(const SessionView &session, CommandDispatcher &dispatcher, const PresentationTimer &timer, QString address,
                   QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher), m_timer(timer), m_address(std::move(address))
{
    // A fresh secret a little before the shown one expires, so the code on the console always works.
    m_pairingRenew.setInterval(int(RemotePairing::kOfferLifetimeMs - 10'000));
    connect(&m_pairingRenew, &QTimer::timeout, this, &RoomSync::offerPairing);
    connect(&timer, &PresentationTimer::changed, this, [this] {
        if (m_server)
            m_server->remote().clockChanged();
    });
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(kSaveDelayMs);
    connect(&m_saveSoon, &QTimer::timeout, this, &RoomSync::save);
    connect(&session, &SessionView::changed, this, &RoomSync::closeVoteIfMovedOn);
}

void RoomSync::closeVoteIfMovedOn()
{
    // The vote closes when the room moves on: another slide, or the answer shown. The phones' channel has
    // refused votes from that moment already; this closes the ballot, so the console and the file say so.
    if (!m_server)
        return;
    const Ballot &ballot = m_server->phones().ballot();
    if (ballot.isOpen() && ballot.openQuestion() != m_session.questionOpenForVotes())
        m_server->phones().closeVote();
}

RoomSync::~RoomSync()
{
    saveNow();
}

void RoomSync::toggleParticipation()
{
    if (m_server) {
        closeRoom();
        emit notice(tr("The room's phones are off: the server has stopped."));
        return;
    }
    QHostAddress address = m_address.isEmpty() ? defaultRoomAddress() : QHostAddress(m_address);
    QString moved;  // a remembered address from another network gives way to this one's
    if (!address.isNull() && !address.isLoopback() && !isLocalAddress(address)) {
        moved = tr("%1 is not on this computer's networks now (%2 chooses another).")
                    .arg(m_address, m_dispatcher.bindings().keysText(Action::RoomAddress));
        address = defaultRoomAddress();
    }
    if (address.isNull() || !open(address, kPreferredPort, std::nullopt)) {
        emit notice(tr("The room cannot be opened on %1.").arg(address.isNull() ? m_address : address.toString()));
        return;
    }
    const QString opened =
        address.isLoopback()
            ? tr("The room is open on this computer only: no phone can join (%1 chooses a network).")
                  .arg(m_dispatcher.bindings().keysText(Action::RoomAddress))
            : tr("The room is open. %1 shows the join card on the projector.").arg(m_dispatcher.bindings().keysText(Action::JoinCard));
    emit notice(moved.isEmpty() ? opened : moved + QLatin1Char(' ') + opened);
}

bool RoomSync::open(const QHostAddress &address, quint16 port, std::optional<RoomSnapshot> restored)
{
    m_server = std::make_unique<RoomServer>(m_session);
    if (restored) {
        m_server->phones().restore(std::move(restored->ballot), restored->lastQuestion);
        if (restored->remote)
            m_server->remote().restoreRemote(*restored->remote);
    }
    if (!m_server->start(address, port) && !m_server->start(address, 0)) {
        m_picture.reset();
        m_server.reset();
        return false;
    }
    m_server->remote().setClockSource([this] { return RemoteClock{m_timer.elapsedMs(), m_timer.running()}; });
    connect(&m_server->remote(), &RemoteChannel::commandReceived, this, &RoomSync::runRemote);
    connect(&m_server->remote(), &RemoteChannel::pointReceived, this, [this](double x, double y) {
        // The finger on the remote's picture is the pointer: the dot comes up with it, unless a tool is up.
        if (m_session.pointerTool() == PointerTool::Off)
            m_dispatcher.trigger(Action::Pointer);
        m_dispatcher.pointAt(x, y);
    });
    m_picture = std::make_unique<RemotePicture>(m_session, m_server->remote());
    connect(&m_server->remote(), &RemoteChannel::pairedChanged, this, &RoomSync::remotePairedChanged);
    connect(&m_server->phones(), &PhoneChannel::joinedChanged, this, &RoomSync::push);
    connect(&m_server->phones(), &PhoneChannel::tallyChanged, this, &RoomSync::push);
    connect(&m_server->phones(), &PhoneChannel::typedJoinsPausedChanged, this, [this] {
        push();
        if (m_server && m_server->phones().typedJoinsPaused())
            emit notice(
                tr("Too many wrong room codes were typed: typing pauses for a few minutes. Phones that scan the join card still join."));
    });
    connect(&m_server->phones(), &PhoneChannel::suggestionReceived, this, [this](const QString &nickname, const QString &text) {
        m_dispatcher.report(reports::RoomSuggestion{text});
        m_suggestions.push_back({nickname, text});
        push();
    });
    if (restored)
        m_suggestions.assign(restored->suggestions.begin(), restored->suggestions.end());
    closeVoteIfMovedOn();  // a vote left open on a question the session has left closes now
    push();
    return true;
}

void RoomSync::setAddress(const QString &address)
{
    m_address = address;
    if (!m_server || QHostAddress(address) == m_server->address())
        return;
    // The room moves with all it has: the new join card works at once, and phones keep their votes.
    RoomSnapshot room = snapshot();
    m_picture.reset();
    m_server.reset();
    const QHostAddress where = address.isEmpty() ? defaultRoomAddress() : QHostAddress(address);
    if (where.isNull() || !open(where, kPreferredPort, std::move(room))) {
        closeRoom();
        return emit notice(tr("The room cannot be opened on %1: it is off. %2 turns it on again.")
                               .arg(address, m_dispatcher.bindings().keysText(Action::Participation)));
    }
    if (!m_pairingUrl.isEmpty())
        offerPairing();  // the code on the console follows the room to its new address
    emit notice(tr("The room moved to %1: the phones must scan the new join card (%2); their votes are kept.")
                    .arg(roomUrl(m_server->address(), m_server->port()), m_dispatcher.bindings().keysText(Action::JoinCard)));
}

void RoomSync::closeRoom()
{
    m_picture.reset();
    m_server.reset();
    m_suggestions.clear();
    closePairing();
    push();
}

RoomSnapshot RoomSync::snapshot() const
{
    return {m_server->address().toString(),
            m_server->port(),
            m_server->phones().lastQuestion(),
            m_server->phones().ballot(),
            {m_suggestions.begin(), m_suggestions.end()},
            m_server->remote().keptRemote()};
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
    m_picture.reset();
    m_server.reset();
    if (QHostAddress(where).isNull() || !open(QHostAddress(where), port, std::move(kept)))
        return tr("The room cannot be opened again on %1: turn it on with %2, and the phones join again.").arg(where, turnOn);
    if (m_server->port() == port)
        return tr("The room is open again with the same code: the phones and your remote come back by themselves, with their votes.");
    // Another program took the room's port: the phones' pages cannot find it, and say so; the card they need is up.
    if (!m_session.joinCardShown())
        m_dispatcher.trigger(Action::JoinCard);
    return tr("Port %1 is taken by another program, so the room is open again on port %2: the join card is on the projector, "
              "for the phones to scan again (their votes are kept).")
        .arg(port)
        .arg(m_server->port());
}

void RoomSync::toggleVote()
{
    if (!m_server)
        return emit notice(tr("Turn the room's phones on first."));
    if (m_server->phones().ballot().isOpen())
        m_server->phones().closeVote();
    else if (!m_server->phones().openVote())
        emit notice(tr("A vote opens at a question, while the room discusses it."));
}

void RoomSync::toggleLock()
{
    if (!m_server)
        return emit notice(tr("Turn the room's phones on first."));
    PhoneChannel &phones = m_server->phones();
    phones.setLocked(!phones.locked());
    const QString keys = m_dispatcher.bindings().keysText(Action::LockRoom);
    emit notice(phones.locked() ? tr("The room is closed to new phones; those that joined come back by themselves (%1 opens it).").arg(keys)
                                : tr("The room is open to new phones again (%1 closes it).").arg(keys));
}

void RoomSync::decideSuggestion(bool accepted)
{
    if (m_suggestions.empty())
        return;
    if (accepted) {
        // The room's words, without the nickname.
        if (!m_dispatcher.writeFlipchart(m_suggestions.front().text))
            return emit notice(tr("Suggestions go on the flip chart of a flip-chart slide."));
    }
    m_suggestions.pop_front();
    push();
}

void RoomSync::push()
{
    ParticipationState state;
    if (m_server && m_server->running()) {
        const PhoneChannel &phones = m_server->phones();
        const Ballot &ballot = phones.ballot();
        state.on = true;
        state.address = roomUrl(m_server->address(), m_server->port());
        state.roomCode = phones.roomCode();
        state.joinSecret = phones.joinSecret();
        state.joined = ballot.joined();
        state.connected = phones.connectedPhones();
        state.locked = phones.locked();
        state.typedJoinsPaused = phones.typedJoinsPaused();
        state.voteOpen = ballot.isOpen();
        state.voteQuestion = phones.lastQuestion();
        state.tally = ballot.tally(phones.lastQuestion());
        state.voters = ballot.voters(phones.lastQuestion());
        for (const RoomSuggestion &s : m_suggestions)
            state.suggestions.push_back(s.nickname.isEmpty() ? s.text : tr("%1: %2").arg(s.nickname, s.text));
        state.remotePaired = m_server->remote().paired();
        state.remoteDevice = m_server->remote().device();
        state.pairingUrl = m_pairingUrl;
    }
    m_dispatcher.report(reports::Participation{std::move(state)});
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
    const QString problem = writeWholeFile(m_keptIn, roomsnapshot::encode(snapshot()));
    if (problem != m_saveProblem && !problem.isEmpty())
        emit notice(tr("The room cannot be kept in %1 (%2): if the program stops now, the phones must join again.").arg(m_keptIn, problem));
    m_saveProblem = problem;
}

}  // namespace stoppunkt
