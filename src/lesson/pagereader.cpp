// SPDX-License-Identifier: MIT
// Reads which page of a PDF deck a slide shows: a page slide's pages, or a question's or discussion's backdrop.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

/// A page number at `key`: a whole number from 1 to the largest deck's page count.
std::optional<int> pageNumber(ObjectReader &r, std::string_view key, Need need, Reporter &reporter)
{
    const auto number = r.integer(key, need);
    if (!number)
        return std::nullopt;
    if (*number < 1 || *number > limits::kDeckPages) {
        reporter.error(r.pointerOf(key),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is %2; pages are numbered from 1 (the deck's first page) to at most %3"),
                           inQuotes(key), *number, limits::kDeckPages));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

void readDeck(ObjectReader &r, PageRef &page)
{
    page.deck = r.text("deck", Need::Required).value_or("");
    page.description = r.textOrEmpty("description");
}
}  // namespace

void readPage(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    readDeck(slide, out.page);
    const std::optional<int> first = pageNumber(slide, "page", Need::Required, reporter);
    const std::optional<int> last = pageNumber(slide, "lastPage", Need::Optional, reporter);
    if (!first)
        return;
    out.page.number = *first;
    out.page.lastNumber = *first;
    if (!last)
        return;
    if (*last < *first) {
        reporter.error(slide.pointerOf("lastPage"),
                       say(QT_TRANSLATE_NOOP("LessonCheck",
                                             "\"lastPage\" is %1, before \"page\" %2; Next steps from \"page\" forward to \"lastPage\""),
                           *last, *first));
    } else if (*last - *first > limits::kPageSteps) {
        reporter.error(
            slide.pointerOf("lastPage"),
            say(QT_TRANSLATE_NOOP("LessonCheck",
                                  "one slide steps through at most %1 pages after its first; this one steps through %2 (make more slides)"),
                limits::kPageSteps, *last - *first));
    } else {
        out.page.lastNumber = *last;
        out.build = *last > *first;  // each Next shows the deck's next page, as a build shows the next item
    }
}

void readBackdrop(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    const nlohmann::json *node = slide.value("backdrop", Need::Optional);
    if (!node)
        return;
    ObjectReader r(*node, slide.pointerOf("backdrop"), say(QT_TRANSLATE_NOOP("LessonCheck", "the backdrop")), reporter);
    if (!r.valid())
        return;
    r.rejectUnknownKeys({"deck", "page", "description"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a backdrop")));
    readDeck(r, out.page);
    if (const std::optional<int> number = pageNumber(r, "page", Need::Required, reporter)) {
        out.page.number = *number;
        out.page.lastNumber = *number;
    }
}

}  // namespace stoppunkt
