// SPDX-License-Identifier: MIT
#include "app/presenter.h"

#include "app/authormode.h"
#include "app/consolerequests.h"
#include "app/diagnostics.h"
#include "app/filmsync.h"
#include "app/lessonswitcher.h"
#include "app/lessonwatcher.h"
#include "app/roomsync.h"
#include "app/stopediting.h"
#include "app/windowplacement.h"
#include "input/commanddispatcher.h"
#include "media/filmplayer.h"
#include "media/glvideowidget.h"
#include "media/softwaresurface.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/screenplacement.h"

#include <QTextStream>

namespace stoppunkt {

Presenter::Presenter(Lesson lesson, const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_session(std::make_unique<Session>(std::move(lesson))),
      m_timer(std::make_unique<PresentationTimer>()),
      m_dispatcher(std::make_unique<CommandDispatcher>(*m_session, *m_timer)),
      m_placement(std::make_unique<ScreenPlacement>(options.projectorScreen, options.windowed)),
      m_projector(std::make_unique<ProjectorWindow>(*m_session, *m_dispatcher)),
      m_console(std::make_unique<ConsoleWindow>(*m_session, *m_timer, *m_dispatcher, *m_placement)),
      m_windows(std::make_unique<WindowPlacement>(*m_placement, *m_projector, *m_console))
{
    const QStringList problems = m_dispatcher->bindings().loadOverrides(KeyBindings::overridePath());
    for (const QString &problem : problems)
        qCWarning(lcKeys).noquote() << problem;
    auto painted = [this] {
        if (++m_painted == 2)
            emit firstPainted();
    };
    connect(m_projector.get(), &ProjectorWindow::firstPainted, this, painted);
    connect(m_console.get(), &ConsoleWindow::firstPainted, this, painted);
    if (m_options.film)
        setUpFilm();
    CommandDispatcher *d = m_dispatcher.get();
    m_room = std::make_unique<RoomSync>(*m_session, *d, *m_timer, ConsoleRequests::rememberedRoomAddress(options.roomAddress));
    connect(m_room.get(), &RoomSync::notice, m_console.get(), &ConsoleWindow::setNotice);
    m_lessons = std::make_unique<LessonSwitcher>(*m_session, *d, *m_timer, *m_room, *m_console, m_options);
    connect(m_lessons.get(), &LessonSwitcher::lessonStarted, this, [this] {
        if (!m_player && m_options.film)
            setUpFilm();  // the first lesson had no film
    });
    m_requests = std::make_unique<ConsoleRequests>(*m_console, *d, *m_room, *m_lessons);
    connectConsole();
    m_lessons->start();
}

const SessionView &Presenter::view() const
{
    return *m_session;
}

Presenter::~Presenter()
{
    if (m_player)
        m_player->unload();  // before the projector's video surface frees its render context
}

void Presenter::connectConsole()
{
    connect(m_dispatcher.get(), &CommandDispatcher::appRequested, this, &Presenter::serve);
}

void Presenter::serve(Action action)
{
    if (serveConsole(action) || m_room->serve(action))
        return;
    if (m_player)
        servePlayer(action);
    if (m_author && forAuthors(action) && action != Action::MarkStop)
        m_author->perform(action);
}

bool Presenter::serveConsole(Action action)
{
    ConsoleWindow &console = *m_console;
    switch (action) {
    case Action::Overview: console.toggleOverview(); return true;
    case Action::Help: console.toggleHelp(); return true;
    case Action::NotesLarger: console.zoomNotes(1); return true;
    case Action::NotesSmaller: console.zoomNotes(-1); return true;
    case Action::NotesDown: console.scrollNotes(1); return true;
    case Action::NotesUp: console.scrollNotes(-1); return true;
    case Action::Flipchart: console.openFlipchartInput(); return true;
    case Action::SwapScreens: m_placement->swap(); return true;
    case Action::StartResume: m_windows->enterFullScreen(); return true;
    case Action::Escape: leaveFullScreenOrOverlay(); return true;
    case Action::Quit: m_requests->confirmQuit(); return true;
    case Action::OpenLesson: m_lessons->choose(); return true;
    case Action::UiLanguage: m_requests->changeUiLanguage(); return true;
    case Action::RoomAddress: m_requests->chooseRoomAddress(); return true;
    default: return false;
    }
}

void Presenter::servePlayer(Action action)
{
    switch (action) {
    case Action::PauseFilm: m_player->togglePause(); break;
    case Action::FilmBack: m_player->seekBy(-10000); break;
    case Action::VolumeUp:
    case Action::VolumeDown:
        m_volume = std::clamp(m_volume + (action == Action::VolumeUp ? 10 : -10), 0, 130);
        m_player->setVolume(m_volume);
        break;
    case Action::MarkStop:
        if (m_author)
            QTextStream(stdout) << m_filmSync->stopEntryForPosition() << Qt::endl;
        break;
    default: break;
    }
}

void Presenter::setUpFilm()
{
    if (m_session->lesson().films.empty())
        return;
    // The platform is asked first in every mode: where it cannot host the OpenGL widget, the software surface
    // shows the film, even when OpenGL was asked for.
    m_openGL = GlVideoWidget::platformHostsIt()
               && (m_options.video == Options::Video::OpenGL || (m_options.video == Options::Video::Auto && GlVideoWidget::available()));
    const FilmPlayer::Output output = m_openGL ? FilmPlayer::Output::OpenGL : FilmPlayer::Output::Software;
    m_player = std::make_unique<FilmPlayer>(FilmPlayer::Settings{output, m_options.filmAudio, m_options.filmSpeed});
    if (m_openGL) {
        auto *video = new GlVideoWidget(*m_player);
        m_projector->setVideoWidget(video);
        m_console->setVideoSurface(&video->preview());  // small copies: the core has one render context
    }
    m_filmSync = std::make_unique<FilmSync>(*m_session, *m_dispatcher, *m_player);
    if (const SoftwareSurface *surface = m_player->softwareSurface()) {
        m_projector->setVideoSurface(surface);
        m_console->setVideoSurface(surface);
    }
    if (m_options.author) {
        m_author = new AuthorMode(*m_session, *m_dispatcher, *m_player, *m_filmSync, *m_console);
        m_console->setAuthorMode(true);
        // Live preview would load each version the author wrote once more, under a film that may be playing.
        connect(m_author, &AuthorMode::written, this, [this](const QByteArray &text) {
            if (LessonWatcher *watching = watcher())
                watching->adopt(text);
        });
    }
}

StopEditing *Presenter::stopEditing()
{
    return m_author ? m_author->stopEditing() : nullptr;
}

RecordKeeper *Presenter::records()
{
    return m_lessons->records();
}

LessonWatcher *Presenter::watcher()
{
    return m_lessons->watcher();
}

void Presenter::show()
{
    m_windows->show();
}

bool Presenter::openLesson(const QString &file)
{
    return m_lessons->open(file);
}

QStringList Presenter::offeredLessons() const
{
    return m_lessons->offered();
}

void Presenter::setUiTranslator(UiTranslator *translator)
{
    m_requests->setUiTranslator(translator);
}

void Presenter::leaveFullScreenOrOverlay()
{
    if (m_console->closeOverlay() || m_room->closePairing())
        return;
    m_windows->leaveFullScreen();
}

}  // namespace stoppunkt
