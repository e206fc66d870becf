// SPDX-License-Identifier: MIT
// Author mode's edits of a lesson file, byte for byte: a slide moved, copied, deleted or retitled, a question
// written or added, each changing only what it changes, in the seed's own layout, with CRLF line ends and with
// tabs; refusals that leave the file as it was; and undo back to the very bytes the author had.
#include "authoring/lessoneditor.h"
#include "authoring/lessonfile.h"
#include "authoring/stopeditor.h"
#include "lesson/arraytext.h"
#include "lesson/lessonloader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <regex>

using namespace stoppunkt;
using stoppunkt::test::minimalLesson;
using stoppunkt::test::replaced;

namespace {
const QString kSeedLesson = QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");

std::string fileBytes(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll().toStdString();
}

/// The seed lesson as an author might have saved it: as it is, with CRLF line ends, or indented with tabs.
enum class Layout { Seed, Crlf, Tabs };

std::string laidOut(std::string text, Layout layout)
{
    if (layout == Layout::Crlf)
        return std::regex_replace(text, std::regex("\n"), "\r\n");
    if (layout == Layout::Tabs) {
        std::string out;
        std::size_t at = 0;
        while (at < text.size()) {
            std::size_t spaces = 0;
            while (at + spaces < text.size() && text[at + spaces] == ' ')
                ++spaces;
            out += std::string(spaces / 2, '\t');
            const std::size_t end = text.find('\n', at + spaces);
            out += text.substr(at + spaces, end == std::string::npos ? std::string::npos : end + 1 - at - spaces);
            at = end == std::string::npos ? text.size() : end + 1;
        }
        return out;
    }
    return text;
}

/// The seed copied where its film's folder rules still hold, in `layout`.
QString seedCopyIn(const QTemporaryDir &dir, Layout layout)
{
    const QString folder = dir.filePath("lessons/konflikter-med-kunder");
    REQUIRE(QDir().mkpath(folder));
    const QString file = folder + "/lesson.json";
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(laidOut(fileBytes(kSeedLesson), layout)));
    return file;
}

/// Where slide `index`'s object starts and ends in `text`.
std::pair<std::size_t, std::size_t> slideSpan(const std::string &text, int index)
{
    const auto element = elementText(text, "/slides", std::size_t(index));
    REQUIRE(element);
    const std::size_t start = text.find(*element);
    REQUIRE(start != std::string::npos);
    return {start, start + element->size()};
}

std::vector<std::string> titles(const QString &file)
{
    const LoadResult result = loadLessonFile(file.toStdString());
    REQUIRE(result.ok());
    std::vector<std::string> out;
    for (const Slide &s : result.lesson->slides)
        out.push_back(s.title);
    return out;
}
}  // namespace

TEST_CASE("each slide edit changes only its slides' bytes, in the file's layout, and undo gives the original bytes back")
{
    const Layout layout = GENERATE(Layout::Seed, Layout::Crlf, Layout::Tabs);
    CAPTURE(int(layout));
    QTemporaryDir dir;
    const QString path = seedCopyIn(dir, layout);
    const std::string original = fileBytes(path);
    LessonFile file(path);
    REQUIRE(file.open());
    LessonEditor editor(file);
    const std::vector<std::string> before = titles(path);

    // Moved: slides 3 and 4 trade places, with their own bytes; the space between them stays.
    const auto [start3, end3] = slideSpan(original, 3);
    const auto [start4, end4] = slideSpan(original, 4);
    REQUIRE(editor.moveSlide(3, +1));
    std::string text = fileBytes(path);
    CHECK(text
          == original.substr(0, start3) + original.substr(start4, end4 - start4) + original.substr(end3, start4 - end3)
                 + original.substr(start3, end3 - start3) + original.substr(end4));
    std::vector<std::string> moved = before;
    std::swap(moved[3], moved[4]);
    CHECK(titles(path) == moved);
    REQUIRE(editor.moveSlide(4, -1));
    CHECK(fileBytes(path) == original);

    // Copied: the very bytes of slide 5 again after it, with the separator the file uses.
    const auto [start5, end5] = slideSpan(original, 5);
    const auto [start6, end6] = slideSpan(original, 6);
    const std::string between = original.substr(end5, start6 - end5);  // ",\n    " in the file's line end and indent
    REQUIRE(editor.duplicateSlide(5));
    CHECK(fileBytes(path) == original.substr(0, end5) + between + original.substr(start5, end5 - start5) + original.substr(end5));
    (void)end6;

    // Deleted: Film #2 (slide 12 after the copy): its bytes and one separator go; nothing else.
    const std::string withCopy = fileBytes(path);
    const auto [start12, end12] = slideSpan(withCopy, 12);
    const auto [start13, end13] = slideSpan(withCopy, 13);
    REQUIRE(titles(path)[12] == "Film #2");
    REQUIRE(editor.deleteSlide(12));
    CHECK(fileBytes(path) == withCopy.substr(0, start12) + withCopy.substr(start13));
    CAPTURE(file.newWarning().toStdString());
    CHECK(file.newWarning().contains(QStringLiteral("stop-2")));  // the console says what the deletion leaves
    (void)end12;
    (void)end13;

    // Retitled: only the title's string.
    const std::string beforeTitle = fileBytes(path);
    REQUIRE(editor.retitleSlide(0, QStringLiteral("Konflikter med kunder – æøå")));
    std::string expected = beforeTitle;
    const std::size_t title = expected.find("\"Konflikter med kunder\"", expected.find("\"slides\""));
    expected.replace(title, 23, "\"Konflikter med kunder – æøå\"");
    CHECK(fileBytes(path) == expected);

    // Undo, step by step, back to the author's bytes; redo forward, undo again.
    for (int i = 0; i < 5; ++i)
        REQUIRE(file.undo());
    CHECK_FALSE(file.canUndo());
    CHECK(fileBytes(path) == original);
    REQUIRE(file.redo());
    REQUIRE(file.undo());
    CHECK(fileBytes(path) == original);
}

