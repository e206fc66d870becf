// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace stoppunkt {

/// The context of the command line's words (help, usage errors, what a command wrote) in the translation
/// files.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

}  // namespace stoppunkt
