// SPDX-License-Identifier: MIT
#include "lesson/jsonlocator.h"

#include "lesson/jsonscanner.h"

#include <algorithm>

namespace stoppunkt {

namespace {
constexpr std::size_t kIndexDepth = 256;
}

JsonLocator::JsonLocator(std::string_view text) : m_text(text) { }

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

std::size_t JsonLocator::valueOffset(const std::string &pointer) const
{
    ensure(pointer);
    return findOffset(m_values, pointer);
}

std::size_t JsonLocator::keyOffset(const std::string &pointer) const
{
    ensure(pointer);
    auto it = m_keys.find(pointer);
    return it != m_keys.end() ? it->second : valueOffset(pointer);
}

TextPosition JsonLocator::valuePosition(const std::string &pointer) const
{
    return offsetPosition(valueOffset(pointer));
}

TextPosition JsonLocator::keyPosition(const std::string &pointer) const
{
    return offsetPosition(keyOffset(pointer));
}

TextPosition JsonLocator::offsetPosition(std::size_t offset) const
{
    return positions({offset}).front();
}

std::vector<TextPosition> JsonLocator::positions(const std::vector<std::size_t> &offsets) const
{
    lineStarts();
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<TextPosition> out(offsets.size());
    // Walk the offsets in text order, counting columns on from the previous one on the same line.
    std::size_t line = 0;
    std::size_t counted = 0;  // the offset up to which `column` is counted
    int column = 1;
    for (std::size_t i : order) {
        const std::size_t offset = std::min(offsets[i], m_text.size());
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const std::size_t thisLine = static_cast<std::size_t>(it - m_lineStarts.begin()) - 1;
        if (thisLine != line) {
            line = thisLine;
            counted = m_lineStarts[line];
            column = 1;
        }
        for (; counted < offset; ++counted)
            if ((static_cast<unsigned char>(m_text[counted]) & 0xC0) != 0x80)
                ++column;
        out[i] = TextPosition{static_cast<int>(line + 1), column};
    }
    return out;
}

}  // namespace stoppunkt
