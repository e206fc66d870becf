// SPDX-License-Identifier: MIT
#include "app/authorforms.h"

#include "app/authormode.h"
#include "app/stopediting.h"
#include "authoring/lessoneditor.h"
#include "authoring/stopeditor.h"
#include "session/sessionview.h"
#include "ui/consolewindow.h"
#include "ui/noteseditor.h"
#include "ui/notestextedit.h"
#include "ui/questionform.h"

#include <QEvent>

namespace stoppunkt {

namespace {
constexpr int kNewQuestionOptions = 4;  ///< the course's questions have four; empty ones at the end are left out
}

AuthorForms::AuthorForms(AuthorMode &author, const SessionView &session, ConsoleWindow &console)
    : m_author(author), m_session(session), m_console(console)
{
    m_console.installEventFilter(this);
}

AuthorForms::~AuthorForms()
{
    m_console.removeEventFilter(this);  // the open forms are the console's children and go with it
}

NotesEditor *AuthorForms::notesEditor() const
{
    return m_notes.data();
}

QuestionForm *AuthorForms::questionForm() const
{
    return m_question.data();
}

bool AuthorForms::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_console && event->type() == QEvent::Resize)
        placeForms();
    return QObject::eventFilter(watched, event);
}

void AuthorForms::placeForms()
{
    if (m_notes)
        m_notes->setGeometry(m_console.notesPanelRect().toAlignedRect());
    if (m_question)
        m_question->setGeometry(m_console.rect());
}

void AuthorForms::closeForms()
{
    for (QWidget *form : {static_cast<QWidget *>(m_notes), static_cast<QWidget *>(m_question)})
        if (form) {
            form->hide();
            form->deleteLater();  // it may be in its own key handler
        }
    m_notes = nullptr;
    m_question = nullptr;
    if (StopEditing *stops = m_author.stopEditing(); stops && stops->isOpen())
        stops->view()->setFocus();
    else
        m_console.setFocus();
}

void AuthorForms::openNotes()
{
    closeForms();
    m_slide = m_session.slideIndex();
    const Slide &slide = m_session.slide();
    m_notes = new NotesEditor(QString::fromStdString(slide.title), slide.notes, &m_console);
    connect(m_notes, &NotesEditor::saveRequested, this, &AuthorForms::saveNotes);
    connect(m_notes, &NotesEditor::closeRequested, this, &AuthorForms::closeForms);
    placeForms();
    m_notes->show();
    m_notes->raise();
    m_notes->text().setFocus();
}

void AuthorForms::saveNotes()
{
    LessonEditor *editor = m_author.editor();
    if (!m_notes || !editor)
        return;
    if (!editor->writeNotes(m_slide, m_notes->notes())) {
        m_notes->setRefusal(tr("Not saved: %1").arg(editor->problem()));
        return;
    }
    closeForms();
    m_console.setNotice(tr("The notes were written. Alt+Backspace takes them back."));
}

std::pair<int, std::string> AuthorForms::questionStop() const
{
    const Lesson &lesson = m_session.lesson();
    if (StopEditing *stops = m_author.stopEditing(); stops && stops->isOpen()) {
        const StopEditor &editor = *stops->editor();
        const int here = editor.stopHere();
        return {editor.film(), here >= 0 ? editor.stops()[std::size_t(here)].id : std::string()};
    }
    const Slide &slide = m_session.slide();
    if (slide.kind == SlideKind::FilmQuestion)
        return {lesson.filmIndex(slide.question.filmId), slide.question.stopId};
    if (const auto segment = m_session.segment(); segment && !segment->playsToEnd())
        return {segment->film, lesson.films[std::size_t(segment->film)].stops[std::size_t(segment->toStop)].id};
    return {-1, {}};
}

void AuthorForms::openQuestion()
{
    const auto question = questionStop();
    const int film = question.first;
    const std::string stopId = question.second;
    if (film < 0 || stopId.empty()) {
        m_console.setNotice(tr("Go to a question, or to a stop in the stop editor (Shift+M), to write the question asked there."));
        return;
    }
    closeForms();
    const Lesson &lesson = m_session.lesson();
    const Film &filmData = lesson.films[std::size_t(film)];
    QuestionDraft draft;
    m_slide = -1;
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const Slide &s = lesson.slides[i];
        if (s.kind == SlideKind::FilmQuestion && s.question.filmId == filmData.id && s.question.stopId == stopId) {
            m_slide = int(i);
            draft = {s.title, s.question, s.notes};
            break;
        }
    }
    const int number = filmData.stopIndex(stopId) + 1;
    if (m_slide < 0) {
        draft.title = tr("Film #%1").arg(number).toStdString();
        draft.question.filmId = filmData.id;
        draft.question.stopId = stopId;
        draft.question.options.resize(kNewQuestionOptions);
        draft.question.answer = 0;
    }
    const QString heading = m_slide < 0 ? tr("A new question at stop %1 of “%2”").arg(number).arg(QString::fromStdString(filmData.title))
                                        : tr("The question at stop %1 of “%2”").arg(number).arg(QString::fromStdString(filmData.title));
    SlideFrame room = frameFor(m_session, m_session.thumbnailOf(m_session.slideIndex()));
    room.slideCount = m_session.slideCount() + (m_slide < 0 ? 1 : 0);
    m_question = new QuestionForm(heading, draft, room, &m_console);
    connect(m_question, &QuestionForm::saveRequested, this, &AuthorForms::saveQuestion);
    connect(m_question, &QuestionForm::closeRequested, this, &AuthorForms::closeForms);
    placeForms();
    m_question->show();
    m_question->raise();
    m_question->activateWindow();
}

void AuthorForms::saveQuestion()
{
    LessonEditor *editor = m_author.editor();
    if (!m_question || !editor)
        return;
    QuestionDraft draft = m_question->draft();
    if (draft.question.answer < 1) {
        m_question->setRefusal(tr("Not saved: mark which option is the right one."));
        return;
    }
    // Options left empty at the end are not options (a new question offers four).
    auto &options = draft.question.options;
    while (options.size() > 2 && options.back().text.empty() && options.back().feedback.empty() && options.back().talkingPoints.empty())
        options.pop_back();
    const bool fresh = m_slide < 0;
    const bool ok = fresh ? editor->addQuestion(draft, m_session.slideIndex()) >= 0 : editor->editQuestion(m_slide, draft);
    if (!ok) {
        m_question->setRefusal(tr("Not saved: %1").arg(editor->problem()));
        return;
    }
    closeForms();
    m_console.setNotice(fresh ? tr("The question “%1” was added. Alt+Backspace takes it back.").arg(QString::fromStdString(draft.title))
                              : tr("The question “%1” was written. Alt+Backspace takes it back.").arg(QString::fromStdString(draft.title)));
}

}  // namespace stoppunkt
