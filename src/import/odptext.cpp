// SPDX-License-Identifier: MIT
// An Impress package's text: each shown page's title frame, its presentation notes and its film.
#include "import/decktext.h"
#include "import/packagetext.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace stoppunkt {

using namespace packagetext;

namespace {
/// The drawing-page styles that hide a page (`presentation:visibility="hidden"`), from content.xml's
/// automatic styles, which come before the pages.
void readHiddenStyle(QXmlStreamReader &xml, QString &styleName, QSet<QString> &hidden)
{
    if (xml.name() == u"style" && xml.attributes().value(QStringLiteral("style:family")) == u"drawing-page")
        styleName = xml.attributes().value(QStringLiteral("style:name")).toString();
    else if (xml.name() == u"drawing-page-properties" && xml.attributes().value(QStringLiteral("presentation:visibility")) == u"hidden")
        hidden.insert(styleName);
}

/// A film's place: a member of the package ("Media/film.mp4"), or a file outside it, which ODF writes
/// relative to the package as a folder ("../film.mp4" is beside the deck).
void readFilm(const ZipReader &zip, const QString &deckFile, const QString &href, SlideText &slide)
{
    if (href.isEmpty() || zip.contains(href)) {
        offerFilm(zip, href, {}, slide);
        return;
    }
    const QString path = href.startsWith(QStringLiteral("file:")) ? QUrl(href).toLocalFile() : QUrl::fromPercentEncoding(href.toUtf8());
    offerFilm(zip, {},
              QDir::isAbsolutePath(path) ? path
                                         : QDir::cleanPath(QFileInfo(deckFile).absolutePath() + QLatin1Char('/')
                                                           + (path.startsWith(QStringLiteral("../")) ? path.mid(3) : path)),
              slide);
}
}  // namespace

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
    bool pageHidden = false;
    QString frameClass;
    QString styleName;
    QSet<QString> hiddenStyles;
    std::vector<SlideText> pages;
    while (!xml.atEnd() && int(deck.slides.size()) <= kMostSlides) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"notes")
            inNotes = false;
        if (token == QXmlStreamReader::EndElement && xml.name() == u"page" && xml.namespaceUri().endsWith(u":drawing:1.0")) {
            if (pageHidden)
                ++deck.hiddenSlides;  // PDF export leaves hidden slides out, so their pages do not exist
            else
                deck.slides.push_back(std::move(pages.back()));
            pages.clear();
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"page" && xml.namespaceUri().endsWith(u":drawing:1.0")) {
            pages.assign(1, SlideText());
            pageHidden = hiddenStyles.contains(xml.attributes().value(QStringLiteral("draw:style-name")).toString());
        } else if (pages.empty()) {
            readHiddenStyle(xml, styleName, hiddenStyles);
        } else if (xml.name() == u"notes") {
            inNotes = true;
        } else if (xml.name() == u"frame") {
            frameClass = xml.attributes().value(QStringLiteral("presentation:class")).toString();
        } else if (xml.name() == u"plugin" && !inNotes) {
            readFilm(zip, file, xml.attributes().value(QStringLiteral("xlink:href")).toString(), pages.back());
        } else if (xml.name() == u"text-box") {
            const QStringList paragraphs = paragraphsOf(xml, u"p", u"line-break", true);
            SlideText &slide = pages.back();
            if (inNotes && frameClass == u"notes")
                slide.notes += paragraphs;
            else if (!inNotes && frameClass == u"title" && slide.title.isEmpty())
                slide.title = paragraphs.join(QLatin1Char(' ')).simplified();
        }
    }
    if (int(deck.slides.size()) > kMostSlides)
        deck.slides.resize(kMostSlides);
    if (deck.slides.empty())
        deck.problem = noSlidesProblem(deck.hiddenSlides);
    return deck;
}

}  // namespace stoppunkt
