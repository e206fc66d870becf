// SPDX-License-Identifier: MIT
#include "lesson/notestext.h"

#include "lesson/membertext.h"

namespace stoppunkt {

std::string notesArrayText(const std::vector<Note> &notes, const TextStyle &style)
{
    if (notes.empty())
        return "[]";
    const std::string item = style.outer + style.step;
    const std::string member = item + style.step;
    std::string out = "[";
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const Note &note = notes[i];
        out += style.newline + item + "{";
        out += style.newline + member + "\"kind\": " + jsonQuoted(std::string(noteKindName(note.kind))) + ",";
        if (note.step > 0)
            out += style.newline + member + "\"step\": " + std::to_string(note.step) + ",";
        out += style.newline + member + "\"text\": " + jsonQuoted(note.text);
        out += style.newline + item + (i + 1 < notes.size() ? "}," : "}");
    }
    return out + style.newline + style.outer + "]";
}

std::optional<std::string> withNotes(std::string_view text, std::size_t slideIndex, const std::vector<Note> &notes)
{
    return withMember(text, "/slides/" + std::to_string(slideIndex), "notes",
                      [&](const TextStyle &style) { return notesArrayText(notes, style); });
}

}  // namespace stoppunkt
