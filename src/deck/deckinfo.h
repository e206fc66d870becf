// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace stoppunkt {

/// What opening a PDF deck found: whether it opens, why not, its pages and its title.
struct DeckInfo {
    bool opens = false;
    QString problem;  ///< why it does not open, in the UI language ("is encrypted with a password")
    int pageCount = 0;
    QString title;  ///< from the document's metadata; empty when it has none
};

/// Opens `file` as a PDF and reads what the lesson checks and the import need. Never throws, never crashes on
/// a corrupt, truncated or encrypted file: PDFium (through Qt PDF) refuses it, and the problem says why.
DeckInfo inspectDeck(const QString &file);

}  // namespace stoppunkt
