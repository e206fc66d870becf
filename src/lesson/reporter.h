// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/diagnostic.h"
#include "lesson/message.h"

#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

class JsonLocator;

/// Collects every problem the loader finds, anchored to a JSON pointer; places them in the text at the end.
class Reporter {
public:
    enum class Anchor { Value, Key };

    void error(std::string pointer, std::string message, Anchor anchor = Anchor::Value);
    void warning(std::string pointer, std::string message, Anchor anchor = Anchor::Value);
    /// A problem at a byte offset (syntax errors, nesting), with the pointer of what was being read.
    void errorAtOffset(std::size_t offset, std::string pointer, std::string message);

    int errorCount() const;
    /// False once kMaxListedProblems are listed: later problems are only counted, so a caller may skip
    /// composing their messages.
    bool listing() const;
    /// Resolves every anchor to line:column for the given file name, sorted by position.
    std::vector<Diagnostic> diagnostics(const std::string &file, const JsonLocator &locator) const;

private:
    struct Entry {
        Severity severity;
        std::string pointer;
        std::string message;
        Anchor anchor;
        std::size_t offset;
        bool atOffset;
    };
    bool full();

    std::vector<Entry> m_entries;
    int m_droppedErrors = 0;
    int m_dropped = 0;
};

/// Quotes a value for a message: "title".
std::string inQuotes(std::string_view text);
/// Lists words for a message: "cover", "bullets" or "summary".
std::string listOf(const std::vector<std::string_view> &words, std::string_view lastJoin = "or");
/// A JSON pointer with one more token, escaped per RFC 6901.
std::string childPointer(const std::string &parent, std::string_view token);
std::string childPointer(const std::string &parent, std::size_t index);
/// Appends '/' and one token to a JSON pointer, escaped per RFC 6901 ('~' as ~0, '/' as ~1).
void appendPointerToken(std::string &pointer, std::string_view token);

}  // namespace stoppunkt
