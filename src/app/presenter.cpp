// SPDX-License-Identifier: MIT
#include "presenter.h"

#include "clicommands.h"
#include "commanddispatcher.h"
#include "consolequestion.h"
#include "consolewindow.h"
#include "diagnostics.h"
#include "filmplayer.h"
#include "filmsync.h"
#include "glvideowidget.h"
#include "lessonloader.h"
#include "lessonpaths.h"
#include "lessonpicker.h"
#include "lessonwatcher.h"
#include "presentationtimer.h"
#include "projectorwindow.h"
#include "recordkeeper.h"
#include "stopediting.h"
#include "roomaddressdialog.h"
#include "roomaddresses.h"
#include "roomserver.h"
#include "roomsnapshot.h"
#include "roomsync.h"
#include "screenplacement.h"
#include "scriptdriver.h"
#include "session.h"
#include "softwaresurface.h"
#include "uilanguage.h"
#include "uitranslator.h"

#include <QApplication>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace stoppunkt {

namespace {
/// Where the room listened last, as the facilitator chose it.
const QString kRoomAddressSetting = QStringLiteral("room/address");
} // namespace

Presenter::Presenter(Lesson lesson, const Options &options, QObject *parent)
    : QObject(parent),
      m_options(options),
      m_session(std::make_unique<Session>(std::move(lesson))),
      m_timer(std::make_unique<PresentationTimer>()),
      m_dispatcher(std::make_unique<CommandDispatcher>(*m_session, *m_timer)),
      m_placement(std::make_unique<ScreenPlacement>(options.projectorScreen, options.windowed)),
      m_projector(std::make_unique<ProjectorWindow>(*m_session, *m_dispatcher)),
      m_console(std::make_unique<ConsoleWindow>(*m_session, *m_timer, *m_dispatcher, *m_placement))
{
    const QStringList problems = m_dispatcher->bindings().loadOverrides(KeyBindings::overridePath());
    for (const QString &problem : problems)
        qCWarning(lcKeys).noquote() << problem;

    CommandDispatcher *d = m_dispatcher.get();
    ConsoleWindow *console = m_console.get();
    connect(d, &CommandDispatcher::overviewToggled, console, &ConsoleWindow::toggleOverview);
    connect(d, &CommandDispatcher::helpToggled, console, &ConsoleWindow::toggleHelp);
    connect(d, &CommandDispatcher::notesZoomed, console, &ConsoleWindow::zoomNotes);
    connect(d, &CommandDispatcher::notesScrolled, console, &ConsoleWindow::scrollNotes);
    connect(d, &CommandDispatcher::swapScreensRequested, m_placement.get(), &ScreenPlacement::swap);
    connect(d, &CommandDispatcher::quitRequested, this, &Presenter::confirmQuit);
    connect(d, &CommandDispatcher::escapeRequested, this, &Presenter::leaveFullScreenOrOverlay);
    connect(d, &CommandDispatcher::startRequested, this, [this] {
        m_fullScreen = true;
        place();
    });
    connect(m_placement.get(), &ScreenPlacement::changed, this, &Presenter::place);
    auto painted = [this] {
        if (++m_painted == 2)
            emit firstPainted();
    };
    connect(m_projector.get(), &ProjectorWindow::firstPainted, this, painted);
    connect(m_console.get(), &ConsoleWindow::firstPainted, this, painted);
    connect(d, &CommandDispatcher::flipchartRequested, console, [console] { console->openFlipchartInput(); });
    if (options.film)
        setUpFilm(options);
    // The elapsed time starts with the lesson (F5 or the first Next), not with the program.
    connect(d, &CommandDispatcher::openLessonRequested, this, &Presenter::chooseLesson);
    connect(d, &CommandDispatcher::uiLanguageRequested, this, &Presenter::changeUiLanguage);
    // --room-address, else the network chosen last time (Shift+J), else the first network found.
    const QString roomAddress = options.roomAddress.isEmpty() ? QSettings().value(kRoomAddressSetting).toString() : options.roomAddress;
    m_room = std::make_unique<RoomSync>(*m_session, *d, *m_timer, roomAddress);
    connect(d, &CommandDispatcher::roomAddressRequested, this, &Presenter::chooseRoomAddress);
    connect(m_room.get(), &RoomSync::notice, console, &ConsoleWindow::setNotice);
    watchLesson();
    if (options.record) {
        const QString notice = openRecord();
        if (!notice.isEmpty())
            m_console->setNotice(notice);
        m_console->setRecordSource([this] { return m_records->document(); });
    }
}

