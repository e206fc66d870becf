// SPDX-License-Identifier: MIT
#include "app/authormode.h"

#include "app/authorforms.h"
#include "app/stopediting.h"
#include "authoring/lessoneditor.h"
#include "input/commanddispatcher.h"
#include "session/sessionview.h"
#include "ui/consolewindow.h"
#include "ui/theme.h"

#include <QInputDialog>

namespace stoppunkt {

AuthorMode::AuthorMode(const SessionView &session, CommandDispatcher &dispatcher, FilmPlayer &player, FilmSync &sync,
                       ConsoleWindow &console)
    : QObject(&console),
      m_session(session),
      m_dispatcher(dispatcher),
      m_console(console),
      m_stopEditing(new StopEditing(session, player, sync, console)),
      m_forms(std::make_unique<AuthorForms>(*this, session, console))
{ }

AuthorMode::~AuthorMode() = default;

LessonFile *AuthorMode::file()
{
    const QString path = QString::fromStdString(m_session.lesson().file.string());
    if (m_file && m_file->path() == path)
        return m_file.get();
    m_editor.reset();
    m_file = std::make_unique<LessonFile>(path);
    if (!m_file->open()) {
        m_console.setNotice(m_file->problem());
        m_file.reset();
        return nullptr;
    }
    connect(m_file.get(), &LessonFile::changed, this, &AuthorMode::take);
    m_editor = std::make_unique<LessonEditor>(*m_file);
    return m_file.get();
}

LessonEditor *AuthorMode::editor()
{
    return file() ? m_editor.get() : nullptr;
}

void AuthorMode::take(const Lesson &lesson, int focus, const SlideOrigin &origin)
{
    // The stop editor shows its own frames; the slide moves under it only when it closes.
    m_dispatcher.report(reports::LessonEdited{lesson, origin, m_stopEditing->isOpen() ? -1 : focus});
    emit written(QByteArray::fromStdString(m_file->text()));
}

void AuthorMode::say(bool ok, const QString &done)
{
    if (!ok) {
        m_console.setNotice(tr("Not changed: %1").arg(m_editor ? m_editor->problem() : QString()));
        return;
    }
    const QString warning = m_file ? m_file->newWarning() : QString();
    m_console.setNotice(warning.isEmpty() ? done : tr("%1 Note: %2.").arg(done, warning));
}

void AuthorMode::perform(Action action)
{
    LessonEditor *edit = editor();
    if (!edit)
        return;
    const int here = m_session.slideIndex();
    switch (action) {
    case Action::EditStops: m_stopEditing->toggle(*m_file); break;
    case Action::EditNotes: m_forms->openNotes(); break;
    case Action::EditQuestion: m_forms->openQuestion(); break;
    case Action::MoveSlideEarlier:
    case Action::MoveSlideLater:
        say(edit->moveSlide(here, action == Action::MoveSlideEarlier ? -1 : 1), tr("The slide moved. Alt+Backspace moves it back."));
        break;
    case Action::DuplicateSlide: say(edit->duplicateSlide(here), tr("The slide was copied; the copy is shown.")); break;
    case Action::DeleteSlide: deleteSlide(); break;
    case Action::RetitleSlide: retitle(); break;
    case Action::SplitSlide:
        say(edit->splitSlide(here, m_session.buildStep()), tr("The slide was split: the pages from here on are the next slide."));
        break;
    case Action::UndoEdit:
    case Action::RedoEdit: undoOrRedo(action == Action::UndoEdit); break;
    default: break;
    }
}

void AuthorMode::deleteSlide()
{
    const int here = m_session.slideIndex();
    const QString title = QString::fromStdString(m_session.slide().title);
    say(m_editor->deleteSlide(here), tr("Slide %1 “%2” was deleted. Alt+Backspace brings it back.").arg(here + 1).arg(title));
}

void AuthorMode::undoOrRedo(bool undo)
{
    const QString what = undo ? m_file->undoName() : QString();
    const bool ok = undo ? m_file->undo() : m_file->redo();
    if (!ok)
        m_console.setNotice(m_file->problem());
    else
        m_console.setNotice(undo ? tr("Undone: %1.").arg(what) : tr("Done again: %1.").arg(m_file->undoName()));
}

void AuthorMode::retitle()
{
    auto *dialog = new QInputDialog(&m_console);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStyleSheet(theme::dialogStyleSheet());
    dialog->setWindowTitle(tr("Title of the slide"));
    dialog->setLabelText(tr("The title of slide %1, as the room sees it:").arg(m_session.slideIndex() + 1));
    dialog->setTextValue(QString::fromStdString(m_session.slide().title));
    const int slide = m_session.slideIndex();
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, slide](const QString &title) { say(m_editor && m_editor->retitleSlide(slide, title), tr("The title was changed.")); });
    dialog->open();
}

}  // namespace stoppunkt
