// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/decksource.h"

namespace stoppunkt {

/// Opens a lesson's PDF decks for the loader's check (each file once per load): that it opens, and its pages.
DeckProbeFunction deckProbe();

}  // namespace stoppunkt
