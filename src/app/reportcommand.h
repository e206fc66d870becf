// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"

namespace stoppunkt {

/// `--report SESSION.json -o report.pdf`: the session's summary as a PDF.
int runReport(const Options &options);
/// `--handout out.pdf LESSON`: the facilitator's handout as a PDF.
int runHandout(const Options &options);

}  // namespace stoppunkt
