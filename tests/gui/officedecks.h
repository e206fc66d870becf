// SPDX-License-Identifier: MIT
#pragma once
// Office decks the import tests write (PowerPoint's parts), a stand-in for LibreOffice's conversion, and the
// strict load of what an import wrote.

#include "decktestsupport.h"
#include "import/deckimport.h"
#include "lesson/lessonloader.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace stoppunkt::test {

inline QByteArray contents(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

inline void write(const QString &file, const QByteArray &bytes)
{
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
}

inline Lesson loadStrictly(const QString &file)
{
    LoadOptions options;
    options.requireMedia = true;
    const LoadResult result = loadLessonFile(file.toStdString(), options);
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(result.ok());
    REQUIRE(result.diagnostics.empty());
    return *result.lesson;
}

inline const QByteArray kPml = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                               "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
                               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

inline QByteArray shape(const QByteArray &placeholder, const QList<QByteArray> &paragraphs)
{
    QByteArray body;
    for (const QByteArray &p : paragraphs)
        body += "<a:p><a:r><a:t>" + p + "</a:t></a:r></a:p>";
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"x\"/><p:cNvSpPr/><p:nvPr><p:ph type=\"" + placeholder
           + "\"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/>" + body + "</p:txBody></p:sp>";
}

inline QByteArray slidePart(const QByteArray &shapes, bool hidden = false)
{
    return "<?xml version=\"1.0\"?><p:sld " + kPml + (hidden ? " show=\"0\"" : "") + "><p:cSld><p:spTree>" + shapes
           + "</p:spTree></p:cSld></p:sld>";
}

inline QByteArray relationships(const QList<std::pair<QByteArray, QByteArray>> &targets, const QByteArray &type)
{
    QByteArray out = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (const auto &[id, target] : targets)
        out += "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type
               + "\" Target=\"" + target + "\"/>";
    return out + "</Relationships>";
}

/// A stand-in for LibreOffice: it "converts" by copying a PDF the test made to where soffice would write it, and
/// only when asked as soffice must be: --headless, --convert-to pdf, --outdir DIR, then the deck.
inline QString fakeOffice(const QTemporaryDir &dir, const QString &pdf)
{
    const QString script = dir.filePath("fake-soffice");
    write(script, "#!/bin/sh\nformat=; out=; headless=\n"
                  "while [ $# -gt 1 ]; do case \"$1\" in --convert-to) format=$2 ;; --outdir) out=$2 ;; --headless) headless=1 ;; esac;"
                  " shift; done\n"
                  "[ \"$format\" = pdf ] || { echo \"fake soffice: not asked to convert to pdf\" >&2; exit 1; }\n"
                  "[ -n \"$headless\" ] && [ -n \"$out\" ] || { echo \"fake soffice: no --headless or --outdir\" >&2; exit 1; }\n"
                  "name=$(basename \"$1\"); cp '"
                      + pdf.toUtf8() + "' \"$out/${name%.*}.pdf\"\n");
    QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return script;
}
/// Imports `request` with the stand-in for LibreOffice, which "converts" to a PDF of `pages` pages, and loads the
/// lesson written, strictly.
inline Lesson importedWithStandIn(const QTemporaryDir &dir, ImportRequest request, int pages)
{
    writeDeck(dir.filePath("converted.pdf"), pages);
    request.office = fakeOffice(dir, dir.filePath("converted.pdf"));
    const ImportReport report = importDeck(request);
    INFO(report.lines.join('\n').toStdString() << "\n" << report.problem.toStdString());
    REQUIRE(report.ok);
    return loadStrictly(report.lessonFile);
}

}  // namespace stoppunkt::test

