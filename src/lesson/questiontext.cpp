// SPDX-License-Identifier: MIT
// A film-question slide written into the author's lesson text, whole or one changed member at a time.
#include "lesson/questiontext.h"

#include "lesson/notestext.h"

namespace stoppunkt {

namespace {
bool plain(const QuestionOption &option)
{
    return option.talkingPoints.empty() && option.feedback.empty();
}

std::string optionText(const QuestionOption &option, const TextStyle &style)
{
    if (plain(option))
        return jsonQuoted(option.text);
    const std::string member = style.outer + style.step;
    std::string out = "{" + style.newline + member + "\"text\": " + jsonQuoted(option.text);
    if (!option.talkingPoints.empty()) {
        out += "," + style.newline + member + "\"talkingPoints\": [";
        for (std::size_t i = 0; i < option.talkingPoints.size(); ++i)
            out += (i ? "," : "") + style.newline + member + style.step + jsonQuoted(option.talkingPoints[i]);
        out += style.newline + member + "]";
    }
    if (!option.feedback.empty())
        out += "," + style.newline + member + "\"feedback\": " + jsonQuoted(option.feedback);
    return out + style.newline + style.outer + "}";
}

std::string optionsText(const std::vector<QuestionOption> &options, const TextStyle &style)
{
    const TextStyle item{style.outer + style.step, style.step, style.newline};
    std::string out = "[";
    for (std::size_t i = 0; i < options.size(); ++i)
        out += (i ? "," : "") + style.newline + item.outer + optionText(options[i], item);
    return out + style.newline + style.outer + "]";
}

}  // namespace

std::string questionSlideText(const QuestionDraft &draft, const TextStyle &style)
{
    const Question &q = draft.question;
    const TextStyle inner{style.outer + style.step, style.step, style.newline};
    const std::string member = "," + style.newline + inner.outer;
    std::string out = "{" + style.newline + inner.outer + "\"kind\": \"film-question\"";
    out += member + "\"title\": " + jsonQuoted(draft.title);
    out += member + "\"film\": " + jsonQuoted(q.filmId);
    out += member + "\"stop\": " + jsonQuoted(q.stopId);
    out += member + "\"question\": " + jsonQuoted(q.prompt);
    out += member + "\"options\": " + optionsText(q.options, inner);
    out += member + "\"answer\": " + std::to_string(q.answer);
    if (!q.vote)
        out += member + "\"vote\": false";
    if (!draft.notes.empty())
        out += member + "\"notes\": " + notesArrayText(draft.notes, inner);
    return out + style.newline + style.outer + "}";
}

std::optional<std::string> withQuestion(std::string_view text, std::size_t slideIndex, const Slide &before, const QuestionDraft &draft)
{
    const std::string slide = "/slides/" + std::to_string(slideIndex);
    std::optional<std::string> out(std::string{text});
    const auto set = [&](const std::string &key, const std::function<std::string(const TextStyle &)> &value) {
        if (out)
            out = withMember(*out, slide, key, value);
    };
    const Question &q = draft.question;
    if (draft.title != before.title)
        set("title", [&](const TextStyle &) { return jsonQuoted(draft.title); });
    if (q.prompt != before.question.prompt)
        set("question", [&](const TextStyle &) { return jsonQuoted(q.prompt); });
    if (q.options != before.question.options)
        set("options", [&](const TextStyle &style) { return optionsText(q.options, style); });
    if (q.answer != before.question.answer)
        set("answer", [&](const TextStyle &) { return std::to_string(q.answer); });
    if (q.vote != before.question.vote)
        set("vote", [&](const TextStyle &) { return std::string(q.vote ? "true" : "false"); });
    if (draft.notes != before.notes)
        set("notes", [&](const TextStyle &style) { return notesArrayText(draft.notes, style); });
    return out;
}

}  // namespace stoppunkt
