// SPDX-License-Identifier: MIT
// Author mode's forms, typed into as an author would: a question with æøå at stop 2 of a copy of the seed
// lesson, written from the stop editor, checked by --validate and the walkthrough, its right answer never on
// the projector before the reveal; a slide's notes written in the notes panel; refusals that keep the file;
// and undo back to the author's bytes.
#include "app/authorforms.h"
#include "app/authormode.h"
#include "app/stopediting.h"
#include "authoring/lessoneditor.h"
#include "authoring/stopeditor.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "lessoncopy.h"
#include "media/filmplayer.h"
#include "paintedtext.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/noteseditor.h"
#include "ui/notestextedit.h"
#include "ui/questionform.h"
#include "ui/questionpreview.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include <QFile>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
QByteArray contentOf(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

std::unique_ptr<Presenter> authorOn(const QString &file)
{
    LoadResult loaded = loadLessonFile(file.toStdString());
    REQUIRE(loaded.ok());
    const Options options = authorMode();
    auto p = std::make_unique<Presenter>(std::move(*loaded.lesson), options);
    p->show();
    p->console().resize(1280, 720);
    return p;
}

/// The field the author reaches by its accessible name, as a screen reader would.
template <typename Field> Field *field(QWidget &form, const QString &name)
{
    for (Field *f : form.findChildren<Field *>())
        if (f->accessibleName() == name)
            return f;
    FAIL("no field named " << name.toStdString());
    return nullptr;
}

/// Types `text` into `widget` as an input method commits it (a dead key, or a compose sequence).
void commit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}
}  // namespace

