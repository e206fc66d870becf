// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace stoppunkt {

/// A pdfpc notes file (deck.pdfpc beside deck.pdf, pdfpc's JSON format): the notes and labels of the pages.
struct PdfpcNotes {
    struct Page {
        QString label;  ///< pdfpc's page label; pages that share one are one slide and its overlays
        QStringList notes;  ///< one entry per paragraph
    };
    std::map<int, Page> pages;  ///< by 0-based page index ("idx")
    QString problem;  ///< set when the file exists but cannot be read

    bool empty() const { return pages.empty(); }
};

/// Reads `file` when it exists; a missing file gives empty notes and no problem.
PdfpcNotes readPdfpcNotes(const QString &file);
/// Splits a note text into paragraphs at blank lines, keeping single line breaks inside a paragraph.
QStringList paragraphsOf(const QString &text);

}  // namespace stoppunkt
