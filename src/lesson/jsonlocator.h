// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stoppunkt {

struct TextPosition {
    int line = 1;
    int column = 1;
};

/// Turns JSON pointers and byte offsets into line:column positions in the lesson text.
/// The index of pointers is built on the first query, so a valid lesson pays nothing for it.
class JsonLocator {
public:
    explicit JsonLocator(std::string_view text);

    /// Where the value at `pointer` starts; a pointer that does not exist falls back to its nearest ancestor.
    TextPosition valuePosition(const std::string &pointer) const;
    /// Where the key of the member at `pointer` starts; falls back to valuePosition().
    TextPosition keyPosition(const std::string &pointer) const;
    TextPosition offsetPosition(std::size_t offset) const;

private:
    void buildIndex() const;
    std::size_t findOffset(const std::unordered_map<std::string, std::size_t> &map, std::string pointer) const;

    std::string_view m_text;
    mutable bool m_indexed = false;
    mutable std::unordered_map<std::string, std::size_t> m_values;
    mutable std::unordered_map<std::string, std::size_t> m_keys;
    mutable std::vector<std::size_t> m_lineStarts;
};

} // namespace stoppunkt
