// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/membertext.h"
#include "lesson/slide.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// A question at a film's stop as the author writes it: its slide's title, the question, and its notes.
struct QuestionDraft {
    std::string title;
    Question question;  ///< film, stop, the question, its options, the right one, and whether the room votes
    std::vector<Note> notes;
};

/// The draft as a whole film-question slide object, in the file's style: each member on its own line, an
/// option as a string unless it has talking points or feedback, "vote" only when the room does not vote.
std::string questionSlideText(const QuestionDraft &draft, const TextStyle &style);

/// The lesson text with the question slide at `slideIndex` holding the draft. Only the members whose value
/// differs from `before` (the slide as loaded) are written, each with withMember; every other byte stays.
/// Nothing when the text has no such slide.
std::optional<std::string> withQuestion(std::string_view text, std::size_t slideIndex, const Slide &before, const QuestionDraft &draft);

}  // namespace stoppunkt
