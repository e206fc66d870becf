// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "lesson/reporter.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace stoppunkt {

/// What a look inside a PDF deck found: whether it opens, and how many pages it has.
struct DeckFacts {
    bool opens = true;
    std::string problem;  ///< why not ("is encrypted with a password"), in the UI language
    int pageCount = -1;  ///< -1 when unknown
};
/// Opens an existing deck; the loader itself reads no PDF, so the program passes one in.
using DeckProbeFunction = std::function<DeckFacts(const std::filesystem::path &canonicalFile)>;

/// Checks every deck a slide names, where films may come from (the lesson's folder, the media folders), and
/// fills in each page's `file`. With a probe, also that each deck opens and has the page. A deck that is
/// missing or does not open is an error when `strict` (--validate) and a warning when presenting, where the
/// projector shows a card instead of the page.
void checkDecks(Lesson &lesson, const std::vector<std::filesystem::path> &mediaRoots, Reporter &reporter, bool strict = false,
                const DeckProbeFunction &probe = {});

}  // namespace stoppunkt
