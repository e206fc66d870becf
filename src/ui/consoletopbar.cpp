// SPDX-License-Identifier: MIT
// ConsoleWindow's top bar: the slide counter, the status line, the timers and the clock.
#include "ui/consolewindow.h"

#include "input/commanddispatcher.h"
#include "session/presentationtimer.h"
#include "session/sessionview.h"
#include "ui/handstatus.h"
#include "ui/pacetext.h"
#include "ui/roompanel.h"
#include "ui/screenplacement.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTime>

namespace stoppunkt {

using theme::uiFont;

namespace {
QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

QString ConsoleWindow::timerText() const
{
    return clockText(m_timer.elapsedMs()) + (m_timer.running() ? QString() : QStringLiteral("  ") + tr("paused"));
}

PaceText ConsoleWindow::pace() const
{
    return PaceText::of(m_session.timePlan(), m_session.slideIndex(), m_timer.elapsedMs(), m_timer.running() || m_timer.elapsedMs() > 0,
                        QTime::currentTime());
}

QString ConsoleWindow::statusLine() const
{
    if (!m_recordProblem.isEmpty())
        return tr("The session record is NOT being saved: %1").arg(m_recordProblem);
    if (!m_notice.isEmpty())
        return m_notice;
    if (!m_dispatcher.jumpBuffer().isEmpty())
        return tr("Go to slide %1: press Enter (Esc cancels)").arg(m_dispatcher.jumpBuffer());
    if (m_session.skipArmed())
        return tr("Press Next again within 2 s to skip to the stop point");
    if (m_session.revealArmed())
        return tr("Press Next again within 2 s to reveal the answer (%1 reveals at once)")
            .arg(m_dispatcher.bindings().keysText(Action::Reveal));
    if (m_placement.projectorLost())
        return tr("Projector %1 disconnected: the lesson goes on here; plug it back in to continue there").arg(m_placement.lostName());
    if (m_session.blank() == Blank::Black)
        return tr("The projector is black (%1 to show the slide)").arg(m_dispatcher.bindings().keysText(Action::BlackScreen));
    if (m_session.blank() == Blank::White)
        return tr("The projector is white (%1 to show the slide)").arg(m_dispatcher.bindings().keysText(Action::WhiteScreen));
    if (const QString hand = handStatusText(m_session, m_dispatcher.bindings()); !hand.isEmpty())
        return hand;
    if (const QString room = roompanel::statusText(m_session, m_dispatcher.bindings()); !room.isEmpty())
        return room;
    if (m_placement.windowed() || !m_placement.projectorScreen())
        return tr("Rehearsal: both windows are normal windows");
    return tr("Projector on %1").arg(m_placement.projectorScreen()->name());
}

void ConsoleWindow::paintTopBar(QPainter &painter)
{
    const Lesson &lesson = m_session.lesson();
    const QString counter = QStringLiteral("%1 %2/%3")
                                .arg(slideWord(QString::fromStdString(lesson.language)))
                                .arg(m_session.slideIndex() + 1)
                                .arg(m_session.slideCount());
    textlayout::draw(painter, m_layout.counter, counter, uiFont(theme::consoleCounterPx, QFont::Bold), theme::consoleText,
                     Qt::AlignLeft | Qt::AlignVCenter);
    const bool alert = m_placement.projectorLost() || m_session.skipArmed() || m_session.revealArmed()
                       || !m_dispatcher.jumpBuffer().isEmpty() || !m_notice.isEmpty() || !m_recordProblem.isEmpty();
    // A long status (the room and the remote on, a resume's notice) grows smaller to stay whole in the bar;
    // only past the smallest size is its end cut, never its lines clipped.
    const QRectF &statusArea = m_layout.status;
    QString status = statusLine();
    const QFont::Weight weight = alert ? QFont::Bold : QFont::Normal;
    int statusPx = theme::consoleStatusPx;
    while (statusPx > theme::consoleSmallestTextPx
           && textlayout::height(status, uiFont(statusPx, weight), statusArea.width()) > statusArea.height())
        --statusPx;
    const QFont statusFont = uiFont(statusPx, weight);
    const QFontMetricsF statusMetrics(statusFont);
    const int lines = std::max(1, int(statusArea.height() / statusMetrics.lineSpacing()));
    if (textlayout::height(status, statusFont, statusArea.width()) > statusArea.height())
        status = statusMetrics.elidedText(status, Qt::ElideRight, statusArea.width() * lines * theme::consoleStatusElideShare);
    textlayout::draw(painter, statusArea, status, statusFont,
                     !m_recordProblem.isEmpty() ? theme::consoleAlert
                     : alert                    ? theme::consoleHighlight
                                                : theme::consoleMuted,
                     Qt::AlignLeft | Qt::AlignVCenter);
    const QString timer = timerText();
    const QColor timerColour = m_timer.running() ? theme::consoleText : theme::consoleHighlight;
    const PaceText pace = this->pace();
    if (pace.text.isEmpty()) {
        textlayout::draw(painter, m_layout.timer, timer, uiFont(theme::consoleTimerPx, QFont::Bold), timerColour,
                         Qt::AlignRight | Qt::AlignVCenter);
    } else {
        // With a time plan, the timer shares its place with the plan's line, so the notes lose no room.
        textlayout::draw(painter, m_layout.timerLine, timer, uiFont(theme::consoleTimerWithPacePx, QFont::Bold), timerColour,
                         Qt::AlignRight | Qt::AlignVCenter);
        textlayout::draw(painter, m_layout.paceLine, pace.text, uiFont(theme::consolePacePx, QFont::Bold), pace.colour,
                         Qt::AlignRight | Qt::AlignVCenter);
    }
    textlayout::draw(painter, m_layout.clock, QTime::currentTime().toString(QStringLiteral("HH:mm")), uiFont(theme::consoleClockPx),
                     theme::consoleMuted, Qt::AlignRight | Qt::AlignVCenter);
}

}  // namespace stoppunkt
