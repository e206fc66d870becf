// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace stoppunkt {

struct TextPosition {
    int line = 1;
    int column = 1;
};

/// Turns JSON pointers and byte offsets into line:column positions in the lesson text.
/// It records only the pointers asked for (and their ancestors), so a valid lesson pays nothing
/// and a lesson with a few problems pays one pass over the text.
class JsonLocator {
public:
    explicit JsonLocator(std::string_view text);

    /// Records the positions of these pointers and their ancestors in one pass; later queries for
    /// them cost a lookup. A query for a pointer not prepared prepares it on its own.
    void prepare(const std::vector<std::string> &pointers) const;

    /// Where the value at `pointer` starts; a pointer that does not exist falls back to its nearest ancestor.
    TextPosition valuePosition(const std::string &pointer) const;
    /// Where the key of the member at `pointer` starts; falls back to valuePosition().
    TextPosition keyPosition(const std::string &pointer) const;
    TextPosition offsetPosition(std::size_t offset) const;

    /// The byte offsets behind valuePosition() and keyPosition().
    std::size_t valueOffset(const std::string &pointer) const;
    std::size_t keyOffset(const std::string &pointer) const;
    /// Positions of many offsets in one sweep over the text: linear, however many share a line.
    std::vector<TextPosition> positions(const std::vector<std::size_t> &offsets) const;

private:
    void lineStarts() const;
    void ensure(const std::string &pointer) const;
    std::size_t findOffset(const std::unordered_map<std::string, std::size_t> &map, std::string pointer) const;

    std::string_view m_text;
    mutable std::unordered_set<std::string> m_wanted;
    mutable std::unordered_map<std::string, std::size_t> m_values;
    mutable std::unordered_map<std::string, std::size_t> m_keys;
    mutable std::vector<std::size_t> m_lineStarts;
};

}  // namespace stoppunkt
