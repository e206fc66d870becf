// SPDX-License-Identifier: MIT
#pragma once

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
};

/// What the import did: the lines to tell the author, or why it did nothing.
struct ImportReport {
    bool ok = false;
    QStringList lines;
    QString problem;
    QString lessonFile;
};

/// Writes a ready lesson folder from a deck: lesson.json with one page slide per page (its title and notes),
/// and the deck as PDF beside it. Refuses to overwrite a lesson.json the author may have edited.
ImportReport importDeck(const ImportRequest &request);

}  // namespace stoppunkt
