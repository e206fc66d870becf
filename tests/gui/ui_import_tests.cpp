// SPDX-License-Identifier: MIT
// stoppunkt --import: a PDF with pdfpc notes, a PowerPoint package and an Impress package become lesson folders
// that load; an author's edited lesson is never overwritten unasked; hostile packages are refused, not crashed on.
#include "decktestsupport.h"
#include "handmadepdf.h"
#include "import/deckimport.h"
#include "import/decktext.h"
#include "lesson/lessonloader.h"
#include "officedecks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// A PowerPoint deck of three slides, the second hidden: titles, notes (with the slide number placeholder that
/// is no note), and its title and language in docProps/core.xml.
QMap<QString, QByteArray> pptxMembers()
{
    return {
        {"docProps/core.xml",
         "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Vrede kunder</dc:title><dc:language>da-DK</dc:language></cp:coreProperties>"},
        {"ppt/presentation.xml",
         "<?xml version=\"1.0\"?><p:presentation " + kPml
             + "><p:sldIdLst><p:sldId id=\"256\" r:id=\"rId7\"/>"
               "<p:sldId id=\"257\" r:id=\"rId8\"/><p:sldId id=\"258\" r:id=\"rId9\"/></p:sldIdLst></p:presentation>"},
        {"ppt/_rels/presentation.xml.rels",
         relationships({{"rId7", "slides/slide1.xml"}, {"rId8", "slides/slide2.xml"}, {"rId9", "slides/slide3.xml"}}, "slide")},
        {"ppt/slides/slide1.xml", slidePart(shape("ctrTitle", {"Velkommen"}) + shape("body", {"Ikke en note"}))},
        {"ppt/slides/slide2.xml", slidePart(shape("title", {"Skjult dias"}), true)},
        {"ppt/slides/slide3.xml", slidePart(shape("title", {"Trappen &amp; trinene"}))},
        {"ppt/slides/_rels/slide1.xml.rels", relationships({{"rId1", "../notesSlides/notesSlide1.xml"}}, "notesSlide")},
        {"ppt/slides/_rels/slide3.xml.rels", relationships({{"rId1", "../notesSlides/notesSlide3.xml"}}, "notesSlide")},
        {"ppt/notesSlides/notesSlide1.xml", "<?xml version=\"1.0\"?><p:notes " + kPml + "><p:cSld><p:spTree>" + shape("sldImg", {})
                                                + shape("body", {"Byd velkommen.", "Spørg: hvem har mødt en vred kunde?"})
                                                + shape("sldNum", {"1"}) + "</p:spTree></p:cSld></p:notes>"},
        {"ppt/notesSlides/notesSlide3.xml", "<?xml version=\"1.0\"?><p:notes " + kPml + "><p:cSld><p:spTree>"
                                                + shape("body", {"Gå trappen igennem nedefra."}) + "</p:spTree></p:cSld></p:notes>"},
    };
}

}  // namespace