QString Presenter::openRecord()
{
    m_records = std::make_unique<RecordKeeper>(*m_session, *m_timer);
    connect(m_records.get(), &RecordKeeper::problemChanged, m_console.get(), &ConsoleWindow::setRecordProblem);
    QString notice = m_records->open(m_options, m_console.get());  // resumed, or a damaged record set aside
    m_console->setRecordProblem(m_records->problem());
    // The room is kept beside the record, and comes back with it.
    m_room->keepIn(roomsnapshot::pathBeside(m_records->path()));
    if (m_records->resumed()) {
        const QString room = m_room->resumeKept();
        if (!room.isEmpty()) {
            qCInfo(lcRoom).noquote() << room;
            notice += QLatin1Char(' ') + room;
        }
    }
    return notice;
}

void Presenter::watchLesson()
{
    if (!m_options.watch && !m_options.author)  // the stop editor's changes show at once
        return;
    ConsoleWindow *console = m_console.get();
    m_watcher = std::make_unique<LessonWatcher>(*m_session, QString::fromStdString(m_session->lesson().file.string()));
    connect(m_watcher.get(), &LessonWatcher::reloaded, console, [console] { console->setNotice(tr("The lesson was reloaded.")); });
    connect(m_watcher.get(), &LessonWatcher::rejected, console, [console](const QStringList &errors) {
        for (const QString &e : errors)
            qCWarning(lcLesson).noquote() << e;
        const int count = int(errors.size());
        console->setNotice(tr("The saved lesson has %n error(s); the last good version stays on screen. %1", nullptr, count)
                               .arg(errors.value(0)));
    });
}

QStringList Presenter::offeredLessons() const
{
    QStringList files;
    const Lesson &lesson = m_session->lesson();
    for (const Slide &slide : lesson.slides)
        for (const LinkedLesson &link : slide.nextLessons)
            if (const QString file = QString::fromStdString(lesson.linkedLessonFile(link.id).string()); QFileInfo::exists(file))
                files << file;
    return files;
}

void Presenter::chooseLesson()
{
    // The lesson's own folder of lessons: the summary's choices are its siblings.
    const QString lessonsDir = QFileInfo(QString::fromStdString(m_session->lesson().file.parent_path().parent_path().string()))
                                   .absoluteFilePath();
    QStringList folders{lessonsDir};
    for (const QString &folder : lessonFolders())
        if (QFileInfo(folder).canonicalFilePath() != QFileInfo(lessonsDir).canonicalFilePath())
            folders << folder;
    LessonPicker picker(folders, m_console.get());
    picker.preferFiles(offeredLessons());
    if (picker.exec() == QDialog::Accepted && !picker.chosenFile().isEmpty())
        openLesson(picker.chosenFile());
}

void Presenter::chooseRoomAddress()
{
    std::vector<RoomAddressDialog::Choice> choices;
    for (const RoomAddressChoice &choice : roomAddressChoices())
        choices.push_back({choice.network, choice.address.toString()});
    const QString current = m_room->server() ? m_room->server()->address().toString() : m_room->address();
    RoomAddressDialog dialog(choices, current, m_console.get());
    if (dialog.exec() != QDialog::Accepted || dialog.chosenAddress().isEmpty())
        return;
    QSettings().setValue(kRoomAddressSetting, dialog.chosenAddress());
    m_room->setAddress(dialog.chosenAddress());
    if (!m_room->server())
        m_console->setNotice(tr("The room will listen on %1 when %2 turns it on.")
                                 .arg(dialog.chosenAddress(), m_dispatcher->bindings().keysText(Action::Participation)));
}

bool Presenter::openLesson(const QString &file)
{
    QString problems;
    QTextStream err(&problems);
    LoadResult result = loadAndReport(file, err);
    if (!result.ok()) {
        m_console->setNotice(tr("The lesson %1 has errors and was not opened: %2")
                                 .arg(file, QString::fromStdString(result.diagnostics.front().format())));
        return false;
    }
    m_session->noteNextLesson(result.lesson->id, result.lesson->title);  // into the record that closes now
    if (m_records)
        m_records->finish();
    m_records.reset();
    m_watcher.reset();
    const bool needsPlayer = !result.lesson->films.empty() && !m_player;
    m_session->startLesson(std::move(*result.lesson));
    if (needsPlayer && m_options.film)
        setUpFilm(m_options);
    m_timer->reset();
    m_timer->pause();  // the new lesson's time starts with its first Next
    watchLesson();
    QString notice;
    if (m_options.record)
        notice = openRecord();
    m_console->setNotice(notice.isEmpty() ? tr("Opened %1.").arg(QString::fromStdString(m_session->lesson().title)) : notice);
    return true;
}

