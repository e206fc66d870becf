// SPDX-License-Identifier: MIT
#pragma once
// What the PowerPoint and Impress readers share: a package's main part and metadata, its relationships, and the
// paragraphs of an XML text element.

#include "import/decktext.h"
#include "import/zipreader.h"

#include <QByteArray>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace stoppunkt::packagetext {

/// The most slides a deck's text is read for.
inline constexpr int kMostSlides = 2000;

/// The paragraphs of the XML element the reader is at, up to its end: `paragraph` names a paragraph and
/// `lineBreak` a break inside one (DrawingML's a:p / a:br with text in a:t, or ODF's text:p / text:line-break).
QStringList paragraphsOf(QXmlStreamReader &xml, QStringView paragraph, QStringView lineBreak, bool odf);

/// The package's main part, with its metadata read into `deck`; nothing, and `deck.problem` set, when the
/// package does not open (`notPackage`, %1 is why) or lacks the part (`noPart`).
std::optional<QByteArray> mainPart(const ZipReader &zip, const QString &part, const QString &metadata, DeckText &deck,
                                   const char *notPackage, const char *noPart);

/// Why a deck that shows no slide is refused: it has none, or all `hidden` of them are hidden.
QString noSlidesProblem(int hidden);

/// A film found on a slide: `member` when it is packed in the package, `linked` when it is a path outside it
/// (either may be empty). A packed film wins over a linked one, and the first of each kind counts.
void offerFilm(const ZipReader &zip, const QString &member, const QString &linked, SlideText &slide);

/// What a slide shows, gathered while it is read: its text in order, and its pictures' alternative texts.
struct SlideWords {
    QStringList text;
    QStringList pictures;  ///< the alternative texts of its pictures and charts
    int undescribed = 0;  ///< pictures and charts with neither alternative text nor a decorative mark

    /// The slide's text alternative, one line per text and picture; none when a picture is undescribed or
    /// there are no words at all.
    std::optional<QString> description() const;
};

/// A picture, chart or diagram being read: its alternative text or its decorative mark. A film's picture is
/// the film, and a frame that holds only text shows that text, which is read as text.
struct Figure {
    bool open = false;
    bool shows = false;
    QString alt;
    bool decorative = false;
    bool film = false;

    /// Adds what the figure was to the slide's words, and starts over.
    void close(SlideWords &words);
};

/// One relationship of an OOXML part: the part it points to (resolved against the part's folder), or, when it
/// is external, the target as written.
struct Relationship {
    QString target;
    QString type;  ///< the type's last word: "slide", "notesSlide", "video", "media"
    bool external = false;
};

/// A part's relationships by id ("rId7"), from its _rels part.
QHash<QString, Relationship> relationships(const ZipReader &zip, const QString &part);

}  // namespace stoppunkt::packagetext
