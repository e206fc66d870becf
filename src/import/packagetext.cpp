// SPDX-License-Identifier: MIT
#include "import/packagetext.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace stoppunkt::packagetext {

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

namespace {
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
}  // namespace

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

void offerFilm(const ZipReader &zip, const QString &member, const QString &linked, SlideText &slide)
{
    if (!member.isEmpty() && slide.filmMember.isEmpty() && zip.contains(member))
        slide.filmMember = member;
    else if (!linked.isEmpty() && slide.linkedFilm.isEmpty())
        slide.linkedFilm = linked;
    if (!slide.filmMember.isEmpty())
        slide.linkedFilm.clear();
}

QString noSlidesProblem(int hidden)
{
    return hidden > 0 ? QCoreApplication::translate("DeckImport", "has no slides to show: all %n of its slides are hidden", nullptr, hidden)
                      : QCoreApplication::translate("DeckImport", "has no slides: there is nothing to import");
}

QHash<QString, Relationship> relationships(const ZipReader &zip, const QString &part)
{
    QHash<QString, Relationship> out;
    const QString folder = part.section(QLatin1Char('/'), 0, -2);
    const QString rels = folder + QStringLiteral("/_rels/") + part.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
    const std::optional<QByteArray> bytes = zip.read(rels);
    if (!bytes)
        return out;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        Relationship relationship;
        const QString target = attributes.value(QStringLiteral("Target")).toString();
        relationship.external = attributes.value(QStringLiteral("TargetMode")) == u"External";
        relationship.type = attributes.value(QStringLiteral("Type")).toString().section(QLatin1Char('/'), -1);
        relationship.target = relationship.external     ? target
                              : target.startsWith(u'/') ? target.mid(1)
                                                        : QDir::cleanPath(folder + QLatin1Char('/') + target);
        out.insert(attributes.value(QStringLiteral("Id")).toString(), relationship);
    }
    return out;
}

void Figure::close(SlideWords &words)
{
    if (open && shows && !film) {
        if (!alt.trimmed().isEmpty())
            words.pictures << alt.simplified();
        else if (!decorative)
            ++words.undescribed;
    }
    *this = {};
}

std::optional<QString> SlideWords::description() const
{
    if (undescribed > 0 || (text.isEmpty() && pictures.isEmpty()))
        return std::nullopt;
    return (text + pictures).join(QLatin1Char('\n'));
}

}  // namespace stoppunkt::packagetext
