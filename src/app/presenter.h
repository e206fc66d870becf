// SPDX-License-Identifier: MIT
#pragma once

#include "options.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace stoppunkt {

struct Lesson;
class CommandDispatcher;
class ConsoleWindow;
class FilmPlayer;
class FilmSync;
class LessonWatcher;
class PresentationTimer;
class ProjectorWindow;
class RecordKeeper;
class RoomSync;
class StopEditing;
class ScreenPlacement;
class Session;
class UiTranslator;

/// The wiring, in one place: the session, the timer, the input, the two windows and their screens.
/// The windows never talk to each other; everything meets here.
class Presenter : public QObject {
    Q_OBJECT
public:
    Presenter(Lesson lesson, const Options &options, QObject *parent = nullptr);
    ~Presenter() override;

    Session &session() { return *m_session; }
    CommandDispatcher &dispatcher() { return *m_dispatcher; }
    ProjectorWindow &projector() { return *m_projector; }
    ConsoleWindow &console() { return *m_console; }
    ScreenPlacement &placement() { return *m_placement; }
    PresentationTimer &timer() { return *m_timer; }
    /// The film player; nullptr when the presenter runs without one.
    FilmPlayer *player() { return m_player.get(); }
    StopEditing *stopEditing() { return m_stopEditing; }
    /// Which surface shows the film: OpenGL or software.
    bool usesOpenGL() const { return m_openGL; }
    /// The session record; nullptr when the presenter keeps none (the walkthrough).
    RecordKeeper *records() { return m_records.get(); }
    /// The room's phones (participation, votes, suggestions).
    RoomSync &room() { return *m_room; }
    /// The live-preview watcher (--watch); nullptr otherwise.
    LessonWatcher *watcher() { return m_watcher.get(); }
    /// Shows both windows on their screens (full screen for the projector unless rehearsing).
    void show();
    /// Goes on with another lesson from its first slide: the record of this one is closed and a new one
    /// begins. A lesson with errors is not opened; the console says why, and this lesson stays.
    bool openLesson(const QString &file);
    /// Asks which lesson to open next, the summary slide's choices first (key O).
    void chooseLesson();
    /// The lesson files the summary slide offers, in its order (those that exist).
    QStringList offeredLessons() const;
    /// Lets the language key (L) switch the console's language through `translator`, and remember it.
    void setUiTranslator(UiTranslator *translator) { m_uiTranslator = translator; }
    /// Switches the console to the next UI language, remembers it and says so in the status line.
    void changeUiLanguage();
    /// Asks where the room's phones join (key Shift+J), remembers the choice, and moves an open room there.
    void chooseRoomAddress();

signals:
    /// Both windows have painted their first frame.
    void firstPainted();

private:
    void place();
    void confirmQuit();
    void leaveFullScreenOrOverlay();
    void setUpFilm(const Options &options);
    void watchLesson();
    /// Opens the session record of the current lesson; returns the notice for the console, if any.
    QString openRecord();

    Options m_options;
    UiTranslator *m_uiTranslator = nullptr;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PresentationTimer> m_timer;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
    std::unique_ptr<ScreenPlacement> m_placement;
    // The player outlives the windows: the projector's OpenGL surface frees its render context first.
    std::unique_ptr<FilmPlayer> m_player;
    std::unique_ptr<ProjectorWindow> m_projector;
    std::unique_ptr<ConsoleWindow> m_console;
    std::unique_ptr<FilmSync> m_filmSync;
    std::unique_ptr<RecordKeeper> m_records;
    std::unique_ptr<RoomSync> m_room;
    std::unique_ptr<LessonWatcher> m_watcher;
    StopEditing *m_stopEditing = nullptr;  ///< author mode only; a child of the console
    bool m_fullScreen = true;
    bool m_openGL = false;
    int m_volume = 100;
    int m_painted = 0;
};

/// Loads the lesson (or asks for one), shows the presenter and runs the event loop.
int runPresenter(const Options &options, const QElapsedTimer &sinceStart, UiTranslator &translator);

} // namespace stoppunkt
