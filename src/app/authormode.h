// SPDX-License-Identifier: MIT
#pragma once

#include "authoring/lessonfile.h"
#include "input/action.h"

#include <QObject>

#include <memory>

namespace stoppunkt {

class AuthorForms;
class ConsoleWindow;
class FilmPlayer;
class FilmSync;
class LessonEditor;
class CommandDispatcher;
class SessionView;
class StopEditing;

/// Author mode (--author): the console edits the lesson it shows. Every edit (stop points, notes, a question,
/// slides moved, copied, deleted, retitled or split) goes through the one lesson file, which checks it, writes
/// only what changed and keeps one undo history; the session takes each new version at once and stays on the
/// slide being edited, its picks, flip charts and ink following their slides.
class AuthorMode : public QObject {
    Q_OBJECT
public:
    AuthorMode(const SessionView &session, CommandDispatcher &dispatcher, FilmPlayer &player, FilmSync &sync, ConsoleWindow &console);
    ~AuthorMode() override;

    /// One of author mode's actions (the dispatcher's request for an author's edit).
    void perform(stoppunkt::Action action);
    StopEditing *stopEditing() { return m_stopEditing; }
    AuthorForms *forms() { return m_forms.get(); }
    /// The file of the lesson the session shows, opened anew when the lesson changed; nothing (the console
    /// says why) when it cannot be read or no longer loads.
    LessonFile *file();
    LessonEditor *editor();

signals:
    /// The lesson file holds these bytes, and the session shows them.
    void written(const QByteArray &text);

private:
    /// The session takes a new version of the file: it stays on `focus` (-1: where it is).
    void take(const Lesson &lesson, int focus, const SlideOrigin &origin);
    void retitle();
    void deleteSlide();
    void undoOrRedo(bool undo);
    /// Tells the console what the edit did, or why it was refused.
    void say(bool ok, const QString &done);

    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    ConsoleWindow &m_console;
    StopEditing *m_stopEditing = nullptr;
    std::unique_ptr<LessonFile> m_file;
    std::unique_ptr<LessonEditor> m_editor;
    std::unique_ptr<AuthorForms> m_forms;
};

}  // namespace stoppunkt
