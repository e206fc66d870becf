// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"
#include "reporter.h"

#include <nlohmann/json.hpp>

namespace stoppunkt {

/// The parts of the loader that turn checked JSON into value types, one function per part.
void readFilms(const nlohmann::json &root, Lesson &lesson, Reporter &reporter);
void readSlides(const nlohmann::json &root, Lesson &lesson, Reporter &reporter);
/// Checks that need the whole lesson: questions to stops, segments, unused stops.
void checkReferences(const Lesson &lesson, Reporter &reporter);

} // namespace stoppunkt
