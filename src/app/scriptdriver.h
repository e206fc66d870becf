// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

class Presenter;

/// Automation for tests and demos (--script): presses keys through the same dispatcher as the keyboard,
/// adds flip-chart entries and opens lessons, then lets the presenter run. Kept apart from the presenter,
/// so the program a facilitator runs has no test path in it.
class ScriptDriver {
public:
    /// `script`: comma-separated keys ("Right,2,Return"), "flipchart:TEXT", "draw:U V U V …" (a press, a drag
    /// through those points across the slide, 0..1, and a release) and "lesson:N" (the summary's
    /// Nth lesson) or "lesson:FILE". Each item that cannot be done is named on standard error.
    static void run(Presenter &presenter, const QString &script);
    /// The session's state as one line of JSON on standard output (--print-state).
    static void printState(Presenter &presenter);
};

}  // namespace stoppunkt