TEST_CASE("a PDF with a pdfpc notes file beside it imports as a lesson that loads, with its notes and builds")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath("Kursus.pdf");
    // Pages 2 and 3 are one frame's two overlays: the PDF gives them one label, and pdfpc copies it.
    writeHandmadePdf(deck, {{"1", {{"Velkommen", 30, 80}}}, {"2", {{"Trappen", 30, 80}}}, {"2", {{"Trappen", 30, 80}}}, {"3", {}}}, {},
                     "Konflikter i butikken");
    write(dir.filePath("Kursus.pdfpc"), R"({"pdfpcFormat": 2, "pages": [
        {"idx": 0, "label": "1", "overlay": 0, "note": "Byd velkommen.\n\nSpørg hvem der har mødt en vred kunde."},
        {"idx": 1, "label": "2", "overlay": 0},
        {"idx": 2, "label": "2", "overlay": 1, "note": "Vis andet trin."},
        {"idx": 3, "label": "3", "overlay": 0}]})");
    ImportRequest request{
        deck, dir.filePath("lessons/kursus"), QStringLiteral("da"), QStringLiteral(STOPPUNKT_LESSONS "/../docs/lesson.schema.json"), {},
        false};
    const ImportReport report = importDeck(request);
    INFO(report.lines.join('\n').toStdString() << "\n" << report.problem.toStdString());
    REQUIRE(report.ok);
    const Lesson lesson = loadStrictly(report.lessonFile);
    CHECK(lesson.title == "Konflikter i butikken");
    CHECK(lesson.id == "kursus");
    CHECK(lesson.language == "da");
    REQUIRE(lesson.slides.size() == 3);  // pages 2 and 3 are one slide and its overlay
    CHECK(lesson.slides[0].kind == SlideKind::Page);
    CHECK(lesson.slides[0].title == "Velkommen");  // the page's largest text at its top
    CHECK(lesson.slides[2].title == "Side 4");  // a page without text: its number, in the lesson's language
    REQUIRE(lesson.slides[0].notes.size() == 2);
    CHECK(lesson.slides[0].notes[1].text == "Spørg hvem der har mødt en vred kunde.");
    CHECK(lesson.slides[1].page.number == 2);
    CHECK(lesson.slides[1].page.lastNumber == 3);
    CHECK(lesson.slides[1].buildCount() == 1);
    CHECK(lesson.slides[2].page.number == 4);
    CHECK(QFile::exists(dir.filePath("lessons/kursus/Kursus.pdf")));
    const nlohmann::json written = nlohmann::json::parse(contents(report.lessonFile).toStdString());
    CHECK(written["$schema"].get<std::string>().ends_with("docs/lesson.schema.json"));
    CHECK(contents(report.lessonFile).contains("\n  \"slides\": [\n    {\n      \"kind\": \"page\","));  // readable
    // Clean against the schema an author's editor uses (Debian's python3-jsonschema, draft 2020-12).
    QProcess schema;
    schema.start("python3", {"-c",
                             "import json, sys, jsonschema; jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))"
                             ".validate(json.load(open(sys.argv[2])))",
                             STOPPUNKT_LESSONS "/../docs/lesson.schema.json", report.lessonFile});
    REQUIRE(schema.waitForFinished(60000));
    INFO(schema.readAllStandardError().toStdString());
    CHECK(schema.exitCode() == 0);
}

TEST_CASE("importing again leaves an unchanged lesson alone, refuses to overwrite an edited one, and keeps it with --replace")
{
    QTemporaryDir dir;
    const QString deck = dir.filePath("deck.pdf");
    writeDeck(deck, 2);
    ImportRequest request{deck, dir.filePath("out"), QStringLiteral("sv"), {}, {}, false};
    REQUIRE(importDeck(request).ok);
    const QString lessonFile = dir.filePath("out/lesson.json");
    const QByteArray first = contents(lessonFile);
    CHECK(importDeck(request).ok);  // the same text again
    CHECK(contents(lessonFile) == first);

    QByteArray edited = first;
    edited.replace("\"Page 2\"", "\"Mit eget dias\"");
    REQUIRE(edited != first);
    write(lessonFile, edited);
    const ImportReport refused = importDeck(request);
    CHECK_FALSE(refused.ok);
    CHECK(refused.problem.contains("--replace"));
    CHECK(contents(lessonFile) == edited);  // byte for byte as the author left it

    request.replace = true;
    REQUIRE(importDeck(request).ok);
    CHECK(contents(lessonFile) == first);
    CHECK(contents(lessonFile + ".bak") == edited);
}

TEST_CASE("a PowerPoint deck's titles, speaker notes, title and language are read, and hidden slides are left out")
{
    QTemporaryDir dir;
    const QString pptx = dir.filePath("vrede.pptx");
    writePackage(pptx, pptxMembers());
    const DeckText text = readPptxText(pptx);
    REQUIRE(text.problem.isEmpty());
    CHECK(text.title == "Vrede kunder");
    CHECK(text.language == "da-DK");
    REQUIRE(text.slides.size() == 2);
    CHECK(text.slides[0].title == "Velkommen");
    CHECK(text.slides[0].notes == QStringList{"Byd velkommen.", "Spørg: hvem har mødt en vred kunde?"});
    CHECK(text.slides[1].title == "Trappen & trinene");
    CHECK(text.slides[1].notes == QStringList{"Gå trappen igennem nedefra."});

    // The whole import, with a stand-in for LibreOffice's conversion (the pages); without it, a clear message.
    const ImportRequest request{pptx, dir.filePath("vrede"), QStringLiteral("en"), {}, {}, false};
    const ImportReport without = importDeck(request);
    CHECK_FALSE(without.ok);
    CHECK(without.problem.contains("LibreOffice"));
    CHECK(without.problem.contains("apt install libreoffice-impress"));
    const Lesson lesson = importedWithStandIn(dir, request, 2);
    CHECK(lesson.title == "Vrede kunder");
    CHECK(lesson.language == "da-DK");
    REQUIRE(lesson.slides.size() == 2);
    CHECK(lesson.slides[1].title == "Trappen & trinene");
    CHECK(lesson.slides[1].page.deck == "vrede.pdf");
    CHECK(lesson.slides[0].notes.size() == 2);
}

