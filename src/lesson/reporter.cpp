// SPDX-License-Identifier: MIT
#include "lesson/reporter.h"

#include "lesson/jsonlocator.h"

#include <algorithm>
#include <tuple>

namespace stoppunkt {

bool Reporter::listing() const
{
    return m_entries.size() < kMaxListedProblems;
}

bool Reporter::full()
{
    if (m_entries.size() < kMaxListedProblems)
        return false;
    ++m_dropped;
    return true;
}

void Reporter::error(std::string pointer, std::string message, Anchor anchor)
{
    if (full()) {
        ++m_droppedErrors;
        return;
    }
    m_entries.push_back({Severity::Error, std::move(pointer), std::move(message), anchor, 0, false});
}

void Reporter::warning(std::string pointer, std::string message, Anchor anchor)
{
    if (full())
        return;
    m_entries.push_back({Severity::Warning, std::move(pointer), std::move(message), anchor, 0, false});
}

void Reporter::errorAtOffset(std::size_t offset, std::string pointer, std::string message)
{
    if (full()) {
        ++m_droppedErrors;
        return;
    }
    m_entries.push_back({Severity::Error, std::move(pointer), std::move(message), Anchor::Value, offset, true});
}

int Reporter::errorCount() const
{
    return m_droppedErrors + static_cast<int>(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) {
               return e.severity == Severity::Error;
           }));
}

std::vector<Diagnostic> Reporter::diagnostics(const std::string &file, const JsonLocator &locator) const
{
    std::vector<std::string> pointers;
    for (const Entry &e : m_entries)
        if (!e.atOffset)
            pointers.push_back(e.pointer);
    locator.prepare(pointers);
    std::vector<std::size_t> offsets;
    offsets.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        offsets.push_back(e.atOffset ? e.offset : e.anchor == Anchor::Key ? locator.keyOffset(e.pointer) : locator.valueOffset(e.pointer));
    const std::vector<TextPosition> positions = locator.positions(offsets);
    std::vector<Diagnostic> out;
    out.reserve(m_entries.size() + 1);
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        out.push_back({e.severity, file, positions[i].line, positions[i].column, e.pointer, e.message});
    }
    // In file order, as an author reads and an editor lists them; found-order breaks ties.
    std::stable_sort(out.begin(), out.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); });
    if (m_dropped > 0)
        out.push_back({m_droppedErrors > 0 ? Severity::Error : Severity::Warning, file, 0, 0, "",
                       sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "%n more problems are not listed; fix the first %1 and check again"),
                                m_dropped, kMaxListedProblems)});
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
            out +=
                i + 1 == words.size()
                    ? " " + (lastJoin == "and" ? say(QT_TRANSLATE_NOOP("LessonCheck", "and")) : say(QT_TRANSLATE_NOOP("LessonCheck", "or")))
                          + " "
                    : ", ";
        out += inQuotes(words[i]);
    }
    return out;
}

void appendPointerToken(std::string &pointer, std::string_view token)
{
    pointer += '/';
    for (char c : token) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

std::string childPointer(const std::string &parent, std::string_view token)
{
    std::string out = parent;
    appendPointerToken(out, token);
    return out;
}

std::string childPointer(const std::string &parent, std::size_t index)
{
    return parent + '/' + std::to_string(index);
}

}  // namespace stoppunkt
