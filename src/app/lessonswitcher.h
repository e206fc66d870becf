// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace stoppunkt {

class ConsoleWindow;
class LessonWatcher;
class PresentationTimer;
class RecordKeeper;
class CommandDispatcher;
class RoomSync;
class Session;

/// The lesson being presented and the change to another. What belongs to one lesson opens and closes with
/// it: its session record (and the room kept beside it) and, with --watch or --author, the watcher of its file.
class LessonSwitcher : public QObject {
    Q_OBJECT
public:
    LessonSwitcher(Session &session, CommandDispatcher &dispatcher, PresentationTimer &timer, RoomSync &room, ConsoleWindow &console,
                   const Options &options, QObject *parent = nullptr);
    ~LessonSwitcher() override;

    /// Opens the first lesson's record and watcher; the console tells what happened (resumed, set aside).
    void start();
    /// Goes on with another lesson from its first slide: the record of this one is closed and a new one
    /// begins. A lesson with errors is not opened; the console says why, and this lesson stays.
    bool open(const QString &file);
    /// Asks which lesson to open next, the summary slide's choices first (key O).
    void choose();
    /// The lesson files the summary slide offers, in its order (those that exist).
    QStringList offered() const;
    /// Closes the record as ended (the program quits cleanly).
    void finish();

    /// The session record; nullptr when none is kept (the walkthrough).
    RecordKeeper *records() { return m_records.get(); }
    /// The live-preview watcher; nullptr without --watch or --author.
    LessonWatcher *watcher() { return m_watcher.get(); }

signals:
    /// Another lesson is now in the session (before its record opens): the film player may be needed now.
    void lessonStarted();

private:
    void watchLesson();
    /// Opens the session record of the current lesson; returns the notice for the console, if any.
    QString openRecord();

    Session &m_session;  ///< for the record only, which resumes it; every change goes through the dispatcher
    CommandDispatcher &m_dispatcher;
    PresentationTimer &m_timer;
    RoomSync &m_room;
    ConsoleWindow &m_console;
    const Options &m_options;
    std::unique_ptr<RecordKeeper> m_records;
    std::unique_ptr<LessonWatcher> m_watcher;
};

}  // namespace stoppunkt
