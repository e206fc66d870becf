// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/filmsource.h"

#include <QString>
#include <QStringList>

namespace stoppunkt {

/// What to import, and where to.
struct ImportRequest {
    QString deck;  ///< a .pdf (with its .pdfpc notes beside it), .pptx or .odp
    QString folder;  ///< the lesson folder to write
    QString language;  ///< the lesson's language when the deck does not say
    QString schemaFile;  ///< the lesson schema, for "$schema"; empty to leave it out
    QString office;  ///< LibreOffice's program, for .pptx and .odp; empty when it is not installed
    bool replace = false;  ///< overwrite a lesson.json that differs from what the import writes
    FilmProbeFunction probeFilm;  ///< looks inside a film the deck carries, as --validate does; empty to leave it
};

/// What the import did: the lines to tell the author, or why it did nothing.
struct ImportReport {
    bool ok = false;
    QStringList lines;
    QString problem;
    QString lessonFile;
};

/// Writes a ready lesson folder from a deck: lesson.json with one page slide per slide (its title, its notes, the
/// pages its builds step through), a film slide where the deck carries a film, the deck as PDF and the films
/// beside it. Refuses to overwrite a lesson.json the author may have edited, and refuses a deck whose notes
/// cannot be put on their own slides: an import is faithful, or says in one line why it is not made.
ImportReport importDeck(const ImportRequest &request);

}  // namespace stoppunkt
