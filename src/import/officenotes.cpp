// SPDX-License-Identifier: MIT
#include "import/officenotes.h"

#include "import/zipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace stoppunkt {

namespace {
constexpr int kMostSlides = 2000;

/// The paragraphs of the XML element the reader is at, up to its end: `paragraph` names a paragraph, `text` a
/// run of text, and `lineBreak` a break inside one (DrawingML's a:p / a:t / a:br, ODF's text:p / #text / text:line-break).
QStringList paragraphsOf(QXmlStreamReader &xml, QStringView paragraph, QStringView lineBreak, bool odf)
{
    QStringList out;
    QString current;
    int depth = 1;
    bool inText = false;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == lineBreak)
                current += QLatin1Char('\n');
            else if (odf && xml.name() == u"s")
                current += QString(std::clamp(xml.attributes().value(QStringLiteral("text:c")).toInt(), 1, 100), QLatin1Char(' '));
            else if (odf && xml.name() == u"tab")
                current += QLatin1Char('\t');
            else if (!odf && xml.name() == u"t")
                inText = true;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (xml.name() == paragraph) {
                if (const QString text = current.trimmed(); !text.isEmpty())
                    out << text;
                current.clear();
            } else if (xml.name() == u"t") {
                inText = false;
            }
            break;
        case QXmlStreamReader::Characters:
            if (odf || inText)
                current += xml.text();
            break;
        default: break;
        }
    }
    return out;
}

/// Reads `<dc:title>` and `<dc:language>` from a metadata part (docProps/core.xml, meta.xml).
void readMetadata(const std::optional<QByteArray> &part, DeckText &deck)
{
    if (!part)
        return;
    QXmlStreamReader xml(*part);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title" && deck.title.isEmpty())
            deck.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        else if (xml.name() == u"language" && deck.language.isEmpty())
            deck.language = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
}

/// The package's main part, with its metadata read into `deck`; nothing, and `deck.problem` set, when the
/// package does not open (`notPackage`, %1 is libzip's reason) or lacks the part (`noPart`).
std::optional<QByteArray> mainPart(const ZipReader &zip, const QString &part, const QString &metadata, DeckText &deck,
                                   const char *notPackage, const char *noPart)
{
    if (!zip.isOpen()) {
        deck.problem = QCoreApplication::translate("DeckImport", notPackage).arg(zip.problem());
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = zip.read(part);
    if (!bytes)
        deck.problem = QCoreApplication::translate("DeckImport", noPart);
    else
        readMetadata(zip.read(metadata), deck);
    return bytes;
}

/// A package's relationships part: relationship id → target part, resolved against `folder`.
QHash<QString, QString> relationships(const ZipReader &zip, const QString &part)
{
    QHash<QString, QString> out;
    const QString folder = part.section(QLatin1Char('/'), 0, -2);
    const QString rels = folder + QStringLiteral("/_rels/") + part.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const std::optional<QByteArray> bytes = zip.read(rels);
    if (!bytes)
        return out;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            out.insert(xml.attributes().value(QStringLiteral("Id")).toString(),
                       target.startsWith(QLatin1Char('/')) ? target.mid(1) : QDir::cleanPath(folder + QLatin1Char('/') + target));
            out.insert(QStringLiteral("type:") + xml.attributes().value(QStringLiteral("Type")).toString().section(QLatin1Char('/'), -1),
                       QDir::cleanPath(folder + QLatin1Char('/') + target));
        }
    }
    return out;
}

/// The texts of a DrawingML part's shapes, by placeholder type: "title", "body", …; and whether it is hidden.
struct ShapeTexts {
    QHash<QString, QStringList> byPlaceholder;
    bool hidden = false;
};

ShapeTexts shapeTexts(const std::optional<QByteArray> &part)
{
    ShapeTexts out;
    if (!part)
        return out;
    QXmlStreamReader xml(*part);
    QString placeholder;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sld" && xml.attributes().value(QStringLiteral("show")) == u"0")
            out.hidden = true;
        else if (xml.name() == u"sp")
            placeholder = QStringLiteral("shape");
        else if (xml.name() == u"ph")
            placeholder = xml.attributes().hasAttribute(QStringLiteral("type")) ? xml.attributes().value(QStringLiteral("type")).toString()
                                                                                : QStringLiteral("body");
        else if (xml.name() == u"txBody")
            out.byPlaceholder[placeholder] += paragraphsOf(xml, u"p", u"br", false);
    }
    return out;
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
    const QHash<QString, QString> parts = relationships(zip, QStringLiteral("ppt/presentation.xml"));
    QXmlStreamReader xml(*presentation);
    while (!xml.atEnd() && int(deck.slides.size()) < kMostSlides) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sldId")
            continue;
        QString id;
        for (const QXmlStreamAttribute &a : xml.attributes())
            if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                id = a.value().toString();  // r:id, not the slide's number
        const QString slidePart = parts.value(id);
        if (slidePart.isEmpty())
            continue;
        const ShapeTexts slide = shapeTexts(zip.read(slidePart));
        if (slide.hidden)
            continue;  // PDF export leaves hidden slides out, so their pages do not exist
        SlideText text;
        text.title = (slide.byPlaceholder.value(QStringLiteral("title")) + slide.byPlaceholder.value(QStringLiteral("ctrTitle")))
                         .join(QLatin1Char(' '))
                         .simplified();
        const QString notesPart = relationships(zip, slidePart).value(QStringLiteral("type:notesSlide"));
        if (!notesPart.isEmpty())
            text.notes = shapeTexts(zip.read(notesPart)).byPlaceholder.value(QStringLiteral("body"));
        deck.slides.push_back(std::move(text));
    }
    return deck;
}

DeckText readOdpText(const QString &file)
{
    DeckText deck;
    const ZipReader zip(file);
    const std::optional<QByteArray> content =
        mainPart(zip, QStringLiteral("content.xml"), QStringLiteral("meta.xml"), deck,
                 QT_TRANSLATE_NOOP("DeckImport", "is not an Impress package that can be read: %1"),
                 QT_TRANSLATE_NOOP("DeckImport", "has no content.xml: it is not an Impress presentation"));
    if (!content)
        return deck;
    QXmlStreamReader xml(*content);
    bool inNotes = false;
    QString frameClass;
    while (!xml.atEnd() && int(deck.slides.size()) <= kMostSlides) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"notes")
            inNotes = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page" && xml.namespaceUri().endsWith(u":drawing:1.0")) {
            deck.slides.emplace_back();
        } else if (xml.name() == u"notes") {
            inNotes = true;
        } else if (xml.name() == u"frame") {
            frameClass = xml.attributes().value(QStringLiteral("presentation:class")).toString();
        } else if (xml.name() == u"text-box" && !deck.slides.empty()) {
            const QStringList paragraphs = paragraphsOf(xml, u"p", u"line-break", true);
            SlideText &slide = deck.slides.back();
            if (inNotes && frameClass == u"notes")
                slide.notes += paragraphs;
            else if (!inNotes && frameClass == u"title" && slide.title.isEmpty())
                slide.title = paragraphs.join(QLatin1Char(' ')).simplified();
        }
    }
    if (int(deck.slides.size()) > kMostSlides)
        deck.slides.resize(kMostSlides);
    return deck;
}

}  // namespace stoppunkt
