// SPDX-License-Identifier: MIT
#include "ui/roompanel.h"

#include "input/keybindings.h"
#include "session/sessionview.h"
#include "ui/consolepanels.h"
#include "ui/slidepainters.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace stoppunkt::roompanel {

namespace {
/// The context of the room panel's words in the translation files.
struct RoomText {
    Q_DECLARE_TR_FUNCTIONS(RoomPanel)
};

}  // namespace

QString statusText(const SessionView &session, const KeyBindings &keys)
{
    const ParticipationState &room = session.participation();
    if (!room.on)
        return {};
    const int joined = room.joined;
    const QString shown = session.joinCardShown() ? RoomText::tr("%1 hides the join card").arg(keys.keysText(Action::JoinCard))
                                                  : RoomText::tr("%1 shows the join card").arg(keys.keysText(Action::JoinCard));
    QString text = RoomText::tr("Room open: %1 · code %2 · %n joined (%3)", nullptr, joined).arg(room.address, room.roomCode, shown);
    text += RoomText::tr(" · %n connected", nullptr, room.connected);
    if (room.locked)
        text += RoomText::tr(" · closed to new phones (%1 opens it)").arg(keys.keysText(Action::LockRoom));
    if (room.typedJoinsPaused)
        text += RoomText::tr(" · typed codes paused, scanning works");
    if (room.remotePaired)
        text += RoomText::tr(" · remote: %1").arg(room.remoteDevice.isEmpty() ? RoomText::tr("a phone") : room.remoteDevice);
    return text;
}

void paintPairingCard(QPainter &painter, const QRectF &area, const SessionView &session)
{
    const ParticipationState &room = session.participation();
    if (room.pairingUrl.isEmpty())
        return;
    painter.fillRect(area, theme::consoleOverlay);  // opaque: the code is the one thing to look at
    const qreal side = std::min(area.height() * theme::consolePairingCodeHeightShare, area.width() * theme::consolePairingCodeWidthShare);
    const QRectF code(area.left() + area.width() * theme::consolePairingMarginShare, area.top() + (area.height() - side) / 2, side, side);
    slidepainters::paintQrCode(painter, code, room.pairingUrl);
    const qreal left = code.right() + area.width() * theme::consolePairingGapShare;
    const qreal width = area.right() - left - area.width() * theme::consolePairingGapShare;
    qreal y = code.top();
    const qreal scale = std::clamp<qreal>(area.height() / theme::consolePairingDesignHeightPx, theme::consolePairingMinScale,
                                          theme::consolePairingMaxScale);
    // Each paragraph as high as its wrapped lines, and a gap below it.
    const auto paragraph = [&](const QString &text, const QFont &font, const QColor &colour, qreal gap) {
        y += textlayout::draw(painter, QRectF(left, y, width, textlayout::height(text, font, width)), text, font, colour) + gap * scale;
    };
    paragraph(RoomText::tr("Pair your phone as the remote"), theme::uiFont(theme::consolePairingTitlePx * scale, QFont::Bold),
              theme::consoleText, theme::consolePairingTitleGapPx);
    const QFont body = theme::uiFont(std::max<qreal>(theme::consoleSmallestTextPx, theme::consolePairingBodyPx * scale));
    paragraph(RoomText::tr("Scan the code with the phone's camera. The phone shows your notes, the next step, the time "
                           "and the right answer, and its buttons drive the lesson."),
              body, theme::consoleText, theme::consolePairingParagraphGapPx);
    const QString current = room.remotePaired ? RoomText::tr("It replaces the remote paired now (%1).").arg(room.remoteDevice) : QString();
    paragraph(RoomText::tr("The code works once, for two minutes, and never shows on the projector. %1").arg(current).trimmed(), body,
              theme::consoleMuted, theme::consolePairingParagraphGapPx);
    paragraph(RoomText::tr("Any key hides the code."), body, theme::consoleHighlight, 0);
}

