// SPDX-License-Identifier: MIT
// The course author's road, as a new user would take it, without opening the JSON: a PowerPoint deck with
// its film imported, two stops set on the film, a question written at each with feedback and talking points,
// notes added to three slides, and the lesson presented. Afterwards the file differs from the import only in
// the members written, and it validates.
#include "app/authorforms.h"
#include "app/authormode.h"
#include "app/stopediting.h"
#include "authoring/stopeditor.h"
#include "filmdecks.h"
#include "input/commanddispatcher.h"
#include "media/filmplayer.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/noteseditor.h"
#include "ui/notestextedit.h"
#include "ui/questionform.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// A deck of three slides, the second carrying the demo film, imported as an author would.
QString importedDeck(const QTemporaryDir &dir)
{
    QList<PptxSlide> slides{
        {shape("title", {"Velkommen"}), {"Byd velkommen."}, false, {}, {}, false},
        {shape("title", {"Filmen om Morten"}) + filmShape("rId5"), {"Vis filmen."}, false, {}, {{"rId5", "../media/media1.mp4"}}, false},
        {shape("title", {"Opsamling"}), {}, false, {}, {}, false},
    };
    QMap<QString, QByteArray> members = pptxPackage(slides, "Morten");
    members["ppt/media/media1.mp4"] = demoFilm();
    const QString pptx = dir.filePath("morten.pptx");
    writePackage(pptx, members);
    ImportRequest request{pptx, dir.filePath("morten"), QStringLiteral("da"), {}, {}, false, probeWithMpv()};
    writeDeck(dir.filePath("converted.pdf"), 3);
    request.office = fakeOffice(dir, dir.filePath("converted.pdf"));
    const ImportReport report = importDeck(request);
    INFO(report.lines.join('\n').toStdString() << report.problem.toStdString());
    REQUIRE(report.ok);
    return report.lessonFile;
}

/// The question form, filled in as the author types.
void writeQuestion(QuestionForm &form, const QString &prompt, const QStringList &options, int right, const QString &feedback,
                   const QString &talkingPoint)
{
    auto fieldNamed = [&](const QString &name) {
        for (QLineEdit *f : form.findChildren<QLineEdit *>())
            if (f->accessibleName() == name)
                return f;
        FAIL("no field " << name.toStdString());
        return static_cast<QLineEdit *>(nullptr);
    };
    QLineEdit *question = form.findChildren<QLineEdit *>().at(1);
    QTest::keyClicks(question, prompt);
    for (int i = 0; i < options.size(); ++i)
        QTest::keyClicks(fieldNamed(QStringLiteral("Option %1").arg(i + 1)), options[i]);
    form.findChildren<QRadioButton *>().at(right - 1)->click();
    QTest::keyClicks(fieldNamed(QStringLiteral("Feedback of option %1").arg(right)), feedback);
    for (QPlainTextEdit *points : form.findChildren<QPlainTextEdit *>())
        if (points->accessibleName() == QStringLiteral("Talking points of option %1").arg(right))
            QTest::keyClicks(points, talkingPoint);
    QTest::keyClick(question, Qt::Key_Return, Qt::ControlModifier);
}

void writeNote(Presenter &p, int slide, const QString &text)
{
    p.session().goTo(slide);
    p.dispatcher().trigger(Action::EditNotes);
    NotesEditor *editor = p.authorMode()->forms()->notesEditor();
    REQUIRE(editor);
    QTest::keyClick(&editor->text(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(&editor->text(), Qt::Key_Return);
    QTest::keyClicks(&editor->text(), text);
    QTest::keyClick(&editor->text(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return p.authorMode()->forms()->notesEditor() == nullptr; }));
}
}  // namespace

