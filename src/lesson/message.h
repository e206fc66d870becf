// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// The lesson library has no Qt, but its problems are told in the UI language. Their words are marked as
// Qt's are, so lupdate files them under the context "LessonCheck"; outside Qt the marks are the text.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
#ifndef QT_TRANSLATE_N_NOOP
#define QT_TRANSLATE_N_NOOP(scope, x) x
#endif

namespace stoppunkt {

/// Turns a marked English text (context "LessonCheck") into the UI language; `count` is -1, or the number
/// that chooses a plural form. The program installs one that asks Qt's translators; without one, the
/// problems are English.
using MessageTranslator = std::function<std::string(const char *text, int count)>;

/// Set once, before lessons are loaded. Its answers are kept per template (a large lesson asks for "slide %1"
/// thousands of times), so when the UI language changes the program calls forgetTranslatedMessages().
void setMessageTranslator(MessageTranslator translator);
/// Drops the kept answers: the next message asks the translator again (a new UI language).
void forgetTranslatedMessages();

namespace message {
std::string translated(const char *text, int count);
/// Puts the arguments in for %1 … %9, and the count for %n, in one pass (an argument's own "%1" stays).
std::string substituted(std::string_view text, const std::vector<std::string> &args, long long count);

inline std::string argument(const std::string &value)
{
    return value;
}
inline std::string argument(std::string_view value)
{
    return std::string(value);
}
inline std::string argument(const char *value)
{
    return value;
}
template <typename Number, typename = std::enable_if_t<std::is_arithmetic_v<Number>>> std::string argument(Number value)
{
    if constexpr (std::is_floating_point_v<Number>) {
        std::string text = std::to_string(value);
        text.erase(text.find_last_not_of('0') + 1);
        if (!text.empty() && text.back() == '.')
            text.pop_back();
        return text;
    } else {
        return std::to_string(value);
    }
}
}  // namespace message

/// A problem's words in the UI language: `text`, marked QT_TRANSLATE_NOOP("LessonCheck", …), with %1 … %9
/// standing for the arguments in order (strings or numbers).
template <typename... Args> std::string say(const char *text, const Args &...args)
{
    return message::substituted(message::translated(text, -1), {message::argument(args)...}, 0);
}

/// The same for a counted text, marked QT_TRANSLATE_N_NOOP("LessonCheck", …): %n is the count, and the
/// language's plural form for it is chosen.
template <typename... Args> std::string sayCount(const char *text, long long count, const Args &...args)
{
    return message::substituted(message::translated(text, static_cast<int>(count)), {message::argument(args)...}, count);
}

}  // namespace stoppunkt
