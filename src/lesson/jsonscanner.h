// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// A tolerant, iterative walk over JSON text that knows the JSON pointer of every value it passes.
/// It never throws and never recurses: on malformed input it simply stops where the text breaks.
/// The loader uses it for what nlohmann::json does not give: positions, duplicate keys and a depth limit.
class JsonScanner {
public:
    explicit JsonScanner(std::string_view text);

    /// Called at the first character of every value; pointer() names that value.
    std::function<void(std::size_t offset)> onValue;
    /// Called at the opening quote of every member's key; pointer() names the member.
    std::function<void(std::size_t offset)> onKey;
    /// Called when an object repeats a key, with the repeated member's pointer and the offset of its key.
    /// Reported when the object closes (or the scan ends), in key order within each object.
    std::function<void(std::size_t offset, const std::string &pointer)> onDuplicateKey;
    /// Called for every scalar that is not a string (numbers, literals and malformed words), with its text;
    /// pointer() names it.
    std::function<void(std::size_t offset, std::string_view token)> onScalar;

    /// Walks the text up to `stopAt` (or its end). Returns false when nesting passes maxDepth.
    bool run(std::size_t maxDepth, std::size_t stopAt = std::string_view::npos);

    /// The pointer of the value being read, RFC 6901 escaped ("" for the root). Kept up to date as the
    /// scan moves, so reading it costs nothing.
    const std::string &pointer() const { return m_pointer; }
    /// Where nesting passed the limit, when run() returned false.
    std::size_t tooDeepOffset() const { return m_tooDeepOffset; }

    /// Decodes the escapes of a JSON string's raw body (without its quotes).
    static std::string decodeString(std::string_view raw);

private:
    struct Frame {
        bool object = false;
        std::size_t index = 0;
        std::size_t base = 0;  ///< length of the container's own pointer
        /// Decoded keys and where each stands, kept only when duplicates are reported. Sorted when the object
        /// closes: cache-friendly and n log n, where a hash set of a million keys spent a second in cache misses.
        std::vector<std::pair<std::string_view, std::size_t>> keys;
    };

    void setToken(std::string_view decoded);
    /// Leaves the innermost container, reporting the duplicate keys it had.
    void closeFrame();
    bool scan(std::size_t maxDepth);
    /// What the scan expects after a step, or why it stops.
    enum class Next { Value, Separator, Done, TooDeep };
    /// At a value: opens an object or array, or passes a string or a scalar.
    Next scanValue(std::size_t maxDepth);
    Next openContainer(char bracket, std::size_t maxDepth);
    /// After a value: a comma and the next key or index, or the end of an object or array.
    Next scanSeparator();

    void skipSpace();
    bool readString(std::string_view &raw);
    bool readKey();

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::size_t m_tooDeepOffset = 0;
    std::vector<Frame> m_stack;
    std::deque<std::string> m_decodedKeys;  ///< the keys that had escapes (a deque never moves them)
    std::string m_pointer;
};

}  // namespace stoppunkt
