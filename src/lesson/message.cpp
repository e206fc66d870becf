// SPDX-License-Identifier: MIT
#include "lesson/message.h"

#include <map>
#include <mutex>
#include <utility>

namespace stoppunkt {

namespace {
MessageTranslator &installed()
{
    static MessageTranslator translator;
    return translator;
}

/// Templates already translated, by their (static) text and count: a 10,000-slide lesson asks for "slide %1"
/// ten thousand times, and each answer is the same until the translator changes. Guarded, so a loader on
/// another thread stays safe.
struct TranslatedCache {
    std::mutex mutex;
    std::map<std::pair<const char *, int>, std::string> texts;
};

TranslatedCache &cache()
{
    static TranslatedCache cache;
    return cache;
}
}  // namespace

void setMessageTranslator(MessageTranslator translator)
{
    installed() = std::move(translator);
    forgetTranslatedMessages();
}

void forgetTranslatedMessages()
{
    const std::lock_guard lock(cache().mutex);
    cache().texts.clear();
}

namespace message {

std::string translated(const char *text, int count)
{
    const MessageTranslator &translator = installed();
    if (!translator)
        return text;
    TranslatedCache &known = cache();
    const std::lock_guard lock(known.mutex);
    const auto found = known.texts.find({text, count});
    if (found != known.texts.end())
        return found->second;
    std::string out = translator(text, count);
    if (out.empty())
        out = text;
    return known.texts.emplace(std::pair{text, count}, std::move(out)).first->second;
}

std::string substituted(std::string_view text, const std::vector<std::string> &args, long long count)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next >= '1' && next <= '9' && static_cast<std::size_t>(next - '1') < args.size()) {
                out += args[static_cast<std::size_t>(next - '1')];
                ++i;
                continue;
            }
            if (next == 'n') {
                out += std::to_string(count);
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace message
}  // namespace stoppunkt
