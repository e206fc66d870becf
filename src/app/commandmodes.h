// SPDX-License-Identifier: MIT
#pragma once

#include "app/options.h"

#include <QElapsedTimer>
#include <QLatin1String>
#include <QTextStream>

#include <vector>

namespace stoppunkt {

class UiTranslator;

/// What a mode is run with, once its application object and the UI language are in place.
struct ModeRun {
    const Options &options;
    UiTranslator &translator;
    QTextStream &out;
    QTextStream &err;
    const QElapsedTimer &sinceStart;
};

/// Which application object a mode needs.
enum class ModeApplication {
    Terminal,  ///< QCoreApplication: prints and exits
    Images,  ///< QApplication that draws into images and files; offscreen when there is no display
    Windows,  ///< QApplication with windows; needs a display
};

/// How many lesson files a mode takes as arguments.
enum class ModeLessons { None, One, AtLeastOne, AtMostOne };

/// One way to run the program. The parser reads the table to choose the mode and to say which options
/// cannot be combined; runCommandLine() reads it to make the application object and to run the mode.
struct CommandMode {
    Options::Mode mode;
    QLatin1String option;  ///< the option that chooses it; empty for presenting, which none does
    bool exclusive;  ///< cannot be combined with another exclusive mode (help and version win over all)
    ModeLessons lessons;
    ModeApplication application;
    int (*run)(const ModeRun &);
};

/// Every mode, in the order the parser looks for its option.
const std::vector<CommandMode> &commandModes();
const CommandMode &commandMode(Options::Mode mode);

}  // namespace stoppunkt
