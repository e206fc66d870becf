// SPDX-License-Identifier: MIT
// The console's film strip: the film's timeline, its stop points and the player's state.
#include "ui/consolepanels.h"

#include "input/keybindings.h"
#include "lesson/timecode.h"
#include "session/sessionview.h"
#include "ui/filmtimeline.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QPainter>

namespace stoppunkt::consolepanels {

using theme::uiFont;

namespace {
/// The player's state in words, from the session's film status and phase.
QString filmStateText(const SessionView &session, const KeyBindings &keys)
{
    const FilmStatus &film = session.filmStatus();
    if (!film.available())
        return ConsoleText::tr("cannot play");
    if (!film.loaded)
        return ConsoleText::tr("loading…");
    switch (session.filmPhase()) {
    case FilmPhase::Playing:
        return film.paused ? ConsoleText::tr("paused (%1 resumes)").arg(keys.keysText(Action::PauseFilm)) : ConsoleText::tr("playing");
    case FilmPhase::AtStop: return ConsoleText::tr("at the stop point");
    case FilmPhase::Ended: return ConsoleText::tr("ended");
    case FilmPhase::Idle: return ConsoleText::tr("ready: Next starts the film");
    }
    return {};
}
/// The film and where it plays to, and the player's state: on one line where both fit; else the state gets a
/// line of its own under the headline, and the timeline moves down. Neither is ever drawn over the other.
/// True when they share the line.
bool paintHeadline(QPainter &painter, const QRectF &area, const QString &headline, const QString &playerState)
{
    const QFont headlineFont = uiFont(theme::consoleFilmTitlePx, QFont::Bold);
    const QFont stateFont = uiFont(theme::consoleBodyPx);
    const qreal stateWidth = QFontMetricsF(stateFont).horizontalAdvance(playerState);
    const bool oneLine =
        QFontMetricsF(headlineFont).horizontalAdvance(headline) + theme::consoleFilmTitleGapPx + stateWidth <= area.width();
    const QString shownHeadline = QFontMetricsF(headlineFont).elidedText(headline, Qt::ElideRight, area.width());
    const QRectF headlineLine(area.left(), area.top(), area.width(), theme::consoleFilmTitleLinePx);
    textlayout::draw(painter, headlineLine, shownHeadline, headlineFont, theme::consoleText);
    const QRectF stateLine =
        oneLine ? headlineLine
                : QRectF(area.left(), headlineLine.bottom() - theme::consoleLineGapPx, area.width(), theme::consoleFilmStateLinePx);
    textlayout::draw(painter, stateLine, QFontMetricsF(stateFont).elidedText(playerState, Qt::ElideRight, area.width()), stateFont,
                     theme::consoleHighlight, (oneLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    return oneLine;
}

}  // namespace

void paintFilmStrip(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys)
{
    const qint64 positionMs = session.filmStatus().positionMs;
    const qint64 durationMs = session.filmStatus().durationMs;
    const QString playerState = filmStateText(session, keys);
    const auto segment = session.segment();
    const Lesson &lesson = session.lesson();
    if (!segment) {
        const QString text = lesson.films.empty() ? ConsoleText::tr("This lesson has no film.") : ConsoleText::tr("No film on this slide.");
        textlayout::draw(painter, area, text, uiFont(theme::consoleEntryPx), theme::consoleMuted, Qt::AlignVCenter);
        return;
    }
    const Film &film = lesson.films[segment->film];
    const qint64 lastStop = film.stops.empty() ? 0 : film.stops.back().atMs;
    const qint64 duration = durationMs > 0 ? durationMs : std::max<qint64>({lastStop + 1000, positionMs, 1});
    const qint64 from = std::max<qint64>(0, film.startOf(*segment));
    const qint64 to = segment->playsToEnd() ? duration : film.stopOf(*segment);

    QString target = segment->playsToEnd() ? ConsoleText::tr("to the end") : QString::fromStdString(film.stops[segment->toStop].name());
    const QString headline = QStringLiteral("%1  \u2192 %2").arg(QString::fromStdString(film.title), target);
    const bool oneLine = paintHeadline(painter, area, headline, playerState);
    const qreal textAbove =
        oneLine ? theme::consoleFilmTitleLinePx : theme::consoleFilmTitleLinePx - theme::consoleLineGapPx + theme::consoleFilmStateLinePx;
    const QRectF bar(area.left(), area.top() + textAbove + theme::consoleTimelineGapPx, area.width(), theme::consoleTimelinePx);
    FilmTimeline timeline{.durationMs = duration, .fromMs = from, .toMs = to, .positionMs = positionMs};
    for (const StopPoint &stop : film.stops)
        timeline.stopsMs.push_back(stop.atMs);
    timeline.paint(painter, bar);
    QString times = positionMs >= 0 && durationMs > 0 ? QStringLiteral("%1 / %2").arg(QString::fromStdString(formatTimecode(positionMs)),
                                                                                      QString::fromStdString(formatTimecode(duration)))
                                                      : QString();
    if (positionMs >= 0 && !segment->playsToEnd() && session.filmPhase() == FilmPhase::Playing)
        times +=
            QStringLiteral("    ")
            + ConsoleText::tr("%1 in %2").arg(target, QString::fromStdString(formatTimecode(std::max<qint64>(0, to - positionMs))).left(5));
    // Under the stop markers and their numbers: where the film is, or why it cannot play.
    const qreal belowTop = bar.bottom() + FilmTimeline::reachBelow() + theme::consoleLineGapPx;
    const QRectF below(area.left(), belowTop, area.width(), std::max<qreal>(theme::consoleHeadingLinePx, area.bottom() - belowTop));
    if (!film.subtitles.empty()) {
        // Which way the subtitles are, and the key that turns them, beside the film's times.
        const QString keysText = keys.keysText(Action::Subtitles);
        times += QStringLiteral("    ")
                 + (session.subtitlesShown() ? ConsoleText::tr("subtitles on (%1 hides)").arg(keysText)
                                             : ConsoleText::tr("subtitles off (%1 shows)").arg(keysText));
    }
    if (session.filmAvailable())
        textlayout::draw(painter, below, times, uiFont(theme::consoleHintPx), theme::consoleMuted);
    else
        textlayout::draw(painter, below, session.filmStatus().problem, uiFont(theme::consoleHintPx, QFont::Bold), theme::consoleAlert);
}

}  // namespace stoppunkt::consolepanels