TEST_CASE("an Impress deck's titles and presentation notes are read from content.xml, and the whole import puts each on its page")
{
    QTemporaryDir dir;
    const QString odp = dir.filePath("deck.odp");
    const QByteArray ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                          "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                          "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
                          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
    auto page = [](const QByteArray &title, const QByteArray &notes) {
        return "<draw:page draw:name=\"p\"><draw:frame presentation:class=\"title\"><draw:text-box><text:p>" + title
               + "</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame presentation:class=\"notes\">"
                 "<draw:text-box>"
               + notes + "</draw:text-box></draw:frame></presentation:notes></draw:page>";
    };
    writePackage(
        odp,
        {{"meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Arga kunder</dc:title>"
                      "<dc:language>sv</dc:language></office:meta></office:document-meta>"},
         {"content.xml",
          "<?xml version=\"1.0\"?><office:document-content " + ns + "><office:body><office:presentation>"
              + page("Välkommen", "<text:p>Hälsa <text:span>alla</text:span>.</text:p><text:p>Fråga<text:s text:c=\"2\"/>rummet.</text:p>")
              + page("Trappan", "") + "</office:presentation></office:body></office:document-content>"}});
    const DeckText text = readOdpText(odp);
    REQUIRE(text.problem.isEmpty());
    CHECK(text.title == "Arga kunder");
    CHECK(text.language == "sv");
    REQUIRE(text.slides.size() == 2);
    CHECK(text.slides[0].title == "Välkommen");
    CHECK(text.slides[0].notes == QStringList{"Hälsa alla.", "Fråga  rummet."});
    CHECK(text.slides[1].notes.isEmpty());

    // The whole import, with a stand-in for LibreOffice's conversion: each note on its own slide's page.
    const Lesson lesson = importedWithStandIn(dir, {odp, dir.filePath("arga"), QStringLiteral("sv"), {}, {}, false}, 2);
    CHECK(lesson.title == "Arga kunder");
    CHECK(lesson.language == "sv");
    REQUIRE(lesson.slides.size() == 2);
    CHECK(lesson.slides[0].title == "Välkommen");
    CHECK(lesson.slides[0].page.deck == "deck.pdf");
    CHECK(lesson.slides[0].page.number == 1);
    REQUIRE(lesson.slides[0].notes.size() == 2);
    CHECK(lesson.slides[0].notes[0].text == "Hälsa alla.");
    CHECK(lesson.slides[1].title == "Trappan");
    CHECK(lesson.slides[1].page.number == 2);
    CHECK(lesson.slides[1].notes.empty());
}

TEST_CASE("hostile office packages are refused with a reason, never crashed on")
{
    QTemporaryDir dir;
    const QString noise = dir.filePath("noise.pptx");
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += char((i * 131 + 7) % 256);
    write(noise, bytes);
    CHECK_FALSE(readPptxText(noise).problem.isEmpty());
    CHECK_FALSE(readOdpText(noise).problem.isEmpty());

    // A member that unpacks to more than the reader takes (a zip bomb in small) is not read.
    const QString bomb = dir.filePath("bomb.pptx");
    writePackage(bomb, {{"ppt/presentation.xml", QByteArray(17 * 1024 * 1024, ' ')}});
    CHECK(readPptxText(bomb).problem.contains("ppt/presentation.xml"));

    // Broken XML and relationships that point nowhere give what can be read, and no more.
    QMap<QString, QByteArray> broken = pptxMembers();
    broken["ppt/slides/slide1.xml"] = "<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:t>Halv";
    broken["ppt/_rels/presentation.xml.rels"] = relationships({{"rId7", "../../../../etc/passwd"}, {"rId9", "slides/slide3.xml"}}, "slide");
    const QString brokenFile = dir.filePath("broken.pptx");
    writePackage(brokenFile, broken);
    const DeckText text = readPptxText(brokenFile);
    CHECK(text.problem.isEmpty());
    REQUIRE(text.slides.size() == 2);
    CHECK(text.slides[1].title == "Trappen & trinene");

    ImportRequest request{dir.filePath("slides.key"), dir.filePath("out"), QStringLiteral("da"), {}, {}, false};
    write(request.deck, "keynote");
    CHECK(importDeck(request).problem.contains(".pptx"));
}
