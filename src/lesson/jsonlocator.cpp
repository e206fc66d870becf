// SPDX-License-Identifier: MIT
#include "jsonlocator.h"

#include "jsonscanner.h"

#include <algorithm>

namespace stoppunkt {

namespace {
constexpr std::size_t kIndexDepth = 256;
}

JsonLocator::JsonLocator(std::string_view text) : m_text(text) {}

void JsonLocator::lineStarts() const
{
    if (!m_lineStarts.empty())
        return;
    m_lineStarts.push_back(0);
    for (std::size_t i = 0; i < m_text.size(); ++i)
        if (m_text[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

void JsonLocator::prepare(const std::vector<std::string> &pointers) const
{
    bool fresh = false;
    for (std::string p : pointers) {
        while (m_wanted.insert(p).second) {
            fresh = true;
            if (p.empty())
                break;
            p.erase(p.rfind('/'));
        }
    }
    if (!fresh)
        return;
    m_values.clear();
    m_keys.clear();
    JsonScanner scanner(m_text);
    scanner.onValue = [&](std::size_t offset) {
        if (m_wanted.count(scanner.pointer()))
            m_values.try_emplace(scanner.pointer(), offset);
    };
    scanner.onKey = [&](std::size_t offset) {
        if (m_wanted.count(scanner.pointer()))
            m_keys.try_emplace(scanner.pointer(), offset);
    };
    scanner.run(kIndexDepth);
}

void JsonLocator::ensure(const std::string &pointer) const
{
    if (!m_wanted.count(pointer))
        prepare({pointer});
}

std::size_t JsonLocator::findOffset(const std::unordered_map<std::string, std::size_t> &map, std::string pointer) const
{
    while (true) {
        auto it = map.find(pointer);
        if (it != map.end())
            return it->second;
        if (pointer.empty())
            return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

TextPosition JsonLocator::valuePosition(const std::string &pointer) const
{
    ensure(pointer);
    return offsetPosition(findOffset(m_values, pointer));
}

TextPosition JsonLocator::keyPosition(const std::string &pointer) const
{
    ensure(pointer);
    auto it = m_keys.find(pointer);
    return it != m_keys.end() ? offsetPosition(it->second) : valuePosition(pointer);
}

TextPosition JsonLocator::offsetPosition(std::size_t offset) const
{
    lineStarts();
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t lineStart = *(it - 1);
    TextPosition pos;
    pos.line = static_cast<int>(it - m_lineStarts.begin());
    pos.column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++pos.column;
    return pos;
}

} // namespace stoppunkt
