// SPDX-License-Identifier: MIT
#pragma once

#include "import/importedlesson.h"

#include <QStringList>

namespace stoppunkt {

/// What an import did, in a few short lines for the author: the slides, their build steps, the notes, the
/// films found, the time plan, and what was left out and why.
QStringList importSummary(const ImportedLesson &lesson, int hiddenSlides, int hiddenPages);

}  // namespace stoppunkt
