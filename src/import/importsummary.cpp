// SPDX-License-Identifier: MIT
#include "import/importsummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace stoppunkt {

namespace {
QString said(const char *text, int n)
{
    return QCoreApplication::translate("DeckImport", text, nullptr, n);
}
}  // namespace

QStringList importSummary(const ImportedLesson &lesson, int hiddenSlides, int hiddenPages)
{
    QStringList lines;
    int stepped = 0;
    int steps = 0;
    int withNotes = 0;
    int stepNotes = 0;
    int timed = 0;
    QStringList films;
    for (const ImportedSlide &slide : lesson.slides) {
        stepped += slide.lastPage > slide.page ? 1 : 0;
        steps += slide.lastPage - slide.page;
        withNotes += slide.notes.empty() ? 0 : 1;
        stepNotes += int(std::count_if(slide.notes.begin(), slide.notes.end(), [](const ImportedNote &n) { return n.step > 0; }));
        timed += slide.minutes > 0 ? 1 : 0;
        if (!slide.film.isEmpty() && !films.contains(slide.film))
            films << slide.film;
    }
    lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Slides: %n."), int(lesson.slides.size()));
    if (stepped > 0)
        lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Build steps: %n slides step through their pages (%1 steps in all)."), stepped)
                     .arg(steps);
    lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Notes: on %n slides."), withNotes);
    if (stepNotes > 0)
        lines << said(
            QT_TRANSLATE_N_NOOP("DeckImport", "%n notes were written on a build step's page; the console shows them at that step."),
            stepNotes);
    if (!films.isEmpty())
        lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Films: %n packed in the deck, copied beside the lesson (%1). Set their stops "
                                                        "with the stop editor."),
                      int(films.size()))
                     .arg(films.join(QStringLiteral(", ")));
    if (lesson.plannedMinutes > 0)
        lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Time plan: %n minutes, as pdfpc planned the talk."), int(lesson.plannedMinutes));
    if (timed > 0)
        lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Time plan: the rehearsed timings of %n slides."), timed);
    if (hiddenSlides > 0)
        lines << said(
            QT_TRANSLATE_N_NOOP("DeckImport", "Left out: %n hidden slides (hidden in the deck, so its PDF has no pages for them)."),
            hiddenSlides);
    if (hiddenPages > 0)
        lines << said(QT_TRANSLATE_N_NOOP("DeckImport", "Left out: %n pages that pdfpc hides."), hiddenPages);
    return lines;
}

}  // namespace stoppunkt
