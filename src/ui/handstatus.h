// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

class KeyBindings;
class SessionView;

/// The console's line for what the facilitator's hand holds: the pen (its colour and width), the highlighter,
/// the eraser, or the zoom, with the key that leaves it; empty when she holds none of them.
QString handStatusText(const SessionView &session, const KeyBindings &bindings);

}  // namespace stoppunkt
