// SPDX-License-Identifier: MIT
// Real decks come in faithful, or are refused in one line: a hidden Impress slide, a PowerPoint table, a PDF's
// running header, Beamer's overlays with and without notes, pdfpc's older notes file, an empty deck, and the
// messages an author reads.
#include "handmadepdf.h"
#include "import/decktext.h"
#include "import/pdfpages.h"
#include "input/commanddispatcher.h"
#include "officedecks.h"
#include "paintedtext.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/handoutwriter.h"
#include "uitestsupport.h"

#include <QDir>
#include <QPdfDocument>
#include <QPdfSelection>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
ImportReport importPdf(const QTemporaryDir &dir, const QString &deck, const QString &folder)
{
    const ImportReport report = importDeck({deck, dir.filePath(folder), QStringLiteral("da"), {}, {}, false, {}});
    INFO(report.lines.join('\n').toStdString() << "\n" << report.problem.toStdString());
    REQUIRE(report.ok);
    return report;
}

/// A Beamer deck's pages: frame 2 has three overlays, frame 4 two, each page labelled with its frame's number.
std::vector<PdfPage> beamerPages()
{
    std::vector<PdfPage> pages;
    const QStringList labels{"1", "2", "2", "2", "3", "4", "4", "5"};
    for (int i = 0; i < labels.size(); ++i)
        pages.push_back(
            {labels[i], {{QStringLiteral("Ramme %1").arg(labels[i]), 28, 60}, {QStringLiteral("trin %1").arg(i + 1), 16, 200}}});
    return pages;
}

/// Four pages under a running header: a title, a title wrapped onto two lines, only small text low down, and a
/// small line above the title.
std::vector<PdfPage> titledPages()
{
    const PdfLine header{QStringLiteral("Shared MIME-info Database"), 10, 20};
    return {{"1", {header, {QStringLiteral("Velkommen"), 30, 80}, {QStringLiteral("brødtekst"), 14, 160}}},
            {"2",
             {header,
              {QStringLiteral("Når kunden bliver"), 30, 80},
              {QStringLiteral("rigtig vred"), 30, 116},
              {QStringLiteral("brødtekst"), 14, 200}}},
            {"3", {header, {QStringLiteral("Kun lille tekst"), 12, 300}}},
            {"4", {header, {QStringLiteral("lille linje først"), 12, 50}, {QStringLiteral("Opsummering"), 30, 90}}}};
}

std::vector<std::string> noteTexts(const std::vector<Note> &notes)
{
    std::vector<std::string> out;
    for (const Note &note : notes)
        out.push_back(note.text);
    return out;
}
}  // namespace

TEST_CASE("an Impress deck with a hidden slide: every later note stays on its own slide, and the hidden slide is left out")
{
    QTemporaryDir dir;
    QList<OdpPage> pages;
    for (int n = 1; n <= 10; ++n)
        pages.append({"Dias " + QByteArray::number(n), {"Note til dias " + QByteArray::number(n)}, n == 7 ? "dp2" : "dp1", {}});
    const QString odp = dir.filePath("skjult.odp");
    writePackage(odp, odpPackage(pages));
    const DeckText text = readOdpText(odp);
    REQUIRE(text.problem.isEmpty());
    CHECK(text.hiddenSlides == 1);
    REQUIRE(text.slides.size() == 9);
    CHECK(text.slides[6].title == "Dias 8");

    // The whole import, with LibreOffice's stand-in exporting the 9 shown slides: each note on its own page.
    const Lesson lesson = importedWithStandIn(dir, {odp, dir.filePath("skjult"), QStringLiteral("da"), {}, {}, false, {}}, 9);
    REQUIRE(lesson.slides.size() == 9);
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const int source = int(i) + (i >= 6 ? 2 : 1);
        INFO("slide " << i + 1);
        CHECK(lesson.slides[i].title == QStringLiteral("Dias %1").arg(source).toStdString());
        CHECK(lesson.slides[i].page.number == int(i) + 1);
        REQUIRE(lesson.slides[i].notes.size() == 1);
        CHECK(lesson.slides[i].notes[0].text == QStringLiteral("Note til dias %1").arg(source).toStdString());
    }

    // A PDF with another number of pages than shown slides is refused, in one line: notes are never guessed.
    writeDeck(dir.filePath("ten.pdf"), 10);
    ImportRequest request{odp, dir.filePath("ti"), QStringLiteral("da"), {}, fakeOffice(dir, dir.filePath("ten.pdf")), false, {}};
    const ImportReport refused = importDeck(request);
    CHECK_FALSE(refused.ok);
    CHECK(refused.problem.startsWith(odp));
    CHECK(refused.problem.contains("9"));
    CHECK(refused.problem.contains("10"));
    CHECK_FALSE(refused.problem.contains('\n'));
    CHECK_FALSE(QFile::exists(dir.filePath("ti/lesson.json")));
}