TEST_CASE("a question written at a stop changes only its members, and a new one is added among the film's questions")
{
    const Layout layout = GENERATE(Layout::Seed, Layout::Crlf, Layout::Tabs);
    CAPTURE(int(layout));
    QTemporaryDir dir;
    const QString path = seedCopyIn(dir, layout);
    const std::string original = fileBytes(path);
    LessonFile file(path);
    REQUIRE(file.open());
    LessonEditor editor(file);

    // Edited: option 2 gets feedback and a talking point; the options array changes, nothing else.
    const Slide film2 = file.lesson().slides[11];
    QuestionDraft draft{film2.title, film2.question, film2.notes};
    draft.question.options[1].feedback = "Nej – prøv igen.";
    draft.question.options[1].talkingPoints = {"Hvad ville kunden føle her?"};
    REQUIRE(editor.editQuestion(11, draft));
    const std::string edited = fileBytes(path);
    const std::size_t optionsAt = original.find("\"options\"", slideSpan(original, 11).first);
    const std::size_t optionsEnd = original.find("\"answer\"", optionsAt);
    CHECK(edited.substr(0, optionsAt) == original.substr(0, optionsAt));
    CHECK(edited.substr(edited.size() - (original.size() - optionsEnd)) == original.substr(optionsEnd));
    const LoadResult loaded = loadLessonFile(path.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.lesson->slides[11].question.options[1].feedback == "Nej – prøv igen.");
    CHECK(loaded.lesson->slides[11].question.options[1].talkingPoints == std::vector<std::string>{"Hvad ville kunden føle her?"});
    // Written in the file's own layout: no space-indented line in a tab file, no bare LF in a CRLF file.
    if (layout == Layout::Tabs)
        CHECK(edited.find("\n ") == std::string::npos);
    if (layout == Layout::Crlf)
        CHECK(std::regex_search(edited, std::regex("[^\r]\n")) == false);

    // Refused: an answer beyond the options; the file stays as it was.
    QuestionDraft beyond = draft;
    beyond.question.answer = 5;
    CHECK_FALSE(editor.editQuestion(11, beyond));
    CHECK(editor.problem().contains(QStringLiteral("answer 5 is out of range")));
    CHECK(fileBytes(path) == edited);

    REQUIRE(file.undo());
    CHECK(fileBytes(path) == original);
}

TEST_CASE("a new question at a stop goes among the film's questions by its stop, and deleting a film a question uses is refused")
{
    QTemporaryDir dir;
    const QString path = seedCopyIn(dir, Layout::Seed);
    const std::string original = fileBytes(path);
    LessonFile file(path);
    REQUIRE(file.open());
    LessonEditor editor(file);

    // Refused: a film that four questions use; the loader's words, and the file unchanged.
    CHECK_FALSE(
        file.apply(QStringLiteral("delete the film"), [](const std::string &text) { return withElementRemoved(text, "/films", 0); }));
    CHECK(file.problem().contains(QStringLiteral("morten")));
    CHECK(fileBytes(path) == original);

    // Film #2 deleted, then written again from the form: it comes back between Film #1 and Film #3.
    const Slide film2 = file.lesson().slides[11];
    REQUIRE(editor.deleteSlide(11));
    QuestionDraft draft{"Film #2", film2.question, {{NoteKind::Important, "Vælg indtil I finder det rigtige svar.", 0}}};
    draft.question.prompt = "Hvordan skal Morten reagere på kundens vrede – æ, ø og å?";
    CHECK(editor.placeForQuestion(draft, 0) == 11);
    CHECK(editor.addQuestion(draft, 0) == 11);
    const LoadResult loaded = loadLessonFile(path.toStdString());
    REQUIRE(loaded.ok());
    const Slide &added = loaded.lesson->slides[11];
    CHECK(added.kind == SlideKind::FilmQuestion);
    CHECK(added.question.stopId == "stop-2");
    CHECK(added.question.prompt == draft.question.prompt);
    CHECK(added.question.answer == 3);
    CHECK(loaded.lesson->slides[12].title == "Film #3");
    // Only the slide went in: the bytes before Film #1's end and from Film #3 on are the author's.
    const std::string text = fileBytes(path);
    const auto [start11, end11] = slideSpan(original, 11);
    CHECK(text.substr(0, start11) == original.substr(0, start11));
    CHECK(text.substr(text.size() - (original.size() - end11)) == original.substr(end11));
    (void)start11;
}

