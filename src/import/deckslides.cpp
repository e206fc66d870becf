// SPDX-License-Identifier: MIT
#include "import/deckslides.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace stoppunkt {

std::vector<ImportedSlide> slidesOfPdf(const PdfPages &pages, const PdfpcNotes &pdfpc)
{
    std::vector<ImportedSlide> slides;
    const int count = int(pages.labels.size());
    int userSlide = -1;  // pdfpc's count of slides, hidden ones included: its older notes are numbered so
    QString previousLabel;
    for (int page = 0; page < count; ++page) {
        const auto marks = pdfpc.pages.find(page);
        const bool forced = marks != pdfpc.pages.end() && marks->second.forcedOverlay;
        const QString &label = pages.labels[page];  // pdfpc's "label" is a copy of it
        const bool stepOfPrevious = page > 0 && (forced || (!label.isEmpty() && label == previousLabel));
        previousLabel = label;
        if (!stepOfPrevious)
            ++userSlide;
        if (marks != pdfpc.pages.end() && marks->second.hidden)
            continue;
        if (stepOfPrevious && !slides.empty() && slides.back().lastPage == page) {
            slides.back().lastPage = page + 1;
        } else {
            slides.push_back({pages.titles.value(page), {}, page + 1, page + 1});
            for (const QString &note : pdfpc.slideNotes.count(userSlide) ? pdfpc.slideNotes.at(userSlide) : QStringList())
                slides.back().notes.push_back({note, 0});
        }
        if (marks == pdfpc.pages.end())
            continue;
        ImportedSlide &slide = slides.back();
        const int step = page + 1 - slide.page + 1;
        for (const QString &note : marks->second.notes)
            slide.notes.push_back({note, step});
    }
    // A slide whose notes were all written on its first page (or that has no build) keeps them for the whole slide.
    for (ImportedSlide &slide : slides) {
        const bool allOnFirst = std::all_of(slide.notes.begin(), slide.notes.end(), [](const ImportedNote &n) { return n.step <= 1; });
        if (allOnFirst || slide.lastPage == slide.page)
            for (ImportedNote &note : slide.notes)
                note.step = 0;
    }
    return slides;
}

bool slidesOfOffice(const PdfPages &pages, const DeckText &text, std::vector<ImportedSlide> &slides, QString &problem)
{
    if (text.slides.size() != std::size_t(pages.labels.size())) {
        problem = QCoreApplication::translate("DeckImport", "the deck shows %1 slides but LibreOffice's PDF of it has %2 pages, so the "
                                                            "notes cannot be put on their own slides; nothing was imported")
                      .arg(text.slides.size())
                      .arg(pages.labels.size());
        return false;
    }
    for (std::size_t i = 0; i < text.slides.size(); ++i) {
        const SlideText &source = text.slides[i];
        ImportedSlide slide{source.title.isEmpty() ? pages.titles.value(qsizetype(i)) : source.title, {}, int(i) + 1, int(i) + 1};
        for (const QString &note : source.notes)
            slide.notes.push_back({note, 0});
        slide.description = source.description;
        if (source.minutes > 0)
            slide.minutes = std::max(0.01, std::round(source.minutes * 100) / 100);  // to the hundredth of a minute
        slides.push_back(std::move(slide));
    }
    return true;
}

}  // namespace stoppunkt