TEST_CASE("a PowerPoint slide's title is its title placeholder: a table's cells never join it")
{
    QTemporaryDir dir;
    const QByteArray table =
        "<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"4\" name=\"Tabel\"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
        "<a:graphic><a:graphicData><a:tbl><a:tr><a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>Kvartal</a:t></a:r></a:p></a:txBody></a:tc>"
        "<a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>Klager</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic>"
        "</p:graphicFrame>";
    const QString pptx = dir.filePath("tabel.pptx");
    writePackage(pptx, pptxPackage({{shape("title", {"Resultater"}) + table, {"Gennemgå tallene."}}}));
    const DeckText text = readPptxText(pptx);
    REQUIRE(text.slides.size() == 1);
    CHECK(text.slides[0].title == "Resultater");
    CHECK(text.slides[0].notes == QStringList{"Gennemgå tallene."});

    // LibreOffice writes a PowerPoint's notes as a plain text box on the notes page, without a placeholder;
    // the page's slide number is no note.
    QMap<QString, QByteArray> members = pptxPackage({{shape("title", {"Resultater"}), {}}});
    members["ppt/notesSlides/notesSlide1.xml"] =
        "<?xml version=\"1.0\"?><p:notes " + kPml
        + "><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"\"/><p:cNvSpPr/><p:nvPr/>"
          "</p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:r><a:t>Fra Impress.</a:t></a:r></a:p></p:txBody>"
          "</p:sp>"
        + shape("sldNum", {"1"}) + "</p:spTree></p:cSld></p:notes>";
    writePackage(pptx, members);
    CHECK(readPptxText(pptx).slides[0].notes == QStringList{"Fra Impress."});
}

TEST_CASE("a PDF's titles come from an outline that names every slide, else the largest text near the top, never a running header")
{
    QTemporaryDir dir;
    const PdfLine header{QStringLiteral("Shared MIME-info Database"), 10, 20};
    const QString deck = dir.filePath("titler.pdf");
    writeHandmadePdf(deck, titledPages(),
                     {{QStringLiteral("Del 1"), 0, 0},
                      {QStringLiteral("Velkomst og mål"), 0, 1},
                      {QStringLiteral("Vrede kunder"), 1, 1},
                      {QStringLiteral("Tredje ramme"), 2, 1},
                      {QStringLiteral("Sidste side"), 3, 1}});
    // An outline that names every slide, as an office export's does: the deepest entry of each page.
    const PdfPages pages = readPdfPages(deck);
    CHECK(pages.titles == QStringList{"Velkomst og mål", "Vrede kunder", "Tredje ramme", "Sidste side"});
    CHECK(pages.fromOutline == 4);
    CHECK(pages.labels == QStringList{"1", "2", "3", "4"});

    // An outline of sections only, as Beamer writes it: the frames' own titles, never their section's.
    writeHandmadePdf(deck, titledPages(), {{QStringLiteral("Indledning"), 0, 0}, {QStringLiteral("Øvelse"), 2, 0}});
    CHECK(readPdfPages(deck).titles == QStringList{"Velkommen", "Når kunden bliver rigtig vred", "Kun lille tekst", "Opsummering"});
    CHECK(readPdfPages(deck).fromOutline == 0);

    // An outline of generic names ("Slide 2", as LibreOffice names untitled slides' bookmarks) names nothing.
    writeHandmadePdf(deck, {{"1", {{QStringLiteral("Velkommen"), 30, 80}}}, {"2", {{QStringLiteral("Trappen"), 30, 80}}}},
                     {{QStringLiteral("Slide 1"), 0, 0}, {QStringLiteral("Slide 2"), 1, 0}});
    CHECK(readPdfPages(deck).titles == QStringList{"Velkommen", "Trappen"});

    // Without the outline: the largest text at the top; a page with only small text low down, its first line.
    writeHandmadePdf(deck, {{"1", {header, {QStringLiteral("Velkommen"), 30, 80}}},
                            {"2", {header, {QStringLiteral("Trappen"), 30, 80}}},
                            {"3", {header, {QStringLiteral("Kun lille tekst"), 12, 300}}}});
    CHECK(readPdfPages(deck).titles == QStringList{"Velkommen", "Trappen", "Kun lille tekst"});
}