TEST_CASE("an author writes a question with æøå at stop 2 from the stop editor, which validates, shows at stop 2 and hides its answer")
{
    QTemporaryDir dir;
    const QString file = seedLessonCopy(dir);
    copyLinkedLessons(dir);
    const QByteArray original = contentOf(file);
    const std::unique_ptr<Presenter> presenter = authorOn(file);
    Presenter &p = *presenter;
    Session &s = p.session();
    // Stop 2 without its question, as after an import: Film #2's slide deleted (undone at the end).
    REQUIRE(p.authorMode()->editor()->deleteSlide(11));
    REQUIRE(s.slideCount() == 15);
    s.goTo(10);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop && p.player()->duration() > 0; }, 30000));

    p.dispatcher().trigger(Action::EditStops);
    REQUIRE(p.stopEditing()->isOpen());
    QWidget *stops = p.stopEditing()->view();
    QTest::keyClick(stops, Qt::Key_PageDown);  // to stop 2
    REQUIRE(p.stopEditing()->editor()->stopHere() == 1);
    QTest::keyClick(stops, Qt::Key_Q, Qt::ShiftModifier);  // goes on to the console's keys: the question form
    QuestionForm *form = p.authorMode()->forms()->questionForm();
    REQUIRE(form);
    REQUIRE(waitUntil([&] { return form->isVisible(); }));

    QLineEdit *prompt = form->findChildren<QLineEdit *>().at(1);
    REQUIRE(prompt->hasFocus());
    QTest::keyClicks(prompt, QStringLiteral("Hvad gør Morten, når kunden bliver vred på "));
    commit(prompt, QStringLiteral("å"));  // a dead key's letter, as the input method gives it
    QTest::keyClicks(prompt, QStringLiteral("bent kontor?"));
    const QStringList options{"Han beder kunden om at tale pænt", "Han lytter og spørger ind", "Han anerkender følelsen og går til sagen",
                              "Han giver kunden ret i alt"};
    for (int i = 0; i < 4; ++i)
        QTest::keyClicks(field<QLineEdit>(*form, QStringLiteral("Option %1").arg(i + 1)), options[i]);
    QTest::keyClicks(field<QLineEdit>(*form, QStringLiteral("Feedback of option 3")), QStringLiteral("Rigtigt: først følelsen, så sagen."));
    QTest::keyClicks(field<QPlainTextEdit>(*form, QStringLiteral("Talking points of option 1")),
                     QStringLiteral("Hvorfor virker det ikke?"));

    // Saved without a right answer: refused in the form, with nothing typed lost and the file as it was.
    const QByteArray beforeSave = contentOf(file);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    CHECK(p.authorMode()->forms()->questionForm() == form);
    CHECK(contentOf(file) == beforeSave);

    // The preview is the room's: the question with æøå, never the feedback or the talking points.
    form->findChildren<QRadioButton *>().at(2)->click();
    const QStringList preview = paintedTexts(const_cast<QuestionPreview &>(form->preview()));
    const QString shown = preview.join(QLatin1Char(' '));
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("kontor?")));
    CHECK(shown.contains(QStringLiteral("går til sagen")));
    CHECK_FALSE(shown.contains(QStringLiteral("Rigtigt")));
    CHECK_FALSE(shown.contains(QStringLiteral("Hvorfor virker")));
    CHECK(form->preview().frame().view.slide.question.answer == 0);

    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return p.authorMode()->forms()->questionForm() == nullptr; }));
    const LoadResult saved = loadLessonFile(file.toStdString());
    REQUIRE(saved.ok());
    REQUIRE(saved.lesson->slides.size() == 16);
    const Slide &written = saved.lesson->slides[11];  // between Film #1 and Film #3, by its stop
    CHECK(written.question.stopId == "stop-2");
    CHECK(written.question.prompt == "Hvad gør Morten, når kunden bliver vred på åbent kontor?");
    CHECK(written.question.answer == 3);
    CHECK(written.question.options[2].feedback == "Rigtigt: først følelsen, så sagen.");
    CHECK(written.question.options[0].talkingPoints == std::vector<std::string>{"Hvorfor virker det ikke?"});
    CHECK(s.lesson().slides[11].question.prompt == written.question.prompt);  // the session took it at once

    QProcess validate;
    validate.start(STOPPUNKT_EXE, {"--validate", file});
    REQUIRE(validate.waitForFinished(60000));
    INFO(validate.readAllStandardOutput().toStdString() << validate.readAllStandardError().toStdString());
    CHECK(validate.exitCode() == 0);
    QProcess walk;
    walk.start(STOPPUNKT_EXE, {"--walkthrough", dir.filePath("walk"), file});
    REQUIRE(walk.waitForFinished(120000));
    CHECK(walk.exitCode() == 0);
    const QString steps = QString::fromUtf8(contentOf(dir.filePath("walk/index.tsv")));
    // The walkthrough stops the film at stop 2 and shows the new slide (its title given by the form: "Film #2").
    CHECK(written.title == "Film #2");
    CHECK(steps.contains(QStringLiteral("\t12\tfilm-question\tcomplete\tat-stop\tdiscussing\tFilm #2\n")));

    // In the room: the question at stop 2 without its answer or feedback until it is picked.
    p.stopEditing()->toggle(*p.authorMode()->file());
    s.goTo(11);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }, 30000));
    CHECK(s.audienceView().slide.question.answer == 0);
    CHECK(s.audienceView().slide.question.options[2].feedback.empty());
    REQUIRE(s.pick(3));
    CHECK(s.audienceView().slide.question.answer == 3);

    // Undo, twice, gives the author's bytes back.
    p.dispatcher().trigger(Action::UndoEdit);
    p.dispatcher().trigger(Action::UndoEdit);
    CHECK(contentOf(file) == original);
}

TEST_CASE("an author writes a slide's notes in the notes panel, with their kinds, and undo takes them back")
{
    QTemporaryDir dir;
    const QString file = seedLessonCopy(dir);
    const QByteArray original = contentOf(file);
    const std::unique_ptr<Presenter> presenter = authorOn(file);
    Presenter &p = *presenter;
    p.session().goTo(2);
    p.dispatcher().trigger(Action::EditNotes);
    NotesEditor *editor = p.authorMode()->forms()->notesEditor();
    REQUIRE(editor);
    CHECK(editor->geometry() == p.console().notesPanelRect().toAlignedRect());
    NotesTextEdit &text = editor->text();
    REQUIRE(text.hasFocus());
    const std::size_t before = p.session().slide().notes.size();
    QTest::keyClick(&text, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(&text, Qt::Key_Return);
    QTest::keyClicks(&text, QStringLiteral("Spørg: hvem har mødt en kunde på trin fem?"));
    QTest::keyClick(&text, Qt::Key_3, Qt::ControlModifier);  // discuss
    QTest::keyClick(&text, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return p.authorMode()->forms()->notesEditor() == nullptr; }));
    const std::vector<Note> &notes = p.session().slide().notes;
    REQUIRE(notes.size() == before + 1);
    CHECK(notes.back().kind == NoteKind::Discuss);
    CHECK(notes.back().text == "Spørg: hvem har mødt en kunde på trin fem?");
    CHECK(p.session().slideIndex() == 2);
    settle();
    CHECK(paintedTexts(p.console()).join(QLatin1Char(' ')).contains(QStringLiteral("trin fem?")));

    p.dispatcher().trigger(Action::UndoEdit);
    CHECK(contentOf(file) == original);
    CHECK(p.session().slide().notes.size() == before);
}

