// SPDX-License-Identifier: MIT
#pragma once

#include "import/decktext.h"
#include "import/importedlesson.h"
#include "import/pdfpages.h"
#include "import/pdfpcnotes.h"

#include <vector>

namespace stoppunkt {

/// A PDF deck's slides. Consecutive pages with one label are one slide and its build steps (Beamer's overlays,
/// grouped as pdfpc groups them), and so are pages pdfpc marks as overlays; pages pdfpc hides are left out.
/// A note stays with the page it was written on: a later step's note carries that step.
std::vector<ImportedSlide> slidesOfPdf(const PdfPages &pages, const PdfpcNotes &pdfpc);

/// An office deck's slides: one per page of its PDF export, each with its own slide's title, notes, rehearsed
/// time and film. False, with `problem` set, when the shown slides and the pages differ in number, since the
/// notes could then not be put on their own slides.
bool slidesOfOffice(const PdfPages &pages, const DeckText &text, std::vector<ImportedSlide> &slides, QString &problem);

}  // namespace stoppunkt
