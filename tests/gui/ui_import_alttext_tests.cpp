// SPDX-License-Identifier: MIT
// A deck's text alternatives come in with it: a page slide's "description" is what the slide shows in words (its
// text, then its pictures' alternative texts). Where a picture or chart has no alternative text and no
// decorative mark, the import writes none, and the accessibility check asks the author for it.
#include "audit/accessibilitycheck.h"
#include "decktestsupport.h"
#include "import/deckimport.h"
#include "import/decktext.h"
#include "officedecks.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// A PowerPoint picture with an alternative text (`descr`), or none, or PowerPoint's decorative mark.
QByteArray picture(const QByteArray &descr, bool decorative = false)
{
    const QByteArray mark = decorative ? "<a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\"><adec:decorative "
                                         "xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\"/>"
                                         "</a:ext></a:extLst>"
                                       : "";
    return "<p:pic><p:nvPicPr><p:cNvPr id=\"4\" name=\"Billede 3\"" + (descr.isEmpty() ? QByteArray() : " descr=\"" + descr + "\"") + ">"
           + mark + "</p:cNvPr><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill/></p:pic>";
}

/// An Impress picture frame as LibreOffice 7.4 writes it (an empty paragraph inside the image, then the
/// alternative text's title and description), or without an alternative text.
QByteArray odpPicture(const QByteArray &title, const QByteArray &desc)
{
    const QByteArray svg = "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";
    return "<draw:frame><draw:image xlink:href=\"Pictures/x.png\"><text:p/></draw:image>"
           + (title.isEmpty() ? QByteArray() : "<svg:title " + svg + ">" + title + "</svg:title>")
           + (desc.isEmpty() ? QByteArray() : "<svg:desc " + svg + ">" + desc + "</svg:desc>") + "</draw:frame>";
}
}  // namespace

TEST_CASE("a PowerPoint slide's text and its pictures' alternative texts become its description, and a picture "
          "without one leaves it to the author")
{
    QTemporaryDir dir;
    const QString pptx = dir.filePath("trappen.pptx");
    writePackage(pptx, pptxPackage({
                           {shape("title", {"Trappen"}) + shape("body", {"Fem trin", "Nedefra og op"}), {}},
                           {shape("title", {"Billedet"}) + picture("En trappe med fem trin"), {}},
                           {shape("title", {"Uden ord"}) + picture(""), {}},
                           {shape("title", {"Pynt"}) + picture("", true) + shape("sldNum", {"4"}), {}},
                       }));
    const DeckText text = readPptxText(pptx);
    REQUIRE(text.slides.size() == 4);
    CHECK(text.slides[0].description == QStringLiteral("Trappen\nFem trin\nNedefra og op"));
    CHECK(text.slides[1].description == QStringLiteral("Billedet\nEn trappe med fem trin"));
    CHECK_FALSE(text.slides[2].description.has_value());
    CHECK(text.slides[3].description == QStringLiteral("Pynt"));  // the decorative picture and the slide number say nothing

    // Imported, the lesson carries them, and the check asks only for the third.
    const Lesson lesson = importedWithStandIn(dir, {pptx, dir.filePath("trappen"), QStringLiteral("da"), {}, {}, false}, 4);
    REQUIRE(lesson.slides.size() == 4);
    CHECK(lesson.slides[1].page.description == std::string("Billedet\nEn trappe med fem trin"));
    CHECK_FALSE(lesson.slides[2].page.description.has_value());
    const QByteArray written = contents(dir.filePath("trappen/lesson.json"));
    std::vector<std::string> warned;
    for (const Diagnostic &d : checkAccessibility(lesson, std::string_view(written.constData(), written.size()), "lesson.json"))
        if (d.message.find("text alternative") != std::string::npos)
            warned.push_back(d.pointer);
    CHECK(warned == std::vector<std::string>{"/slides/2"});
}

TEST_CASE("an Impress page's text, its table's cells and its pictures' svg:desc become its description")
{
    QTemporaryDir dir;
    const QString odp = dir.filePath("arga.odp");
    const QByteArray table = "<draw:frame><table:table xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><table:table-row>"
                             "<table:table-cell><text:p>Lugn</text:p></table:table-cell><table:table-cell><text:p>Arg</text:p>"
                             "</table:table-cell></table:table-row></table:table></draw:frame>";
    writePackage(odp, odpPackage({{"Tabellen", {}, "dp1", table},
                                  {"Bilden", {}, "dp1", odpPicture("Kund", "En arg kund i telefon")},
                                  {"Utan ord", {}, "dp1", odpPicture("", "")},
                                  {"Bara titel", {}, "dp1", odpPicture("Telefonen", "")}}));
    const DeckText text = readOdpText(odp);
    REQUIRE(text.slides.size() == 4);
    CHECK(text.slides[0].description == QStringLiteral("Tabellen\nLugn\nArg"));
    CHECK(text.slides[1].description == QStringLiteral("Bilden\nEn arg kund i telefon"));  // the description, not the title
    CHECK_FALSE(text.slides[2].description.has_value());
    CHECK(text.slides[3].description == QStringLiteral("Bara titel\nTelefonen"));  // a title alone is better than nothing
}
