// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace stoppunkt {

/// How the author's file is laid out where a member's value is written: the indentation of the line the
/// member stands on, the file's indentation step, and its line end. For an object written on one line, all
/// three keep the value on that line ("", "" and " ").
struct TextStyle {
    std::string outer;
    std::string step;
    std::string newline;
};

/// The lesson text with member `key` of the object at `objectPointer` (a JSON pointer) set to
/// `valueText(style)`, and every other byte as the author left it: only the member's value is replaced, or,
/// for an object without the member, the member is added after its last one, on a line of its own in the
/// file's indentation and line ends. Nothing when the text has no such object or breaks off.
std::optional<std::string> withMember(std::string_view text, const std::string &objectPointer, const std::string &key,
                                      const std::function<std::string(const TextStyle &)> &valueText);

/// Where the JSON value that starts at `start` ends (one past its last character), strings and escapes
/// respected; `npos` when the text breaks off first.
std::size_t jsonValueEnd(std::string_view text, std::size_t start);

/// `value` as a JSON string, quoted and escaped; invalid UTF-8 is replaced, never thrown on.
std::string jsonQuoted(const std::string &value);

}  // namespace stoppunkt
