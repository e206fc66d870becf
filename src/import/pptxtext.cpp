// SPDX-License-Identifier: MIT
// A PowerPoint package's text: each shown slide's title placeholder, its notes, its rehearsed time and its film.
#include "import/decktext.h"
#include "import/packagetext.h"

#include <QUrl>

namespace stoppunkt {

using namespace packagetext;

namespace {
/// What a slide part holds for the import: its shapes' texts by placeholder type ("title", "body"; a shape
/// that is no placeholder, a table or a picture has its own), whether it is hidden, its advance time, and the
/// relationship ids of a film on it.
struct SlidePart {
    QHash<QString, QStringList> byPlaceholder;
    bool hidden = false;
    int advanceMs = -1;
    QStringList filmIds;
    SlideWords words;
};

/// What an element inside a figure says of it.
void readFigure(const QXmlStreamReader &xml, Figure &figure)
{
    const QStringView name = xml.name();
    const QXmlStreamAttributes attributes = xml.attributes();
    if (name == u"cNvPr" && figure.alt.isEmpty())
        figure.alt = attributes.hasAttribute(QStringLiteral("descr")) ? attributes.value(QStringLiteral("descr")).toString()
                                                                      : attributes.value(QStringLiteral("title")).toString();
    else if (name == u"decorative" && attributes.value(QStringLiteral("val")) == u"1")
        figure.decorative = true;
    else if (name == u"chart" || name == u"relIds")
        figure.shows = true;  // a chart, or SmartArt, whose words are in a part of their own
    else if (name == u"videoFile" || name == u"media")
        figure.film = true;
}

/// The relationship id in an r:embed or r:link attribute.
QString relationshipId(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == name && !a.namespaceUri().isEmpty())
            return a.value().toString();
    return {};
}

/// A shape's paragraphs: kept by placeholder (the title, the body), and as the slide's words in order (a slide
/// number, date or footer is the master's furniture, not what the slide shows).
void readText(const QStringList &paragraphs, const QString &placeholder, SlidePart &out)
{
    out.byPlaceholder[placeholder] += paragraphs;
    if (placeholder != u"sldNum" && placeholder != u"dt" && placeholder != u"ftr" && placeholder != u"hdr")
        out.words.text += paragraphs;
}

SlidePart readSlidePart(const std::optional<QByteArray> &part)
{
    SlidePart out;
    if (!part)
        return out;
    QXmlStreamReader xml(*part);
    QString placeholder;
    Figure figure;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && (xml.name() == u"pic" || xml.name() == u"graphicFrame"))
            figure.close(out.words);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (figure.open)
            readFigure(xml, figure);
        if (name == u"pic" || name == u"graphicFrame")
            figure = {true, name == u"pic"};
        if (name == u"sld" && xml.attributes().value(QStringLiteral("show")) == u"0")
            out.hidden = true;
        else if (name == u"sp" || name == u"graphicFrame" || name == u"pic" || name == u"cxnSp" || name == u"grpSp")
            placeholder = name.toString();  // each shape starts as no placeholder: a table's cells are never the title
        else if (name == u"ph")
            placeholder = xml.attributes().hasAttribute(QStringLiteral("type")) ? xml.attributes().value(QStringLiteral("type")).toString()
                                                                                : QStringLiteral("body");
        else if (name == u"txBody")
            readText(paragraphsOf(xml, u"p", u"br", false), placeholder, out);
        else if (name == u"transition" && out.advanceMs < 0 && xml.attributes().hasAttribute(QStringLiteral("advTm")))
            out.advanceMs = xml.attributes().value(QStringLiteral("advTm")).toInt();
        else if (name == u"videoFile")
            out.filmIds << relationshipId(xml.attributes(), u"link") << relationshipId(xml.attributes(), u"embed");
        else if (name == u"media")
            out.filmIds << relationshipId(xml.attributes(), u"embed") << relationshipId(xml.attributes(), u"link");
    }
    out.filmIds.removeAll(QString());
    return out;
}

/// The film on a slide: packed in the deck (preferred), else the path it links to.
void readFilm(const ZipReader &zip, const QHash<QString, Relationship> &rels, const QStringList &ids, SlideText &text)
{
    for (const QString &id : ids) {
        const Relationship film = rels.value(id);
        if (film.external)
            offerFilm(zip, {}, film.target.startsWith(QStringLiteral("file:")) ? QUrl(film.target).toLocalFile() : film.target, text);
        else
            offerFilm(zip, film.target, {}, text);
    }
}

/// The notes of a slide: its notes page's body placeholder, and any text box the author added there (LibreOffice
/// writes its notes as one); not the page's slide picture, number, header, footer or date.
QStringList notesOf(const ZipReader &zip, const QHash<QString, Relationship> &rels)
{
    for (const Relationship &r : rels)
        if (r.type == u"notesSlide" && !r.external) {
            const SlidePart notes = readSlidePart(zip.read(r.target));
            return notes.byPlaceholder.value(QStringLiteral("body")) + notes.byPlaceholder.value(QStringLiteral("sp"));
        }
    return {};
}
}  // namespace

DeckText readPptxText(const QString &file)
{
    DeckText deck;
    const ZipReader zip(file);
    const std::optional<QByteArray> presentation =
        mainPart(zip, QStringLiteral("ppt/presentation.xml"), QStringLiteral("docProps/core.xml"), deck,
                 QT_TRANSLATE_NOOP("DeckImport", "is not a PowerPoint package that can be read: %1"),
                 QT_TRANSLATE_NOOP("DeckImport", "has no ppt/presentation.xml: it is not a PowerPoint presentation"));
    if (!presentation)
        return deck;
    const QHash<QString, Relationship> parts = relationships(zip, QStringLiteral("ppt/presentation.xml"));
    QXmlStreamReader xml(*presentation);
    while (!xml.atEnd() && int(deck.slides.size()) < kMostSlides) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sldId")
            continue;
        const Relationship slideRel = parts.value(relationshipId(xml.attributes(), u"id"));  // r:id, not the slide's number
        if (slideRel.target.isEmpty() || slideRel.external)
            continue;
        const SlidePart slide = readSlidePart(zip.read(slideRel.target));
        if (slide.hidden) {
            ++deck.hiddenSlides;  // PDF export leaves hidden slides out, so their pages do not exist
            continue;
        }
        SlideText text;
        text.title = (slide.byPlaceholder.value(QStringLiteral("title")) + slide.byPlaceholder.value(QStringLiteral("ctrTitle")))
                         .join(QLatin1Char(' '))
                         .simplified();
        const QHash<QString, Relationship> rels = relationships(zip, slideRel.target);
        text.notes = notesOf(zip, rels);
        if (slide.advanceMs > 0)
            text.minutes = slide.advanceMs / 60000.0;
        readFilm(zip, rels, slide.filmIds, text);
        text.description = slide.words.description();
        deck.slides.push_back(std::move(text));
    }
    if (deck.slides.empty())
        deck.problem = noSlidesProblem(deck.hiddenSlides);
    return deck;
}

}  // namespace stoppunkt
