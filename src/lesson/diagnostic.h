// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace stoppunkt {

enum class Severity { Error, Warning };

/// One problem found in a lesson file, placed by line, column and JSON pointer.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;  ///< 1-based; 0 when the problem is not inside the text
    int column = 0;  ///< 1-based, in characters (Unicode code points)
    std::string pointer;
    std::string message;

    /// GCC style, so editors can jump to it: `file:LINE:COL: error: MESSAGE [/json/pointer]`.
    std::string format() const;
};

/// Past this many problems in one file the rest are counted, not listed: nobody reads a million messages,
/// and placing them would cost more than the lesson.
constexpr std::size_t kMaxListedProblems = 500;

int errorCount(const std::vector<Diagnostic> &diagnostics);

}  // namespace stoppunkt
