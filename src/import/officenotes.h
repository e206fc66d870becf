// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace stoppunkt {

/// One slide of a deck as the import reads it: its title and its speaker notes, one entry per paragraph.
struct SlideText {
    QString title;
    QStringList notes;
};

/// What a deck says besides its pages: its title and language (from its metadata) and each shown slide's text,
/// in the order the pages come out of the PDF export (hidden slides left out, as the export leaves them out).
struct DeckText {
    QString title;
    QString language;
    std::vector<SlideText> slides;
    QString problem;  ///< set when the package cannot be read at all
};

/// A PowerPoint package (.pptx): titles from the slides' title placeholders, notes from ppt/notesSlides.
DeckText readPptxText(const QString &file);
/// An Impress package (.odp): titles from the pages' title frames, notes from their presentation notes.
DeckText readOdpText(const QString &file);

}  // namespace stoppunkt
