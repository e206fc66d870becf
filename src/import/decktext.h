// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stoppunkt {

/// One slide of a deck as the import reads it: its title, its speaker notes (one entry per paragraph), its
/// rehearsed time, and a film on it.
struct SlideText {
    QString title;
    QStringList notes;
    double minutes = 0;  ///< PowerPoint's rehearsed timing (the transition's advance time); 0 when none
    QString filmMember;  ///< a film packed in the deck: its member in the package ("ppt/media/media1.mp4")
    QString linkedFilm;  ///< a film the slide only links to, outside the deck: where it was
    /// The page in words, for its text alternative: the slide's own text and its pictures' alternative texts.
    /// None when a picture or chart on it has neither alternative text nor a decorative mark (the author must
    /// say what it shows), or when the slide has no words at all.
    std::optional<QString> description;
};

/// What a deck says besides its pages: its title and language (from its metadata) and each shown slide's text,
/// in the order the pages come out of the PDF export (hidden slides left out, as the export leaves them out).
struct DeckText {
    QString title;
    QString language;
    std::vector<SlideText> slides;
    int hiddenSlides = 0;  ///< slides the author hid, left out as the PDF export leaves them out
    QString problem;  ///< set when the package cannot be read at all, or has no slides
};

/// A PowerPoint package (.pptx): titles from the slides' title placeholders, notes from ppt/notesSlides.
DeckText readPptxText(const QString &file);
/// An Impress package (.odp): titles from the pages' title frames, notes from their presentation notes.
DeckText readOdpText(const QString &file);

}  // namespace stoppunkt
