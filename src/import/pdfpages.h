// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace stoppunkt {

/// What a PDF says about its pages besides their pictures, for the import: each page's label and title.
struct PdfPages {
    /// Each page's label, as the PDF names it ("3", "iv"); Beamer gives every overlay of a frame its frame's
    /// label. Empty strings when the PDF has no labels.
    QStringList labels;
    /// Each page's title: its outline entry where the outline names (nearly) every slide, as an office export's
    /// does; else the largest text near the page's top that is not repeated on most slides (a running header),
    /// as a Beamer frame's title is; else its first line. Beamer's outline names only sections.
    QStringList titles;
    int fromOutline = 0;  ///< how many titles came from the outline
};

/// Reads the labels and titles of `file`'s pages; empty lists when it does not open.
PdfPages readPdfPages(const QString &file);

}  // namespace stoppunkt
