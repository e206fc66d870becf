// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lessonloader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace stoppunkt::test {

/// A small valid lesson; tests break one thing in it at a time.
inline std::string minimalLesson()
{
    return R"({
  "format": 1,
  "id": "mini",
  "title": "Mini",
  "course": "Kursus",
  "language": "da",
  "films": [
    {
      "id": "clip",
      "source": "clip.mp4",
      "fps": 25,
      "stops": [
        { "id": "s1", "at": "00:10.000", "label": "Stop 1" },
        { "id": "s2", "at": 20.5, "label": "Stop 2" }
      ]
    }
  ],
  "slides": [
    { "kind": "cover", "title": "Mini", "bullets": ["a", "b"] },
    { "kind": "bullets", "title": "Points", "build": true, "bullets": ["one", "two", "three"],
      "notes": [ { "kind": "discuss", "text": "Ask the room." } ] },
    { "kind": "film-question", "title": "Film #1", "film": "clip", "stop": "s1",
      "question": "What now?", "options": ["A", "B", "C", "D"], "answer": 4 },
    { "kind": "film-question", "title": "Film #2", "film": "clip", "stop": "s2",
      "question": "And now?", "options": ["A", "B", { "text": "C", "talkingPoints": ["why"] }], "answer": 3 },
    { "kind": "film-segment", "title": "The end", "film": "clip", "from": "s2" },
    { "kind": "summary", "title": "Summary", "bullets": ["done"] }
  ]
}
)";
}

/// Replaces the first `from` in `text` with `to`; fails loudly when `from` is absent.
inline std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("test text has no " + from);
    return text.replace(at, from.size(), to);
}

/// Independent oracle: "line:column" (1-based, in characters) of the first `needle` in `text`.
inline std::string positionOf(const std::string &text, const std::string &needle)
{
    const auto at = text.find(needle);
    if (at == std::string::npos)
        throw std::runtime_error("test text has no " + needle);
    const auto lineStart = text.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t begin = lineStart == std::string::npos ? 0 : lineStart + 1;
    const auto line = std::count(text.begin(), text.begin() + static_cast<long>(at), '\n') + 1;
    long column = 1;
    for (std::size_t i = begin; i < at; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    return std::to_string(line) + ":" + std::to_string(column);
}

inline LoadResult loadText(const std::string &text)
{
    return loadLessonText(text, "/nonexistent/lessons/mini/lesson.json", {}, "mini.json");
}

inline std::string positionOf(const Diagnostic &d)
{
    return std::to_string(d.line) + ":" + std::to_string(d.column);
}

/// The errors only, without warnings (a missing film file is a warning in these texts).
inline std::vector<Diagnostic> errorsOf(const LoadResult &result)
{
    std::vector<Diagnostic> out;
    for (const auto &d : result.diagnostics)
        if (d.severity == Severity::Error)
            out.push_back(d);
    return out;
}

/// Loads `text`, expects exactly one error, and checks where it points: its JSON pointer, and the
/// line:column of the first `at` in the text.
inline Diagnostic onlyError(const std::string &text, const std::string &pointer, const std::string &at)
{
    const auto errors = errorsOf(loadText(text));
    INFO(text);
    REQUIRE(errors.size() == 1);
    INFO(errors[0].format());
    CHECK(errors[0].pointer == pointer);
    CHECK(positionOf(errors[0]) == positionOf(text, at));
    return errors[0];
}

}  // namespace stoppunkt::test
