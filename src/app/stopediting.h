// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QWidget>

#include <memory>

namespace stoppunkt {

class ConsoleWindow;
class FilmPlayer;
class FilmSync;
class LessonFile;
class SessionView;
class StopEditor;
class StopEditorView;
class VideoFrames;

/// Author mode's stop editor, opened over the console on a slide with film: while it is open the player shows
/// the frames the editor asks for (FilmSync leaves it alone), each change is written into the lesson file and
/// the session takes each version at once; closing it puts the film back where the session is.
class StopEditing : public QObject {
    Q_OBJECT
public:
    StopEditing(const SessionView &session, FilmPlayer &player, FilmSync &sync, ConsoleWindow &console);
    ~StopEditing() override;

    /// Opens the editor on `file` (the lesson the session shows), or closes it.
    void toggle(LessonFile &file);
    bool isOpen() const { return m_view != nullptr; }
    StopEditor *editor() { return m_editor.get(); }
    QWidget *view();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(LessonFile &file);
    void close();

    const SessionView &m_session;
    FilmPlayer &m_player;
    FilmSync &m_sync;
    ConsoleWindow &m_console;
    std::unique_ptr<StopEditor> m_editor;
    std::unique_ptr<StopEditorView> m_view;
};

}  // namespace stoppunkt
