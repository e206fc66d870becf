// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"

namespace stoppunkt {

/// `--stop-frames OUTDIR LESSON`: plays up to each stop point the way a lesson does and writes the frame
/// that stays on screen as OUTDIR/stop-N.png, at the film's native size.
int runStopFrames(const Options &options);

}  // namespace stoppunkt
