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

/// A page number, date, header or footer: the master's furniture, not what the page shows.
bool isFurniture(const QString &frameClass)
{
    return frameClass == u"page-number" || frameClass == u"date-time" || frameClass == u"header" || frameClass == u"footer";
}

/// What an element inside a draw:frame says of it: a picture or an embedded object (a chart) shows something, a
/// plugin is a film, and svg:desc (else svg:title) is the alternative text LibreOffice's dialog writes.
void readFigure(QXmlStreamReader &xml, Figure &figure)
{
    const QStringView name = xml.name();
    if (name == u"image" || name == u"object" || name == u"object-ole")
        figure.shows = true;
    else if (name == u"plugin")
        figure.film = true;
    else if ((name == u"desc" || (name == u"title" && figure.alt.isEmpty())) && xml.namespaceUri().endsWith(u":svg-compatible:1.0"))
        figure.alt = xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

/// Reads content.xml's pages one element at a time: which are hidden, each shown page's title, notes, film and
/// words, and its pictures' alternative texts.
class PageReader {
public:
    PageReader(const ZipReader &zip, const QString &file) : m_zip(zip), m_file(file) { }

    void end(const QXmlStreamReader &xml, DeckText &deck)
    {
        if (xml.name() == u"notes")
            m_inNotes = false;
        if (xml.name() == u"frame" && !m_inNotes)
            m_figure.close(m_words);
        if (xml.name() != u"page" || !xml.namespaceUri().endsWith(u":drawing:1.0"))
            return;
        if (m_pageHidden) {
            ++deck.hiddenSlides;  // PDF export leaves hidden slides out, so their pages do not exist
        } else {
            m_pages.back().description = m_words.description();
            deck.slides.push_back(std::move(m_pages.back()));
        }
        m_pages.clear();
    }

    void start(QXmlStreamReader &xml)
    {
        if (m_figure.open)
            readFigure(xml, m_figure);
        if (xml.name() == u"page" && xml.namespaceUri().endsWith(u":drawing:1.0")) {
            m_pages.assign(1, SlideText());
            m_words = {};
            m_pageHidden = m_hiddenStyles.contains(xml.attributes().value(QStringLiteral("draw:style-name")).toString());
        } else if (m_pages.empty()) {
            readHiddenStyle(xml, m_styleName, m_hiddenStyles);
        } else if (xml.name() == u"notes") {
            m_inNotes = true;
        } else if (xml.name() == u"frame") {
            m_frameClass = xml.attributes().value(QStringLiteral("presentation:class")).toString();
            if (!m_inNotes)
                m_figure = {true, false, {}, xml.attributes().value(QStringLiteral("loext:decorative")) == u"true"};
        } else if (xml.name() == u"plugin" && !m_inNotes) {
            readFilm(m_zip, m_file, xml.attributes().value(QStringLiteral("xlink:href")).toString(), m_pages.back());
        } else if (xml.name() == u"text-box") {
            readTextBox(paragraphsOf(xml, u"p", u"line-break", true));
        } else if (!m_inNotes && xml.name() == u"p" && xml.namespaceUri().endsWith(u":text:1.0")) {
            m_words.text += paragraphsOf(xml, u"p", u"line-break", true);  // a table's cell, a shape's own text
        }
    }

private:
    void readTextBox(const QStringList &paragraphs)
    {
        SlideText &slide = m_pages.back();
        if (m_inNotes && m_frameClass == u"notes")
            slide.notes += paragraphs;
        else if (!m_inNotes && m_frameClass == u"title" && slide.title.isEmpty())
            slide.title = paragraphs.join(QLatin1Char(' ')).simplified();
        if (!m_inNotes && !isFurniture(m_frameClass))
            m_words.text += paragraphs;
    }

    const ZipReader &m_zip;
    const QString &m_file;
    bool m_inNotes = false;
    bool m_pageHidden = false;
    QString m_frameClass;
    QString m_styleName;
    QSet<QString> m_hiddenStyles;
    std::vector<SlideText> m_pages;
    SlideWords m_words;
    Figure m_figure;
};
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
    PageReader pages(zip, file);
    while (!xml.atEnd() && int(deck.slides.size()) <= kMostSlides) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            pages.end(xml, deck);
        else if (token == QXmlStreamReader::StartElement)
            pages.start(xml);
    }
    if (int(deck.slides.size()) > kMostSlides)
        deck.slides.resize(kMostSlides);
    if (deck.slides.empty())
        deck.problem = noSlidesProblem(deck.hiddenSlides);
    return deck;
}

}  // namespace stoppunkt
