// SPDX-License-Identifier: MIT
// Writing one member of a lesson's JSON object into the author's own text, keeping every other byte.
#include "lesson/membertext.h"

#include "lesson/jsonlocator.h"

#include <nlohmann/json.hpp>

namespace stoppunkt {

namespace {
/// The whitespace at the start of the line that holds `offset`.
std::string_view indentOfLine(std::string_view text, std::size_t offset)
{
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t begin = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    std::size_t end = begin;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.substr(begin, end - begin);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
}  // namespace

std::string jsonQuoted(const std::string &value)
{
    return nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::size_t jsonValueEnd(std::string_view text, std::size_t start)
{
    if (start >= text.size())
        return std::string_view::npos;
    if (text[start] != '{' && text[start] != '[' && text[start] != '"') {
        std::size_t end = start;
        while (end < text.size() && text.find_first_of(",]} \t\r\n", end) != end)
            ++end;
        return end;
    }
    int depth = 0;
    bool inString = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            if (!inString && depth == 0)
                return i + 1;  // a string value on its own
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
    }
    return std::string_view::npos;
}

std::optional<std::string> withMember(std::string_view text, const std::string &objectPointer, const std::string &key,
                                      const std::function<std::string(const TextStyle &)> &valueText)
{
    const std::string memberPointer = objectPointer + "/" + key;
    JsonLocator locator(text);
    locator.prepare({memberPointer});
    const std::size_t objectStart = locator.valueOffset(objectPointer);
    // A pointer that does not exist falls back to its nearest ancestor: the object must be one of its own.
    const std::size_t parent = objectPointer.rfind('/');
    if (objectStart >= text.size() || text[objectStart] != '{'
        || (parent != std::string::npos && objectStart == locator.valueOffset(objectPointer.substr(0, parent))))
        return std::nullopt;
    const std::size_t objectEnd = jsonValueEnd(text, objectStart);
    if (objectEnd == std::string_view::npos)
        return std::nullopt;
    TextStyle style{"", "", " "};
    const bool multiline = text.substr(objectStart, objectEnd - objectStart).find('\n') != std::string_view::npos;
    // The file's indentation step: how much deeper the object's members stand than the object's own line.
    const std::string_view objectIndent = indentOfLine(text, objectStart);
    std::size_t firstMember = objectStart + 1;
    while (firstMember < objectEnd && isSpace(text[firstMember]))
        ++firstMember;
    const std::string_view memberIndent = text[firstMember] == '"' ? indentOfLine(text, firstMember) : objectIndent;
    if (multiline) {
        style.newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
        style.step = memberIndent.size() > objectIndent.size() ? std::string(memberIndent.substr(objectIndent.size())) : "  ";
        style.outer = memberIndent.size() > objectIndent.size() ? std::string(memberIndent) : std::string(objectIndent) + style.step;
    }
    std::string result(text);
    const std::size_t valueStart = locator.valueOffset(memberPointer);
    if (valueStart != objectStart) {
        const std::size_t valueEnd = jsonValueEnd(text, valueStart);
        if (valueEnd == std::string_view::npos)
            return std::nullopt;
        if (multiline)
            style.outer = std::string(indentOfLine(text, locator.keyOffset(memberPointer)));
        result.replace(valueStart, valueEnd - valueStart, valueText(style));
        return result;
    }
    // No such member yet: added after the object's last one.
    std::size_t last = objectEnd - 1;  // the closing brace
    while (last > objectStart && isSpace(text[last - 1]))
        --last;
    const bool empty = last == objectStart + 1;
    const std::string member = multiline ? (empty ? "" : ",") + style.newline + style.outer + jsonQuoted(key) + ": " + valueText(style)
                                         : (empty ? "" : ", ") + jsonQuoted(key) + ": " + valueText(style);
    result.insert(last, member);
    return result;
}

}  // namespace stoppunkt