TEST_CASE("a deck slide split at a build step: the first keeps its pages up to there, the second starts with the page shown, notes follow")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("lesson.json");
    const std::string original = replaced(minimalLesson(), R"({ "kind": "summary", "title": "Summary", "bullets": ["done"] })",
                                          R"({ "kind": "page", "title": "Deck", "deck": "deck.pdf", "page": 3, "lastPage": 6,
      "notes": [ { "kind": "plain", "text": "whole" }, { "kind": "plain", "step": 1, "text": "page 3" },
                 { "kind": "discuss", "step": 3, "text": "page 5" }, { "kind": "plain", "step": 4, "text": "page 6" } ] },
    { "kind": "summary", "title": "Summary", "bullets": ["done"] })");
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(original));
    }
    LessonFile file(path);
    REQUIRE(file.open());
    LessonEditor editor(file);
    CHECK_FALSE(editor.splitSlide(1, 1));  // not a deck slide
    CHECK_FALSE(editor.splitSlide(5, 0));  // the first page: nothing before it to keep
    REQUIRE(editor.splitSlide(5, 2));  // two Nexts in: page 5 shown
    const LoadResult loaded = loadLessonFile(path.toStdString());
    REQUIRE(loaded.ok());
    const Slide &first = loaded.lesson->slides[5];
    const Slide &second = loaded.lesson->slides[6];
    CHECK(first.page.number == 3);
    CHECK(first.page.lastNumber == 4);
    CHECK(second.page.number == 5);
    CHECK(second.page.lastNumber == 6);
    REQUIRE(first.notes.size() == 2);
    CHECK(first.notes[1].text == "page 3");
    REQUIRE(second.notes.size() == 2);
    CHECK(second.notes[0].text == "page 5");
    CHECK(second.notes[0].step == 1);
    CHECK(second.notes[0].kind == NoteKind::Discuss);
    CHECK(second.notes[1].step == 2);
    REQUIRE(file.undo());
    CHECK(fileBytes(path) == original);
}

TEST_CASE("the stop editor and the slide edits share one history, and a question at a new last stop comes before the last segment")
{
    QTemporaryDir dir;
    const QString path = seedCopyIn(dir, Layout::Seed);
    const std::string original = fileBytes(path);
    LessonFile file(path);
    LessonEditor editor(file);
    StopEditor stops(file, 0, 25, 180000);
    REQUIRE(stops.open());
    stops.scrubTo(170000);  // after stop-4: "Sidste filmdel" plays from stop-4 through here to the end
    REQUIRE(stops.setStop());
    const std::string newStop = stops.stops().back().id;
    CHECK(file.newWarning().contains(QString::fromStdString(newStop)));  // no question there yet: said, not refused

    QuestionDraft draft{"Film #5", {"morten", newStop, "Hvad nu?", {{"Ja", {}, {}}, {"Nej", {}, {}}}, 2, true}, {}};
    REQUIRE(editor.addQuestion(draft, 0) == 14);  // before "Sidste filmdel", which now starts at the new stop
    const LoadResult loaded = loadLessonFile(path.toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded.lesson->slides[14].question.stopId == newStop);
    CHECK(loaded.lesson->slides[15].kind == SlideKind::FilmSegment);
    CHECK(loaded.lesson->slides[15].fromStop == newStop);
    for (const Diagnostic &d : loaded.diagnostics)  // every stop has its question (the copy lacks only its media)
        CHECK(d.message.find("stop point") == std::string::npos);

    // Undo takes back the question, then the stop editor's stop: the file the author had.
    REQUIRE(stops.undo());
    CHECK(stops.stops().size() == 5);  // the stop editor sees the lesson file as it is
    REQUIRE(stops.undo());
    CHECK(stops.stops().size() == 4);
    CHECK(fileBytes(path) == original);
}
