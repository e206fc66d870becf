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
    m_lessons = std::make_unique<LessonSwitcher>(*m_session, *m_timer, *m_room, *m_console, m_options);
    connect(m_lessons.get(), &LessonSwitcher::lessonStarted, this, [this] {
        if (!m_player && m_options.film)
            setUpFilm();  // the first lesson had no film
    });
    m_requests = std::make_unique<ConsoleRequests>(*m_console, *d, *m_room, *m_lessons);
    connectConsole();
    m_lessons->start();
}

Presenter::~Presenter()
{
    if (m_player)
        m_player->unload();  // before the projector's video surface frees its render context
}

void Presenter::connectConsole()
{
    CommandDispatcher *d = m_dispatcher.get();
    ConsoleWindow *console = m_console.get();
    connect(d, &CommandDispatcher::overviewToggled, console, &ConsoleWindow::toggleOverview);
    connect(d, &CommandDispatcher::helpToggled, console, &ConsoleWindow::toggleHelp);
    connect(d, &CommandDispatcher::notesZoomed, console, &ConsoleWindow::zoomNotes);
    connect(d, &CommandDispatcher::notesScrolled, console, &ConsoleWindow::scrollNotes);
    connect(d, &CommandDispatcher::flipchartRequested, console, [console] { console->openFlipchartInput(); });
    connect(d, &CommandDispatcher::swapScreensRequested, m_placement.get(), &ScreenPlacement::swap);
    connect(d, &CommandDispatcher::startRequested, m_windows.get(), &WindowPlacement::enterFullScreen);
    connect(d, &CommandDispatcher::escapeRequested, this, &Presenter::leaveFullScreenOrOverlay);
    connect(d, &CommandDispatcher::quitRequested, m_requests.get(), &ConsoleRequests::confirmQuit);
    connect(d, &CommandDispatcher::openLessonRequested, m_lessons.get(), &LessonSwitcher::choose);
    connect(d, &CommandDispatcher::uiLanguageRequested, m_requests.get(), &ConsoleRequests::changeUiLanguage);
    connect(d, &CommandDispatcher::roomAddressRequested, m_requests.get(), &ConsoleRequests::chooseRoomAddress);
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
    m_filmSync = std::make_unique<FilmSync>(*m_session, *m_player);
    if (const SoftwareSurface *surface = m_player->softwareSurface()) {
        m_projector->setVideoSurface(surface);
        m_console->setVideoSurface(surface);
    }
    FilmPlayer *player = m_player.get();
    connect(m_dispatcher.get(), &CommandDispatcher::filmPauseToggled, player, &FilmPlayer::togglePause);
    connect(m_dispatcher.get(), &CommandDispatcher::filmBackRequested, player, [player] { player->seekBy(-10000); });
    connect(m_dispatcher.get(), &CommandDispatcher::volumeChanged, player, [this, player](int steps) {
        m_volume = std::clamp(m_volume + 10 * steps, 0, 130);
        player->setVolume(m_volume);
    });
    if (m_options.author) {
        connect(m_dispatcher.get(), &CommandDispatcher::markRequested, this,
                [this] { QTextStream(stdout) << m_filmSync->stopEntryForPosition() << Qt::endl; });
        m_author = new AuthorMode(*m_session, *m_player, *m_filmSync, *m_console);
        m_console->setAuthorMode(true);
        // Live preview would load each version the author wrote once more, under a film that may be playing.
        connect(m_author, &AuthorMode::written, this, [this](const QByteArray &text) {
            if (LessonWatcher *watching = watcher())
                watching->adopt(text);
        });
        connect(m_dispatcher.get(), &CommandDispatcher::authorEditRequested, m_author, &AuthorMode::perform);
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