namespace stoppunkt::test {

/// One slide of a PowerPoint deck a test writes: its shapes, its notes, whether it is hidden, and what else its
/// part carries (a transition, a film) with the relationships that go with it.
struct PptxSlide {
    QByteArray shapes;
    QList<QByteArray> notes;
    bool hidden = false;
    QByteArray extra;  ///< more XML inside p:sld, after p:cSld (a p:transition)
    QList<std::pair<QByteArray, QByteArray>> films;  ///< relationship id → target, of type "video"
    bool linkedFilm = false;  ///< the films' relationships are external links, not members
};

/// A PowerPoint package of these slides, with its title and language in docProps/core.xml.
inline QMap<QString, QByteArray> pptxPackage(const QList<PptxSlide> &slides, const QByteArray &title = "Dæk")
{
    QMap<QString, QByteArray> members{
        {"docProps/core.xml",
         "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
             + title + "</dc:title><dc:language>da-DK</dc:language></cp:coreProperties>"}};
    QByteArray ids;
    QList<std::pair<QByteArray, QByteArray>> targets;
    for (int i = 0; i < slides.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        ids += "<p:sldId id=\"" + QByteArray::number(256 + i) + "\" r:id=\"rId" + n + "\"/>";
        targets.append({"rId" + n, "slides/slide" + n + ".xml"});
        const PptxSlide &slide = slides[i];
        members["ppt/slides/slide" + n + ".xml"] = "<?xml version=\"1.0\"?><p:sld " + kPml + (slide.hidden ? " show=\"0\"" : "")
                                                   + "><p:cSld><p:spTree>" + slide.shapes + "</p:spTree></p:cSld>" + slide.extra
                                                   + "</p:sld>";
        QByteArray rels = relationships({{"rIdN", "../notesSlides/notesSlide" + n + ".xml"}}, "notesSlide");
        for (const auto &[id, target] : slide.films) {
            const QByteArray mode = slide.linkedFilm ? " TargetMode=\"External\"" : "";
            rels.replace("</Relationships>", "<Relationship Id=\"" + id
                                                 + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/video\" "
                                                   "Target=\""
                                                 + target + "\"" + mode + "/></Relationships>");
        }
        members["ppt/slides/_rels/slide" + n + ".xml.rels"] = rels;
        members["ppt/notesSlides/notesSlide" + n + ".xml"] = "<?xml version=\"1.0\"?><p:notes " + kPml + "><p:cSld><p:spTree>"
                                                             + shape("body", slide.notes) + "</p:spTree></p:cSld></p:notes>";
    }
    members["ppt/presentation.xml"] =
        "<?xml version=\"1.0\"?><p:presentation " + kPml + "><p:sldIdLst>" + ids + "</p:sldIdLst></p:presentation>";
    members["ppt/_rels/presentation.xml.rels"] = relationships(targets, "slide");
    return members;
}

/// One page of an Impress deck a test writes: its title, its notes' paragraphs, its style and what else it holds.
struct OdpPage {
    QByteArray title;
    QList<QByteArray> notes;
    QByteArray style = "dp1";  ///< "dp2" is a hidden page
    QByteArray extra;  ///< more XML on the page (a draw:frame with a draw:plugin)
};

/// An Impress package of these pages: content.xml with the automatic styles that hide "dp2", and meta.xml.
inline QMap<QString, QByteArray> odpPackage(const QList<OdpPage> &pages)
{
    QByteArray body;
    for (const OdpPage &page : pages) {
        QByteArray notes;
        for (const QByteArray &p : page.notes)
            notes += "<text:p>" + p + "</text:p>";
        body += "<draw:page draw:name=\"p\" draw:style-name=\"" + page.style
                + "\"><draw:frame presentation:class=\"title\"><draw:text-box><text:p>" + page.title
                + "</text:p></draw:text-box></draw:frame>" + page.extra
                + "<presentation:notes><draw:frame presentation:class=\"notes\"><draw:text-box>" + notes
                + "</draw:text-box></draw:frame></presentation:notes></draw:page>";
    }
    return {
        {"meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Skjulte dias</dc:title>"
                     "<dc:language>da</dc:language></office:meta></office:document-meta>"},
        {"content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                        "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
                        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:automatic-styles>"
                        "<style:style style:name=\"dp1\" style:family=\"drawing-page\"><style:drawing-page-properties "
                        "presentation:visibility=\"visible\"/></style:style>"
                        "<style:style style:name=\"dp2\" style:family=\"drawing-page\"><style:drawing-page-properties "
                        "presentation:visibility=\"hidden\"/></style:style></office:automatic-styles><office:body><office:presentation>"
                            + body + "</office:presentation></office:body></office:document-content>"}};
}

}  // namespace stoppunkt::test
