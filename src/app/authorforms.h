// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace stoppunkt {

class AuthorMode;
class ConsoleWindow;
class NotesEditor;
class QuestionForm;
class SessionView;

/// Author mode's two forms over the console: a slide's notes, over the notes panel, and the question at a
/// film's stop, over the whole console. Saving writes through the lesson file; a refusal stays in the form,
/// in one line, with everything typed kept, and the file unchanged.
class AuthorForms : public QObject {
    Q_OBJECT
public:
    AuthorForms(AuthorMode &author, const SessionView &session, ConsoleWindow &console);
    ~AuthorForms() override;

    void openNotes();
    /// The question of this film-question slide, or at the stop the stop editor shows, or at the stop this
    /// slide's film runs to; a new one when none is asked there yet.
    void openQuestion();
    NotesEditor *notesEditor() const;
    QuestionForm *questionForm() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveNotes();
    void saveQuestion();
    void closeForms();
    void placeForms();
    /// The stop the question is about: the film's index and the stop's id (empty when there is none).
    std::pair<int, std::string> questionStop() const;

    AuthorMode &m_author;
    const SessionView &m_session;
    ConsoleWindow &m_console;
    QPointer<NotesEditor> m_notes;
    QPointer<QuestionForm> m_question;
    int m_slide = -1;  ///< the slide the open form writes (the question's slide; -1 for a new question)
};

}  // namespace stoppunkt
