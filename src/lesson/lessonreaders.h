// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "lesson/reporter.h"

#include <nlohmann/json.hpp>

namespace stoppunkt {

/// The parts of the loader that turn checked JSON into value types, one function per part.
void readFilms(const nlohmann::json &root, Lesson &lesson, Reporter &reporter);
void readSlides(const nlohmann::json &root, Lesson &lesson, Reporter &reporter);
class ObjectReader;
/// The data slides' parts (datareader.cpp).
void readTable(ObjectReader &slide, Slide &out, Reporter &reporter);
void readMatrix(ObjectReader &slide, Slide &out, Reporter &reporter);
void readChart(ObjectReader &slide, Slide &out, Reporter &reporter);
/// A page slide's deck and pages, and the backdrop page of a question or discussion (pagereader.cpp).
void readPage(ObjectReader &slide, Slide &out, Reporter &reporter);
void readBackdrop(ObjectReader &slide, Slide &out, Reporter &reporter);
/// A BCP 47 tag as lessons use it: 2–3 letters, then subtags of 2–8 letters or digits ("da", "sv-SE").
bool isLanguageTag(std::string_view tag);
/// A film's subtitle files (subtitlereader.cpp).
void readSubtitles(ObjectReader &film, Film &out, Reporter &reporter);
/// A slide's notes, and the check that each note's step is one the slide shows once its kind's keys are read
/// (notereader.cpp).
void readNotes(ObjectReader &slide, Slide &out, Reporter &reporter);
void checkNoteSteps(ObjectReader &slide, const Slide &out, Reporter &reporter);
/// A slide's planned minutes and the section it opens (timingreader.cpp).
void readTiming(ObjectReader &slide, Slide &out, Reporter &reporter);
/// Checks that need the whole lesson: questions to stops, segments, unused stops.
void checkReferences(const Lesson &lesson, Reporter &reporter);
/// The lessons a summary slide offers next must exist beside this one: an error when `strict`, else a warning.
/// Fills in their titles from their files.
void checkLinkedLessons(Lesson &lesson, Reporter &reporter, bool strict);

}  // namespace stoppunkt
