// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"
#include "input/action.h"

#include <QObject>

#include <memory>

namespace stoppunkt {

struct Lesson;
class AuthorMode;
class CommandDispatcher;
class ConsoleRequests;
class ConsoleWindow;
class FilmPlayer;
class FilmSync;
class LessonSwitcher;
class LessonWatcher;
class PresentationTimer;
class ProjectorWindow;
class RecordKeeper;
class RoomSync;
class StopEditing;
class ScreenPlacement;
class Session;
class SessionView;
class UiTranslator;
class WindowPlacement;

/// The wiring, in one place: the session, the timer, the input, the two windows, the film and the room.
/// The windows never talk to each other; everything meets here. The jobs are elsewhere: WindowPlacement
/// puts the windows on their screens, LessonSwitcher keeps the lesson (its record, its watcher) and changes
/// it, ConsoleRequests runs the console's dialogs and settings. The accessors are for automation and tests.
class Presenter : public QObject {
    Q_OBJECT
public:
    Presenter(Lesson lesson, const Options &options, QObject *parent = nullptr);
    ~Presenter() override;

    Session &session() { return *m_session; }
    /// The session as its readers see it.
    const SessionView &view() const;
    CommandDispatcher &dispatcher() { return *m_dispatcher; }
    ProjectorWindow &projector() { return *m_projector; }
    ConsoleWindow &console() { return *m_console; }
    ScreenPlacement &placement() { return *m_placement; }
    PresentationTimer &timer() { return *m_timer; }
    /// The film player; nullptr when the presenter runs without one.
    FilmPlayer *player() { return m_player.get(); }
    StopEditing *stopEditing();
    /// Author mode's editors; nothing without --author.
    AuthorMode *authorMode() { return m_author; }
    /// Which surface shows the film: OpenGL or software.
    bool usesOpenGL() const { return m_openGL; }
    /// The session record; nullptr when the presenter keeps none (the walkthrough).
    RecordKeeper *records();
    /// The room's phones (participation, votes, suggestions).
    RoomSync &room() { return *m_room; }
    /// The live-preview watcher (--watch); nullptr otherwise.
    LessonWatcher *watcher();
    /// Shows both windows on their screens (full screen for the projector unless rehearsing).
    void show();
    /// Goes on with another lesson (LessonSwitcher::open).
    bool openLesson(const QString &file);
    /// The lesson files the summary slide offers, in its order (those that exist).
    QStringList offeredLessons() const;
    /// Lets the language key (L) switch the console's language through `translator`, and remember it.
    void setUiTranslator(UiTranslator *translator);

signals:
    /// Both windows have painted their first frame.
    void firstPainted();

private:
    void connectConsole();
    /// The dispatcher's requests to the app, each to the one that serves it: the console and the windows,
    /// the room, the film player, the author's edits.
    void serve(Action action);
    bool serveConsole(Action action);
    void servePlayer(Action action);
    void setUpFilm();
    void leaveFullScreenOrOverlay();

    Options m_options;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<PresentationTimer> m_timer;
    std::unique_ptr<CommandDispatcher> m_dispatcher;
    std::unique_ptr<ScreenPlacement> m_placement;
    // The player outlives the windows: the projector's OpenGL surface frees its render context first.
    std::unique_ptr<FilmPlayer> m_player;
    std::unique_ptr<ProjectorWindow> m_projector;
    std::unique_ptr<ConsoleWindow> m_console;
    std::unique_ptr<WindowPlacement> m_windows;
    std::unique_ptr<FilmSync> m_filmSync;
    std::unique_ptr<RoomSync> m_room;
    std::unique_ptr<LessonSwitcher> m_lessons;
    std::unique_ptr<ConsoleRequests> m_requests;
    AuthorMode *m_author = nullptr;  ///< author mode only; a child of the console
    bool m_openGL = false;
    int m_volume = 100;
    int m_painted = 0;
};

}  // namespace stoppunkt
