// SPDX-License-Identifier: MIT
#include "lesson/decksource.h"

#include "lesson/filmsource.h"
#include "lesson/lessonlimits.h"

#include <algorithm>
#include <map>

namespace stoppunkt {

namespace fs = std::filesystem;

namespace {
bool isPdfName(const std::string &source)
{
    std::string extension = fs::path(source).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return extension == ".pdf";
}

struct DeckCheck {
    std::string file;  ///< empty unless the deck exists and may be used
    std::string problem;  ///< why not, for the slide that names it
    bool refused = false;  ///< an error even when presenting (a path that leaves the folders, not a PDF)
    int pageCount = -1;
};

DeckCheck checkDeck(const std::string &deck, const Lesson &lesson, const std::vector<fs::path> &mediaRoots, const DeckProbeFunction &probe)
{
    DeckCheck check;
    const std::string what = say(QT_TRANSLATE_NOOP("LessonCheck", "deck %1"), inQuotes(deck));
    if (!isPdfName(deck)) {
        check.refused = true;
        check.problem = say(
            QT_TRANSLATE_NOOP("LessonCheck", "%1 must be a PDF file (.pdf); bring a PowerPoint or Impress deck in with stoppunkt --import"),
            what);
        return check;
    }
    const FilmSourceCheck source = checkFilmSource(deck, lesson.file, mediaRoots);
    if (source.status != FilmSourceCheck::Status::Ok) {
        check.refused = source.status == FilmSourceCheck::Status::Rejected;
        check.problem = source.about(what);
        return check;
    }
    std::error_code ec;
    if (fs::file_size(source.resolved, ec) > limits::kDeckBytes) {
        check.refused = true;
        check.problem =
            say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is larger than 512 MB; export the deck again with smaller pictures"), what);
        return check;
    }
    if (probe) {
        const DeckFacts facts = probe(source.resolved);
        if (!facts.opens) {
            check.problem = say(QT_TRANSLATE_NOOP("LessonCheck", "%1 %2"), what, facts.problem);
            return check;
        }
        check.pageCount = facts.pageCount;
    }
    check.file = source.resolved.string();
    return check;
}
}  // namespace

void checkDecks(Lesson &lesson, const std::vector<fs::path> &mediaRoots, Reporter &reporter, bool strict, const DeckProbeFunction &probe)
{
    std::map<std::string, DeckCheck> checked;  // each deck is opened once, however many slides show its pages
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        PageRef &page = lesson.slides[i].page;
        if (!page.shown() || page.deck.empty())
            continue;
        const std::string base = childPointer("/slides", i) + (lesson.slides[i].kind == SlideKind::Page ? "" : "/backdrop");
        auto known = checked.find(page.deck);
        if (known == checked.end())
            known = checked.emplace(page.deck, checkDeck(page.deck, lesson, mediaRoots, probe)).first;
        const DeckCheck &check = known->second;
        if (!check.problem.empty()) {
            if (check.refused || strict)
                reporter.error(base + "/deck", check.problem);
            else
                reporter.warning(
                    base + "/deck",
                    say(QT_TRANSLATE_NOOP("LessonCheck", "%1; until then the projector shows a card instead of the page"), check.problem));
            continue;
        }
        const int last = std::max(page.number, page.lastNumber);
        if (check.pageCount >= 0 && last > check.pageCount) {
            const bool lastKey = page.lastNumber > page.number;
            const std::string message = sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "page %1 is not in deck %2, which has %n pages"),
                                                 check.pageCount, last, inQuotes(page.deck));
            if (strict)
                reporter.error(base + (lastKey ? "/lastPage" : "/page"), message);
            else
                reporter.warning(base + (lastKey ? "/lastPage" : "/page"), message);
            if (page.number > check.pageCount)
                continue;
        }
        page.file = check.file;
    }
}

}  // namespace stoppunkt
