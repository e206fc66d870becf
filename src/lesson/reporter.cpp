// SPDX-License-Identifier: MIT
#include "reporter.h"

#include "jsonlocator.h"

#include <algorithm>
#include <tuple>

namespace stoppunkt {

void Reporter::error(std::string pointer, std::string message, Anchor anchor)
{
    m_entries.push_back({Severity::Error, std::move(pointer), std::move(message), anchor, 0, false});
}

void Reporter::warning(std::string pointer, std::string message, Anchor anchor)
{
    m_entries.push_back({Severity::Warning, std::move(pointer), std::move(message), anchor, 0, false});
}

void Reporter::errorAtOffset(std::size_t offset, std::string pointer, std::string message)
{
    m_entries.push_back({Severity::Error, std::move(pointer), std::move(message), Anchor::Value, offset, true});
}

int Reporter::errorCount() const
{
    return static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(),
                                          [](const Entry &e) { return e.severity == Severity::Error; }));
}

std::vector<Diagnostic> Reporter::diagnostics(const std::string &file, const JsonLocator &locator) const
{
    std::vector<std::string> pointers;
    for (const Entry &e : m_entries)
        if (!e.atOffset)
            pointers.push_back(e.pointer);
    locator.prepare(pointers);
    std::vector<Diagnostic> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries) {
        TextPosition pos;
        if (e.atOffset)
            pos = locator.offsetPosition(e.offset);
        else if (e.anchor == Anchor::Key)
            pos = locator.keyPosition(e.pointer);
        else
            pos = locator.valuePosition(e.pointer);
        out.push_back({e.severity, file, pos.line, pos.column, e.pointer, e.message});
    }
    // In file order, as an author reads and an editor lists them; found-order breaks ties.
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return out;
}

std::string inQuotes(std::string_view text)
{
    std::string out = "\"";
    out += text;
    out += '"';
    return out;
}

std::string listOf(const std::vector<std::string_view> &words, std::string_view lastJoin)
{
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += i + 1 == words.size() ? " " + std::string(lastJoin) + " " : ", ";
        out += inQuotes(words[i]);
    }
    return out;
}

std::string childPointer(const std::string &parent, std::string_view token)
{
    std::string out = parent + '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string childPointer(const std::string &parent, std::size_t index)
{
    return parent + '/' + std::to_string(index);
}

} // namespace stoppunkt