TEST_CASE("a Beamer deck without a notes file: the overlays of a frame (pages with one label) are one slide's build steps")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath("beamer.pdf");
    writeHandmadePdf(deck, beamerPages());
    const Lesson lesson = loadStrictly(importPdf(dir, deck, "beamer").lessonFile);
    REQUIRE(lesson.slides.size() == 5);
    CHECK(lesson.slides[1].title == "Ramme 2");
    CHECK(lesson.slides[1].page.number == 2);
    CHECK(lesson.slides[1].page.lastNumber == 4);
    CHECK(lesson.slides[1].buildCount() == 2);
    CHECK(lesson.slides[2].page.number == 5);
    CHECK(lesson.slides[3].page.number == 6);
    CHECK(lesson.slides[3].page.lastNumber == 7);
    CHECK(lesson.slides[4].page.number == 8);
    CHECK(lesson.slides[4].buildCount() == 0);
}

TEST_CASE("notes written on an overlay's page stay with that build step, and the console shows them at that step only")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath("trin.pdf");
    writeHandmadePdf(deck, beamerPages());
    write(dir.filePath("trin.pdfpc"), R"({"pdfpcFormat": 2, "duration": 25, "pages": [
        {"idx": 0, "label": "1", "overlay": 0, "note": "Byd velkommen."},
        {"idx": 1, "label": "2", "overlay": 0, "note": "Først det første punkt."},
        {"idx": 3, "label": "2", "overlay": 2, "note": "Til sidst det tredje."},
        {"idx": 4, "label": "3", "overlay": 0, "hidden": true}]})");
    const ImportReport report = importPdf(dir, deck, "trin");
    const Lesson lesson = loadStrictly(report.lessonFile);
    REQUIRE(lesson.slides.size() == 4);  // the page pdfpc hides is left out, and the report says so
    CHECK(report.lines.join('\n').contains("pdfpc hides"));
    CHECK(lesson.slides[0].notes.size() == 1);
    CHECK(lesson.slides[0].notes[0].step == 0);  // a slide's one page: its notes are the whole slide's
    const Slide &frame = lesson.slides[1];
    CHECK(noteTexts(frame.notesAt(0)) == std::vector<std::string>{"Først det første punkt."});
    CHECK(noteTexts(frame.notesAt(1)).empty());
    CHECK(noteTexts(frame.notesAt(2)) == std::vector<std::string>{"Til sidst det tredje."});
    REQUIRE(lesson.slides[0].section.has_value());
    CHECK(lesson.slides[0].section->minutes == 25);  // pdfpc's planned duration is the lesson's time plan

    // What the console paints, step by step on the built frame.
    Options options = noFilm();
    options.windowed = true;
    Presenter presenter(lesson, options);
    presenter.show();
    presenter.console().resize(1280, 720);
    Session &session = presenter.session();
    session.goTo(1);
    settle();
    QString painted = paintedTexts(presenter.console()).join(' ');
    CHECK(painted.contains("Først det første punkt."));
    CHECK_FALSE(painted.contains("Til sidst det tredje."));
    session.next();
    session.next();
    REQUIRE(session.buildStep() == 2);
    settle();
    painted = paintedTexts(presenter.console()).join(' ');
    CHECK(painted.contains("Til sidst det tredje."));
    CHECK_FALSE(painted.contains("Først det første punkt."));

    // The handout prints them all, each step's note marked with its step in the lesson's language.
    const QString handout = dir.filePath("handout.pdf");
    QString error;
    REQUIRE(writeHandout(session, handout, &error) == 4);
    QPdfDocument printed;
    REQUIRE(printed.load(handout) == QPdfDocument::Error::None);
    const QString page = printed.getAllText(1).text().simplified();
    CHECK(page.contains("Trin 1: Først det første punkt."));
    CHECK(page.contains("Trin 3: Til sidst det tredje."));
}

