// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stoppunkt {

/// A JSON syntax error in the author's words and the UI language: what is missing or wrong at `offset` in
/// `text`, told from nlohmann's English `parserMessage` ("syntax error while parsing object - unexpected string
/// literal; expected '}'") without repeating it. Starts with "JSON syntax error: ".
std::string syntaxMessage(std::string_view text, std::size_t offset, std::string_view parserMessage);

}  // namespace stoppunkt
