// SPDX-License-Identifier: MIT
// Tells a JSON syntax error as an author would want it, in the UI language, from what nlohmann's parser found.
#include "lesson/syntaxmessage.h"

#include "lesson/message.h"

namespace stoppunkt {

namespace {
bool has(std::string_view message, std::string_view part)
{
    return message.find(part) != std::string_view::npos;
}

/// What stands at `offset`, as an author sees it: a key in quotes, or the character.
std::string tokenAt(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return {};
    if (text[offset] != '"')
        return std::string(1, text[offset]);
    const std::size_t close = text.find('"', offset + 1);
    return std::string(text.substr(offset, close == std::string_view::npos || close - offset > 40 ? 1 : close - offset + 1));
}

/// The problem in the middle of an object or an array: a separator or a closing bracket is missing.
std::string missingSeparator(std::string_view text, std::size_t offset, std::string_view parserMessage)
{
    const std::string token = tokenAt(text, offset);
    if (has(parserMessage, "parsing object separator") || has(parserMessage, "expected ':'"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a ':' is missing between a key and its value before %1"), token);
    if (has(parserMessage, "parsing object key"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a key in double quotes should come before %1 (and a decimal number takes a point, "
                                                    "as in 0.5, not a comma)"),
                   token);
    if (has(parserMessage, "parsing object"))
        return token.starts_with('"')
                   ? say(QT_TRANSLATE_NOOP("LessonCheck", "a comma is missing before %1 (between two keys of an object)"), token)
                   : say(QT_TRANSLATE_NOOP("LessonCheck", "a comma or a closing '}' is missing before %1"), token);
    if (has(parserMessage, "parsing array"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a comma or a closing ']' is missing before %1 (between two items of a list)"), token);
    return say(QT_TRANSLATE_NOOP("LessonCheck", "%1 cannot stand here"), token);
}

std::string problemOf(std::string_view text, std::size_t offset, std::string_view parserMessage)
{
    if (has(parserMessage, "unexpected end of input"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "the file ends too soon: a closing '}', ']' or '\"' is missing"));
    if (has(parserMessage, "missing closing quote"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a text has no closing '\"'"));
    if (has(parserMessage, "control character"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a line break or tab inside a text; write it as \\n or \\t"));
    if (has(parserMessage, "UTF-8"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "the file is not UTF-8 text; save it again as UTF-8"));
    if (has(parserMessage, "backslash") || has(parserMessage, "\\u"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a backslash starts an escape JSON does not know; write a backslash as \\\\"));
    const char first = offset < text.size() ? text[offset] : '\0';
    if (has(parserMessage, "invalid number") || (has(parserMessage, "invalid literal") && (first == '.' || first == '+')))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)"));
    if (has(parserMessage, "invalid literal"))
        return say(QT_TRANSLATE_NOOP("LessonCheck", "a word JSON does not know; text goes in double quotes, and the only bare words are "
                                                    "true, false and null"));
    if (has(parserMessage, "unexpected"))
        return missingSeparator(text, offset, parserMessage);
    return say(QT_TRANSLATE_NOOP("LessonCheck", "the JSON cannot be read from here on"));
}
}  // namespace

std::string syntaxMessage(std::string_view text, std::size_t offset, std::string_view parserMessage)
{
    return say(QT_TRANSLATE_NOOP("LessonCheck", "JSON syntax error: %1"), problemOf(text, offset, parserMessage));
}

}  // namespace stoppunkt
