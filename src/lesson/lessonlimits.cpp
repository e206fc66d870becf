// SPDX-License-Identifier: MIT
#include "lesson/lessonlimits.h"

namespace stoppunkt {

namespace {
/// The next code point of UTF-8 text (invalid bytes count as one character each).
char32_t nextCodePoint(std::string_view text, std::size_t &i)
{
    const auto byte = static_cast<unsigned char>(text[i++]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    char32_t code = extra == 3 ? byte & 0x07 : extra == 2 ? byte & 0x0F : extra == 1 ? byte & 0x1F : byte;
    for (; extra > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; --extra)
        code = (code << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return code;
}

/// The Unicode blocks of combining marks that stack on a letter.
bool isCombining(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF)
           || (c >= 0xFE20 && c <= 0xFE2F);
}
}  // namespace

bool checkText(Reporter &reporter, const std::string &pointer, std::string_view text, std::size_t maxChars)
{
    std::size_t chars = 0, run = 0, longestRun = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = nextCodePoint(text, i);
        ++chars;
        run = isCombining(c) ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    if (chars > maxChars) {
        reporter.error(pointer,
                       say(QT_TRANSLATE_NOOP("LessonCheck",
                                             "this text is %1 characters long; at most %2 fit here (put more in the notes or the handout)"),
                           chars, maxChars));
        return false;
    }
    if (longestRun > limits::kCombiningRun) {
        reporter.error(
            pointer,
            say(QT_TRANSLATE_NOOP("LessonCheck",
                                  "this text stacks %1 combining marks on one letter; at most %2 are allowed, so they stay on their line"),
                longestRun, limits::kCombiningRun));
        return false;
    }
    return true;
}

bool checkCount(Reporter &reporter, const std::string &pointer, std::size_t count, std::size_t max, const char *text)
{
    if (count <= max)
        return true;
    reporter.error(pointer, say(text, max, count));
    return false;
}

}  // namespace stoppunkt
