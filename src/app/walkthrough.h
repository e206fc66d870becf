// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"

namespace stoppunkt {

/// `--walkthrough OUTDIR`: steps through the lesson as a Next-only clicker would and writes
/// OUTDIR/step-NNN-projector.png and OUTDIR/step-NNN-console.png at every step.
int runWalkthrough(const Options &options);

}  // namespace stoppunkt
