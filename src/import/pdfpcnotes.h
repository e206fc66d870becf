// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <set>

namespace stoppunkt {

/// A pdfpc notes file (deck.pdfpc beside deck.pdf): the notes and marks pdfpc keeps for the deck's pages. Both
/// of pdfpc's formats are read: the JSON one (pdfpc 4.5 on), with notes by page, and the older INI-like one
/// (`[notes]` then `### N` headings), with notes by slide.
struct PdfpcNotes {
    struct Page {
        QStringList notes;  ///< one entry per paragraph
        bool forcedOverlay = false;  ///< the author made this page a build step of the page before it
        bool hidden = false;  ///< the author hid this page from the presentation
    };
    std::map<int, Page> pages;  ///< by 0-based page index ("idx")
    /// The older format's notes, by 0-based slide (a run of pages sharing a label, as pdfpc groups them).
    std::map<int, QStringList> slideNotes;
    int durationMinutes = 0;  ///< the talk's planned length, when the author set one
    bool legacy = false;  ///< read from the older format
    QString problem;  ///< set when the file exists but cannot be read

    bool empty() const { return pages.empty() && slideNotes.empty(); }
};

/// Reads `file` when it exists; a missing file gives empty notes and no problem.
PdfpcNotes readPdfpcNotes(const QString &file);
/// Splits a note text into paragraphs at blank lines, keeping single line breaks inside a paragraph.
QStringList paragraphsOf(const QString &text);

}  // namespace stoppunkt