TEST_CASE("an author imports a deck with its film, sets two stops, writes a question at each and notes on three slides, and presents it")
{
    QTemporaryDir dir;
    const QString file = importedDeck(dir);
    const QByteArray imported = contents(file);
    LoadResult loaded = loadLessonFile(file.toStdString());
    REQUIRE(loaded.ok());
    Options options = authorMode();
    options.filmSpeed = 25;  // each part of the film takes over two seconds: long enough to stop on under the sanitizer
    Presenter p(std::move(*loaded.lesson), options);
    p.show();
    p.console().resize(1280, 720);
    Session &s = p.session();

    // The film's slide: Next starts the announced film; once it is open, Shift+M opens the stop editor.
    s.goTo(1);
    s.next();
    REQUIRE(waitUntil([&] { return p.player()->duration() > 0 && s.filmAvailable(); }, 30000));
    p.dispatcher().trigger(Action::EditStops);
    REQUIRE(p.stopEditing()->isOpen());
    StopEditor &editor = *p.stopEditing()->editor();
    QWidget *view = p.stopEditing()->view();
    for (const qint64 at : {60000, 120000}) {
        editor.scrubTo(at);  // a click on the timeline
        QTest::keyClick(view, Qt::Key_S);
    }
    REQUIRE(editor.stops().size() == 2);

    QTest::keyClick(view, Qt::Key_PageUp);  // back to stop 1
    QTest::keyClick(view, Qt::Key_Q, Qt::ShiftModifier);
    REQUIRE(p.authorMode()->forms()->questionForm());
    writeQuestion(*p.authorMode()->forms()->questionForm(), "Hvad skal Morten sige først?", {"Undskyld", "Det er ikke min skyld", "Lyt"}, 3,
                  "Ja: lyt, før du svarer.", "Hvad hører Morten?");
    REQUIRE(waitUntil([&] { return p.authorMode()->forms()->questionForm() == nullptr; }));
    QTest::keyClick(view, Qt::Key_PageDown);  // on to stop 2
    QTest::keyClick(view, Qt::Key_Q, Qt::ShiftModifier);
    REQUIRE(p.authorMode()->forms()->questionForm());
    writeQuestion(*p.authorMode()->forms()->questionForm(), "Hvordan slutter Morten samtalen?", {"Med en aftale", "Med en undskyldning"}, 1,
                  "Ja: en aftale, kunden kan regne med.", "Hvad lovede han?");
    REQUIRE(waitUntil([&] { return p.authorMode()->forms()->questionForm() == nullptr; }));
    QTest::keyClick(view, Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !p.stopEditing()->isOpen(); }));

    writeNote(p, 0, QStringLiteral("Præsenter dagens program."));
    writeNote(p, 1, QStringLiteral("Spørg salen, før svaret vises."));
    writeNote(p, 4, QStringLiteral("Saml op på tavlen."));

    // The lesson: the two questions before the film's slide, which now plays from stop 2 on.
    const Lesson lesson = loadStrictly(file);
    REQUIRE(lesson.slides.size() == 5);
    CHECK(lesson.slides[1].question.stopId == lesson.films[0].stops[0].id);
    CHECK(lesson.slides[1].question.options[2].feedback == "Ja: lyt, før du svarer.");
    CHECK(lesson.slides[1].question.options[2].talkingPoints == std::vector<std::string>{"Hvad hører Morten?"});
    CHECK(lesson.slides[2].question.stopId == lesson.films[0].stops[1].id);
    CHECK(lesson.slides[2].question.answer == 1);
    CHECK(lesson.slides[3].kind == SlideKind::FilmSegment);
    CHECK(lesson.slides[3].fromStop == lesson.films[0].stops[1].id);
    CHECK(lesson.slides[0].notes.back().text == "Præsenter dagens program.");
    CHECK(lesson.slides[1].notes.back().text == "Spørg salen, før svaret vises.");
    CHECK(lesson.slides[4].notes.back().text == "Saml op på tavlen.");

    // Only the members written differ from the import: films' stops, the segment's start, notes, new slides.
    const auto before = nlohmann::json::parse(imported.toStdString());
    const auto after = nlohmann::json::parse(contents(file).toStdString());
    for (const auto &[key, value] : before.items())
        if (key != "films" && key != "slides")
            CHECK(after.at(key) == value);
    auto film = after.at("films").at(0);
    film.erase("stops");
    CHECK(film == before.at("films").at(0));
    const std::vector<std::pair<int, int>> kept{{0, 0}, {1, 3}, {2, 4}};  // import's slide → its place now
    for (const auto &[was, now] : kept) {
        auto slide = after.at("slides").at(std::size_t(now));
        auto original = before.at("slides").at(std::size_t(was));
        slide.erase("notes");
        original.erase("notes");
        slide.erase("from");
        CHECK(slide == original);
    }
    QProcess validate;
    validate.start(STOPPUNKT_EXE, {"--validate", file});
    REQUIRE(validate.waitForFinished(60000));
    INFO(validate.readAllStandardOutput().toStdString() << validate.readAllStandardError().toStdString());
    CHECK(validate.exitCode() == 0);

    // Presented: the film runs to stop 1, the room answers, on to stop 2, then the rest of the film.
    s.goTo(0);
    settle();  // a facilitator takes a breath between two keys: the player has heard of the first
    s.next();
    if (!waitUntil([&] { return s.slideIndex() == 1 && s.filmPhase() == FilmPhase::AtStop; }, 30000))
        FAIL("at slide " << s.slideIndex() + 1 << ", film phase " << int(s.filmPhase()) << ", film at " << p.player()->position()
                         << " ms, paused " << s.filmStatus().paused << ", loaded " << s.filmStatus().loaded);
    CHECK(s.audienceView().slide.question.answer == 0);
    REQUIRE(s.pick(3));
    s.next();
    if (!waitUntil([&] { return s.slideIndex() == 2 && s.filmPhase() == FilmPhase::AtStop; }, 30000))
        FAIL("at slide " << s.slideIndex() + 1 << ", film phase " << int(s.filmPhase()) << ", question phase " << int(s.questionPhase())
                         << ", film at " << p.player()->position() << " ms");
    REQUIRE(s.pick(1));
    s.next();
    REQUIRE(s.slideIndex() == 3);
    CHECK(s.segment()->fromStop == 1);
}
