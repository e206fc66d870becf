// SPDX-License-Identifier: MIT
#include "message.h"

#include <utility>

namespace stoppunkt {

namespace {
MessageTranslator &installed()
{
    static MessageTranslator translator;
    return translator;
}
} // namespace

void setMessageTranslator(MessageTranslator translator)
{
    installed() = std::move(translator);
}

namespace message {

std::string translated(const char *text, int count)
{
    if (const MessageTranslator &translator = installed()) {
        std::string out = translator(text, count);
        if (!out.empty())
            return out;
    }
    return text;
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

} // namespace message
} // namespace stoppunkt
