// SPDX-License-Identifier: MIT
#include "app/stopediting.h"

#include "app/filmsync.h"
#include "authoring/stopeditor.h"
#include "media/filmplayer.h"
#include "session/sessionview.h"
#include "ui/consolewindow.h"
#include "ui/stopeditorview.h"

#include <QEvent>

namespace stoppunkt {

StopEditing::StopEditing(const SessionView &session, FilmPlayer &player, FilmSync &sync, ConsoleWindow &console)
    : QObject(&console), m_session(session), m_player(player), m_sync(sync), m_console(console)
{
    m_console.installEventFilter(this);
}

StopEditing::~StopEditing()
{
    m_console.removeEventFilter(this);
}

QWidget *StopEditing::view()
{
    return m_view.get();
}

void StopEditing::toggle(LessonFile &file)
{
    isOpen() ? close() : open(file);
}

void StopEditing::open(LessonFile &file)
{
    const auto segment = m_session.segment();
    if (!segment) {
        m_console.setNotice(tr("Go to a slide with the film to edit its stop points."));
        return;
    }
    const qint64 duration = m_player.duration() > 0 ? m_player.duration() : m_session.filmStatus().durationMs;
    if (duration <= 0 || !m_session.filmAvailable()) {
        m_console.setNotice(tr("The film is not open yet, so its frames cannot be shown; try again when it plays."));
        return;
    }
    const Film &film = m_session.lesson().films[segment->film];
    auto editor = std::make_unique<StopEditor>(file, segment->film, m_player.fps(), duration);
    if (!editor->open()) {
        m_console.setNotice(editor->problem());
        return;
    }
    m_editor = std::move(editor);
    m_sync.setSuspended(true);
    m_player.pause();
    connect(m_editor.get(), &StopEditor::positionChanged, &m_player, &FilmPlayer::showFrameAt);
    // Start on the stop this part of the film runs to, else where the film is.
    const qint64 start = segment->playsToEnd() ? std::max<qint64>(0, m_player.position()) : film.stopOf(*segment);
    m_editor->scrubTo(start);
    m_editor->selectStopHere();  // opened on a stop, M moves that stop
    m_player.showFrameAt(m_editor->position());
    m_view = std::make_unique<StopEditorView>(*m_editor, m_console.videoSurface(), QString::fromStdString(film.title), &m_console);
    connect(m_view.get(), &StopEditorView::closeRequested, this, &StopEditing::close);
    m_view->setGeometry(m_console.rect());
    m_view->show();
    m_view->raise();
    m_view->setFocus();
}

void StopEditing::close()
{
    if (!m_view)
        return;
    m_view.release()->deleteLater();  // it may be in its own key handler
    m_editor.release()->deleteLater();
    m_sync.setSuspended(false);
    m_console.setFocus();
}

bool StopEditing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_console && event->type() == QEvent::Resize && m_view)
        m_view->setGeometry(m_console.rect());
    return QObject::eventFilter(watched, event);
}

}  // namespace stoppunkt