void Presenter::setUpFilm(const Options &options)
{
    if (m_session->lesson().films.empty())
        return;
    m_openGL = options.video == Options::Video::OpenGL
               || (options.video == Options::Video::Auto && GlVideoWidget::available());
    const FilmPlayer::Output output = m_openGL ? FilmPlayer::Output::OpenGL : FilmPlayer::Output::Software;
    m_player = std::make_unique<FilmPlayer>(FilmPlayer::Settings{output, options.filmAudio, options.filmSpeed});
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
    if (options.author) {
        connect(m_dispatcher.get(), &CommandDispatcher::markRequested, this, [this] {
            QTextStream(stdout) << m_filmSync->stopEntryForPosition() << Qt::endl;
        });
        m_stopEditing = new StopEditing(*m_session, *m_player, *m_filmSync, *m_console);
        connect(m_dispatcher.get(), &CommandDispatcher::stopEditorRequested, m_stopEditing, &StopEditing::toggle);
    }
}

Presenter::~Presenter() = default;

void Presenter::show()
{
    place();
    m_console->activateWindow();
    m_console->setFocus();
}

void Presenter::place()
{
    QScreen *projectorScreen = m_placement->projectorScreen();
    QScreen *consoleScreen = m_placement->consoleScreen();
    if (!m_console->isVisible()) {
        m_console->setScreen(consoleScreen);
        m_console->move(consoleScreen->availableGeometry().topLeft());
        if (m_placement->windowed() || !projectorScreen)
            m_console->resize(std::min(1440, consoleScreen->availableGeometry().width()),
                              std::min(900, consoleScreen->availableGeometry().height()));
        m_placement->windowed() ? m_console->show() : m_console->showMaximized();
    }
    if (m_placement->projectorLost()) {
        m_projector->hide();  // nothing is lost: the session goes on, and the console says so
        return;
    }
    if (!projectorScreen) {
        // Rehearsal: one screen, or --windowed. The projector is a normal window beside the console.
        m_projector->setWindowFlag(Qt::FramelessWindowHint, false);
        if (!m_projector->isVisible()) {
            m_projector->resize(960, 540);
            m_projector->show();
        }
        return;
    }
    m_projector->setWindowFlag(Qt::FramelessWindowHint, m_fullScreen);
    m_projector->setScreen(projectorScreen);
    m_projector->setGeometry(projectorScreen->geometry());
    if (m_fullScreen)
        m_projector->showFullScreen();
    else
        m_projector->showNormal();
}

void Presenter::leaveFullScreenOrOverlay()
{
    if (m_console->closeOverlay() || m_room->closePairing())
        return;
    if (m_fullScreen && m_placement->projectorScreen()) {
        m_fullScreen = false;
        place();
    }
}

void Presenter::confirmQuit()
{
    if (askOnConsole(m_console.get(), tr("Quit Stoppunkt?"), tr("Quit the lesson? The projector will close."), false)) {
        if (m_records)
            m_records->finish();
        QApplication::quit();
    }
}

void Presenter::changeUiLanguage()
{
    if (!m_uiTranslator)
        return;
    const QString code = m_uiTranslator->useNext();
    rememberUiLanguage(code);
    m_console->setNotice(tr("Console language: %1 (%2 changes it). The projector keeps the lesson's language.")
                             .arg(uiLanguageName(code), m_dispatcher->bindings().keysText(Action::UiLanguage)));
}

int runPresenter(const Options &options, const QElapsedTimer &sinceStart, UiTranslator &translator)
{
    QString file = options.lessons.value(0);
    if (file.isEmpty()) {
        LessonPicker picker(lessonFolders());
        if (picker.exec() != QDialog::Accepted || picker.chosenFile().isEmpty())
            return ExitOk;
        file = picker.chosenFile();
    }
    QTextStream err(stderr);
    LoadResult result = loadAndReport(file, err);
    if (!result.ok()) {
        if (options.interactive)
            tellOnConsole(nullptr, QObject::tr("Stoppunkt"),
                          QObject::tr("The lesson %1 has errors and cannot be opened:\n\n%2")
                              .arg(file, QString::fromStdString(result.diagnostics.front().format())));
        return ExitLessonErrors;
    }
    Presenter presenter(std::move(*result.lesson), options);
    presenter.setUiTranslator(&translator);
    QObject::connect(&presenter, &Presenter::firstPainted, &presenter, [&] {
        if (options.timing)
            QTextStream(stdout) << "first paint of both windows: " << sinceStart.elapsed() << " ms after start\n";
        if (options.exitAfterPaint)
            QCoreApplication::quit();
    });
    presenter.show();
    if (!options.script.isEmpty())
        ScriptDriver::run(presenter, options.script);
    if (options.printState)
        ScriptDriver::printState(presenter);
    return QApplication::exec();
}

} // namespace stoppunkt