qreal paintVotes(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys)
{
    const ParticipationState &room = session.participation();
    if (!session.slide().isQuestion() || !room.votedOn(session.lesson().slideKey(session.slideIndex())))
        return 0;
    qreal y = area.top();
    const int voters = room.voters;
    const QString state = room.voteOpen ? RoomText::tr("open, %1 closes it").arg(keys.keysText(Action::Vote)) : RoomText::tr("closed");
    const QString heading = RoomText::tr("THE ROOM'S VOTE: %n voted of %1 joined, %2", nullptr, voters).arg(room.joined).arg(state);
    y += textlayout::drawWhole(painter, QPointF(area.left(), y), area.width(), heading, theme::uiFont(theme::consoleHeadingPx, QFont::Bold),
                               theme::consoleHighlight)
         + theme::consoleItemGapPx;
    // The options side by side on one row, each a bar as long as its share of the votes: the notes below
    // keep their room on a laptop screen.
    const QFont font = theme::uiFont(theme::consoleBodyPx);
    const qreal rowHeight = QFontMetricsF(font).height() + theme::consoleItemGapPx;
    const qreal column = area.width() / qreal(std::max<std::size_t>(1, room.tally.size()));
    for (std::size_t i = 0; i < room.tally.size(); ++i) {
        const int votes = room.tally[i];
        const qreal left = area.left() + column * qreal(i);
        const qreal barLeft = left + theme::consoleVoteNumberPx;
        const qreal barWidth = column - theme::consoleVoteNumberPx - theme::consoleVoteCountPx;
        textlayout::draw(painter, QRectF(left, y, theme::consoleVoteNumberPx, rowHeight), QString::number(i + 1), font, theme::consoleText,
                         Qt::AlignLeft | Qt::AlignVCenter);
        const QRectF bar = QRectF(barLeft, y, barWidth, rowHeight).adjusted(0, theme::consoleItemGapPx, 0, -theme::consoleItemGapPx);
        painter.fillRect(bar, theme::timelineTrack);
        if (voters > 0)
            painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * votes / voters, bar.height()), theme::consoleHighlight);
        const qreal countLeft = bar.right() + theme::consoleParagraphGapPx;
        textlayout::draw(painter, QRectF(countLeft, y, left + column - countLeft, rowHeight), QString::number(votes), font,
                         theme::consoleText, Qt::AlignLeft | Qt::AlignVCenter);
    }
    y += rowHeight;
    const QString shown = session.distributionShown()
                              ? RoomText::tr("The projector shows the votes (%1 hides them).").arg(keys.keysText(Action::Distribution))
                              : RoomText::tr("%1 shows the votes on the projector.").arg(keys.keysText(Action::Distribution));
    y += textlayout::draw(painter, QRectF(area.left(), y + theme::consoleLineGapPx, area.width(), theme::consoleHeadingLinePx), shown,
                          theme::uiFont(theme::consoleHintPx), theme::consoleMuted)
         + theme::consoleSectionGapPx;
    return y - area.top();
}

qreal paintSuggestions(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys)
{
    const ParticipationState &room = session.participation();
    if (!room.on || !session.slide().flipchart || room.suggestions.isEmpty())
        return 0;
    qreal y = area.top();
    const int waiting = int(room.suggestions.size());
    const QString heading = RoomText::tr("FROM THE PHONES: %n waiting (%1 adds the first, %2 drops it)", nullptr, waiting)
                                .arg(keys.keysText(Action::AcceptSuggestion), keys.keysText(Action::DropSuggestion));
    if (!consolepanels::fitsWithOneLine(area, heading, theme::uiFont(theme::consoleBodyPx)))
        return 0;  // the notes below keep their room; the status line counts what waits
    y += textlayout::drawWhole(painter, QPointF(area.left(), y), area.width(), heading, theme::uiFont(theme::consoleHeadingPx, QFont::Bold),
                               theme::consoleHighlight)
         + theme::consoleItemGapPx;
    const QFont font = theme::uiFont(theme::consoleBodyPx);
    const QFontMetricsF metrics(font);
    for (const QString &suggestion : room.suggestions) {
        const QRectF row(area.left(), y, area.width(), metrics.height() + theme::consoleLineGapPx);
        if (row.bottom() > area.bottom())
            break;
        // Plain text, elided: a phone's words are never read as markup.
        textlayout::draw(painter, row, metrics.elidedText(suggestion, Qt::ElideRight, area.width()), font, theme::consoleText,
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        y += row.height();
    }
    return y - area.top() + theme::consoleSectionGapPx;
}

}  // namespace stoppunkt::roompanel
