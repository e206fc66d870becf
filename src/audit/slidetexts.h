// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <QString>

#include <string>
#include <vector>

namespace stoppunkt {

/// A text the author wrote on a slide, and where it stands in the lesson file.
struct AuthoredText {
    std::string pointer;  ///< "/slides/4/options/2"
    QString text;
    /// A table's or chart's source line: small print by design, not held to the body text's size.
    bool smallPrint = false;
};

/// Every text of `slide` (the lesson's `index`-th) that the room may see, with its JSON pointer: titles,
/// bullets, prompts, options and their feedback, steps, cells, axes, quadrants, chart labels, captions.
std::vector<AuthoredText> authoredTexts(const Slide &slide, int index);

}  // namespace stoppunkt
