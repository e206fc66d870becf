// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>

namespace stoppunkt {

struct Options;
class UiTranslator;

/// Presenting, the program's main mode: loads the lesson (or asks for one), shows the presenter and runs the
/// event loop; returns the exit code.
int runPresenter(const Options &options, const QElapsedTimer &sinceStart, UiTranslator &translator);

}  // namespace stoppunkt
