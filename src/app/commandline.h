// SPDX-License-Identifier: MIT
#pragma once

namespace stoppunkt {

/// Parses the command line (QCommandLineParser) and runs what it asks for; returns the exit code.
int runCommandLine(int argc, char *argv[]);

}  // namespace stoppunkt
