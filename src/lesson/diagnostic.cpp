// SPDX-License-Identifier: MIT
#include "lesson/diagnostic.h"

#include <algorithm>

namespace stoppunkt {

std::string Diagnostic::format() const
{
    std::string out = file;
    if (line > 0)
        out += ':' + std::to_string(line) + ':' + std::to_string(column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    if (line > 0)
        out += " [" + (pointer.empty() ? std::string("/") : pointer) + ']';
    return out;
}

int errorCount(const std::vector<Diagnostic> &diagnostics)
{
    return static_cast<int>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

}  // namespace stoppunkt