TEST_CASE("an older pdfpc notes file ([notes] and ### headings) is read: notes by slide, its overlays, and its duration")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath("gammel.pdf");
    writeHandmadePdf(deck, {{"1", {{QStringLiteral("Et"), 28, 60}}},
                            {"2", {{QStringLiteral("To"), 28, 60}}},
                            {"2", {{QStringLiteral("To"), 28, 60}}},
                            {"3", {{QStringLiteral("Tre"), 28, 60}}},
                            {"4", {{QStringLiteral("Fire"), 28, 60}}}});
    write(dir.filePath("gammel.pdfpc"), "[duration]\n45\n[skip]\n5,\n[notes]\n### 1\nVelkommen \\[alle\\] \\#1\n\n"
                                        "### 2\nTrin for trin.\n\nAndet afsnit.\n### 3\nSlut.\n");
    const ImportReport report = importPdf(dir, deck, "gammel");
    CHECK(report.lines.join('\n').contains("4.5"));
    const Lesson lesson = loadStrictly(report.lessonFile);
    REQUIRE(lesson.slides.size() == 3);  // pages 2 and 3 share a label; [skip] makes page 5 a step of page 4
    CHECK(lesson.slides[1].page.lastNumber == 3);
    CHECK(lesson.slides[2].page.number == 4);
    CHECK(lesson.slides[2].page.lastNumber == 5);
    CHECK(noteTexts(lesson.slides[0].notes) == std::vector<std::string>{"Velkommen [alle] #1"});
    CHECK(noteTexts(lesson.slides[1].notes) == std::vector<std::string>{"Trin for trin.", "Andet afsnit."});
    CHECK(noteTexts(lesson.slides[2].notes) == std::vector<std::string>{"Slut."});
    REQUIRE(lesson.slides[0].section.has_value());
    CHECK(lesson.slides[0].section->minutes == 45);
}

TEST_CASE("a PowerPoint deck with no slides, or only hidden ones, is refused in one line that names it")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("one.pdf"), 1);
    const QString office = fakeOffice(dir, dir.filePath("one.pdf"));
    for (const bool allHidden : {false, true}) {
        const QString pptx = dir.filePath(allHidden ? "skjult.pptx" : "tom.pptx");
        writePackage(pptx, pptxPackage(allHidden ? QList<PptxSlide>{{shape("title", {"Skjult"}), {}, true}} : QList<PptxSlide>{}));
        const ImportReport report = importDeck({pptx, dir.filePath("out"), QStringLiteral("da"), {}, office, false, {}});
        INFO(report.problem.toStdString());
        CHECK_FALSE(report.ok);
        CHECK(report.problem.startsWith(pptx));
        CHECK(report.problem.contains(allHidden ? "hidden" : "no slides"));
        CHECK_FALSE(report.problem.contains('\n'));
        CHECK_FALSE(QFile::exists(dir.filePath("out/lesson.json")));
    }
}

TEST_CASE("import messages name the deck by its path and say what is wrong in the program's words, not the zip library's")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath("tom.pptx");
    write(empty, {});
    ImportReport report = importDeck({empty, dir.filePath("a"), QStringLiteral("da"), {}, {}, false, {}});
    CHECK(report.problem == empty + ": the file is empty (0 bytes)");

    const QString notZip = dir.filePath("tekst.pptx");
    write(notZip, "Det her er ikke en præsentation, men en tekstfil med den forkerte endelse.");
    report = importDeck({notZip, dir.filePath("b"), QStringLiteral("da"), {}, {}, false, {}});
    CHECK(report.problem.startsWith(notZip + ": "));
    CHECK(report.problem.contains("not a zip package"));
    CHECK_FALSE(report.problem.contains("Not a zip archive"));  // libzip's English

    const QString brokenPdf = dir.filePath("sub/halv.pdf");
    QDir().mkpath(dir.filePath("sub"));
    write(brokenPdf, "%PDF-1.4\n1 0 obj << /Type /Catalog");
    report = importDeck({brokenPdf, dir.filePath("c"), QStringLiteral("da"), {}, {}, false, {}});
    CHECK(report.problem.startsWith(brokenPdf + ": "));  // the path, as the other messages give it
}