TEST_CASE("the question form and the notes editor show every field whole at 1280x720 and 1920x1080, and are kept as screenshots")
{
    QTemporaryDir dir;
    const std::unique_ptr<Presenter> presenter = authorOn(seedLessonCopy(dir));
    Presenter &p = *presenter;
    QDir().mkpath(QStringLiteral("author-screenshots"));  // beside the tests in the build folder, to look at
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        p.console().resize(size);
        const QString at = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        p.session().goTo(11);  // Film #2: its question in the form
        p.dispatcher().trigger(Action::EditQuestion);
        QuestionForm *form = p.authorMode()->forms()->questionForm();
        REQUIRE(form);
        settle();
        REQUIRE(p.console().grab().save(QStringLiteral("author-screenshots/question-form-%1.png").arg(at)));
        // Whole: the heading, the hint and the first option's text are painted and not cut by their boxes.
        for (const DrawnText &t : paintedItems(*form)) {
            INFO(at.toStdString() << ": " << t.text.toStdString());
            if (t.text.contains(QStringLiteral("stop 2")) || t.text.contains(QStringLiteral("Ctrl+Enter")))
                CHECK_FALSE(t.clipped);
        }
        QTest::keyClick(form, Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return p.authorMode()->forms()->questionForm() == nullptr; }));

        p.session().goTo(2);
        p.dispatcher().trigger(Action::EditNotes);
        NotesEditor *notes = p.authorMode()->forms()->notesEditor();
        REQUIRE(notes);
        settle();
        REQUIRE(p.console().grab().save(QStringLiteral("author-screenshots/notes-editor-%1.png").arg(at)));
        CHECK(notes->geometry() == p.console().notesPanelRect().toAlignedRect());
        CHECK(notes->notes().size() == p.session().slide().notes.size());
        for (const DrawnText &t : paintedItems(*notes)) {
            INFO(at.toStdString() << ": " << t.text.toStdString());
            CHECK_FALSE(t.clipped);
        }
        QTest::keyClick(&notes->text(), Qt::Key_Escape);
        REQUIRE(waitUntil([&] { return p.authorMode()->forms()->notesEditor() == nullptr; }));
    }
}

TEST_CASE("slides moved, copied, retitled and deleted from the console's keys: the session stays on the slide, the projector agrees")
{
    QTemporaryDir dir;
    const QString file = seedLessonCopy(dir);
    const QByteArray original = contentOf(file);
    const std::unique_ptr<Presenter> presenter = authorOn(file);
    Presenter &p = *presenter;
    Session &s = p.session();
    s.goTo(2);
    const std::string title = s.slide().title;
    QTest::keyClick(&p.console(), Qt::Key_Down, Qt::AltModifier);  // one place later
    CHECK(s.slideIndex() == 3);
    CHECK(s.slide().title == title);
    CHECK(s.audienceView().slide.title == title);  // what the room sees is the moved slide itself
    QTest::keyClick(&p.console(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);  // a copy, shown
    CHECK(s.slideIndex() == 4);
    CHECK(s.slideCount() == 17);
    CHECK(s.slide().title == title);

    QTest::keyClick(&p.console(), Qt::Key_F2);
    auto *dialog = p.console().findChild<QInputDialog *>();
    REQUIRE(dialog);
    dialog->setTextValue(QStringLiteral("Kopi: trappen"));
    dialog->accept();
    CHECK(s.slide().title == "Kopi: trappen");
    CHECK(s.audienceView().slide.title == "Kopi: trappen");

    QTest::keyClick(&p.console(), Qt::Key_Delete, Qt::ShiftModifier);
    CHECK(s.slideCount() == 16);
    CHECK(p.console().notice().contains(QStringLiteral("Kopi: trappen")));
    QTest::keyClick(&p.console(), Qt::Key_Backspace, Qt::AltModifier);  // undo the delete: the slide is back, and shown
    CHECK(s.slideIndex() == 4);
    CHECK(s.slide().title == "Kopi: trappen");
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&p.console(), Qt::Key_Backspace, Qt::AltModifier);  // undo: title, copy, move
    CHECK(contentOf(file) == original);
    CHECK(s.slide().title == title);
    CHECK(s.slideIndex() == 2);
}
