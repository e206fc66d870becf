// SPDX-License-Identifier: MIT
// Reads the lesson's "slides" array; each kind has its own keys.
#include "lesson/lessonlimits.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"
#include "lesson/suggestion.h"

#include <optional>

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

std::vector<std::string_view> keysFor(SlideKind kind)
{
    std::vector<std::string_view> keys{"kind", "id", "title", "notes", "build", "flipchart", "minutes", "section"};
    auto add = [&](std::initializer_list<std::string_view> more) { keys.insert(keys.end(), more); };
    switch (kind) {
    case SlideKind::Cover: add({"subtitle", "bullets"}); break;
    case SlideKind::Bullets: add({"lead", "bullets"}); break;
    case SlideKind::Discussion: add({"prompt", "bullets", "backdrop"}); break;
    case SlideKind::Staircase: add({"saysHeading", "actionHeading", "steps"}); break;
    case SlideKind::FilmQuestion: add({"film", "stop", "question", "options", "answer", "vote", "backdrop"}); break;
    case SlideKind::FilmSegment: add({"film", "from", "to", "announce", "backdrop"}); break;
    case SlideKind::Summary: add({"lead", "bullets", "lessons", "lessonsHeading"}); break;
    case SlideKind::Question: add({"question", "options", "answer", "vote", "backdrop"}); break;
    case SlideKind::Table: add({"columns", "rows", "caption"}); break;
    case SlideKind::Matrix: add({"xAxis", "yAxis", "quadrants"}); break;
    case SlideKind::Chart: add({"series", "categories", "unit", "max", "caption"}); break;
    case SlideKind::Page: add({"deck", "page", "lastPage", "description"}); break;
    }
    return keys;
}

void readSteps(ObjectReader &slide, Slide &out, Reporter &reporter)
{
    const nlohmann::json *steps = slide.array("steps", Need::Required);
    if (!steps)
        return;
    if (steps->size() < 2)
        reporter.error(slide.pointerOf("steps"), say(QT_TRANSLATE_NOOP("LessonCheck", "a staircase needs at least 2 steps")));
    checkCount(reporter, slide.pointerOf("steps"), steps->size(), limits::kSteps,
               QT_TRANSLATE_NOOP("LessonCheck", "a staircase has at most %1 steps, so the room can read them; this one has %2"));
    for (std::size_t i = 0; i < steps->size(); ++i) {
        ObjectReader r((*steps)[i], childPointer(slide.pointerOf("steps"), i), say(QT_TRANSLATE_NOOP("LessonCheck", "step %1"), i + 1),
                       reporter);
        if (!r.valid())
            continue;
        r.rejectUnknownKeys({"number", "label", "detail", "says", "action"}, say(QT_TRANSLATE_NOOP("LessonCheck", "a staircase step")));
        StaircaseStep step;
        // A number only where the lesson gives one: the same steps may be numbered on one slide and not on another.
        if (const nlohmann::json *number = r.value("number", Need::Optional)) {
            if (number->is_number_integer() && number->get<std::int64_t>() >= 0 && number->get<std::int64_t>() <= 99)
                step.number = std::to_string(number->get<std::int64_t>());
            else if (number->is_string() && !number->get_ref<const std::string &>().empty()
                     && number->get_ref<const std::string &>().size() <= 3)
                step.number = number->get<std::string>();
            else
                reporter.error(r.pointerOf("number"),
                               say(QT_TRANSLATE_NOOP(
                                   "LessonCheck", "\"number\" must be a whole number from 0 to 99, or up to 3 characters such as \"5a\"")));
        }
        step.label = r.text("label", Need::Required).value_or("");
        step.detail = r.text("detail", Need::Optional).value_or("");
        step.says = r.text("says", Need::Optional).value_or("");
        step.action = r.text("action", Need::Optional).value_or("");
        out.steps.push_back(std::move(step));
    }
}

void readOptions(ObjectReader &slide, Question &question, Reporter &reporter)
{
    const nlohmann::json *options = slide.array("options", Need::Required);
    if (!options)
        return;
    if (options->size() < 2 || options->size() > 6)
        reporter.error(slide.pointerOf("options"),
                       say(QT_TRANSLATE_NOOP("LessonCheck", "a question has 2 to 6 options; this one has %1"), options->size()));
    for (std::size_t i = 0; i < options->size(); ++i) {
        const nlohmann::json &item = (*options)[i];
        const std::string pointer = childPointer(slide.pointerOf("options"), i);
        QuestionOption option;
        if (item.is_string()) {
            option.text = item.get<std::string>();
            if (option.text.find_first_not_of(" \t\r\n") == std::string::npos)
                reporter.error(pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "option %1 must not be empty"), i + 1));
            else if (!checkText(reporter, pointer, option.text))
                option.text.clear();
        } else if (!item.is_object()) {
            reporter.error(pointer,
                           say(QT_TRANSLATE_NOOP("LessonCheck", "option %1 must be a string, or an object with \"text\", found %2"), i + 1,
                               jsonTypeName(item)));
            // A broken option still counts, so the answer is not reported out of range as well.
            question.options.push_back(std::move(option));
            continue;
        } else {
            ObjectReader r(item, pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "option %1"), i + 1), reporter);
            r.rejectUnknownKeys({"text", "talkingPoints", "feedback"}, say(QT_TRANSLATE_NOOP("LessonCheck", "an option")));
            option.text = r.text("text", Need::Required).value_or("");
            option.talkingPoints = r.textList("talkingPoints", Need::Optional);
            checkCount(
                reporter, r.pointerOf("talkingPoints"), option.talkingPoints.size(), limits::kTalkingPoints,
                QT_TRANSLATE_NOOP("LessonCheck", "an option has at most %1 talking points, so the room can read them; this one has %2"));
            option.feedback = r.text("feedback", Need::Optional).value_or("");
        }
        question.options.push_back(std::move(option));
    }
}

void readQuestion(ObjectReader &r, Slide &slide, Reporter &reporter)
{
    Question &q = slide.question;
    if (slide.kind == SlideKind::FilmQuestion) {
        q.filmId = r.text("film", Need::Required).value_or("");
        q.stopId = r.text("stop", Need::Required).value_or("");
    }
    q.prompt = r.text("question", Need::Required).value_or("");
    q.vote = r.boolean("vote", Need::Optional).value_or(true);
    readOptions(r, q, reporter);
    if (auto answer = r.integer("answer", Need::Required)) {
        const auto count = static_cast<std::int64_t>(q.options.size());
        if (*answer < 1 || *answer > count)
            reporter.error(
                r.pointerOf("answer"),
                say(QT_TRANSLATE_NOOP("LessonCheck", "answer %1 is out of range: this question has %2 options, numbered 1 to %3"), *answer,
                    count, count));
        else
            q.answer = static_cast<int>(*answer);
    }
}

/// The slide's kind, with the nearest name when it is misspelt; nothing when it is missing or unknown.
std::optional<std::string> readKind(ObjectReader &r, Slide &slide, Reporter &reporter)
{
    auto kindName = r.text("kind", Need::Required);
    if (!kindName)
        return std::nullopt;
    if (!slideKindFromName(*kindName, slide.kind)) {
        std::string message;
        if (auto s = closestMatch(*kindName, slideKindNames()); !s.empty())
            message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown slide kind %1; did you mean %2?"), inQuotes(*kindName), inQuotes(s));
        else
            message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown slide kind %1; the kinds are %2"), inQuotes(*kindName),
                          listOf(slideKindNames()));
        reporter.error(r.pointerOf("kind"), message);
        return std::nullopt;
    }
    return kindName;
}

/// What every kind of slide may have: its id, title, builds, flip chart, notes and planned time.
void readCommonKeys(ObjectReader &r, Slide &slide, Reporter &reporter)
{
    if (auto id = r.text("id", Need::Optional)) {
        if (!isPlainId(*id))
            reporter.error(
                r.pointerOf("id"),
                say(QT_TRANSLATE_NOOP("LessonCheck", "slide id %1 must be lowercase letters, digits and single hyphens, like \"film-2\""),
                    inQuotes(*id)));
        else
            slide.id = *id;
    }
    slide.title = r.text("title", Need::Required).value_or("");
    checkText(reporter, r.pointerOf("title"), slide.title, limits::kTitleChars);
    slide.build = r.boolean("build", Need::Optional).value_or(false);
    slide.flipchart = r.boolean("flipchart", Need::Optional).value_or(false);
    readNotes(r, slide, reporter);
    readTiming(r, slide, reporter);
}

/// What the slide's kind adds.
void readKindKeys(ObjectReader &r, Slide &slide, Reporter &reporter)
{
    const Need needBullets = slide.kind == SlideKind::Bullets || slide.kind == SlideKind::Summary ? Need::Required : Need::Optional;
    switch (slide.kind) {
    case SlideKind::Cover:
        slide.subtitle = r.text("subtitle", Need::Optional).value_or("");
        slide.bullets = r.textList("bullets", Need::Optional);
        break;
    case SlideKind::Bullets:
    case SlideKind::Summary:
        slide.lead = r.text("lead", Need::Optional).value_or("");
        slide.bullets = r.textList("bullets", needBullets);
        if (slide.kind == SlideKind::Summary) {
            for (std::string &id : r.textList("lessons", Need::Optional))
                slide.nextLessons.push_back({std::move(id), {}, {}});
            slide.lessonsHeading = r.text("lessonsHeading", Need::Optional).value_or("");
        }
        if (slide.nextLessons.size() > 6)
            reporter.error(
                r.pointerOf("lessons"),
                say(QT_TRANSLATE_NOOP("LessonCheck", "a summary offers at most 6 lessons, so their cards stay readable; this one has %1"),
                    slide.nextLessons.size()));
        break;
    case SlideKind::Discussion:
        slide.prompt = r.text("prompt", Need::Optional).value_or("");
        slide.bullets = r.textList("bullets", Need::Optional);
        readBackdrop(r, slide, reporter);
        break;
    case SlideKind::Staircase:
        slide.saysHeading = r.text("saysHeading", Need::Optional).value_or("");
        slide.actionHeading = r.text("actionHeading", Need::Optional).value_or("");
        readSteps(r, slide, reporter);
        break;
    case SlideKind::FilmQuestion:
    case SlideKind::Question:
        readQuestion(r, slide, reporter);
        readBackdrop(r, slide, reporter);
        break;
    case SlideKind::Table: readTable(r, slide, reporter); break;
    case SlideKind::Matrix: readMatrix(r, slide, reporter); break;
    case SlideKind::Chart: readChart(r, slide, reporter); break;
    case SlideKind::FilmSegment:
        slide.filmId = r.text("film", Need::Required).value_or("");
        slide.fromStop = r.text("from", Need::Optional).value_or("");
        slide.toStop = r.text("to", Need::Optional).value_or("");
        slide.announce = r.boolean("announce", Need::Optional).value_or(false);
        readBackdrop(r, slide, reporter);  // shown whole while the film has not begun, or has ended
        break;
    case SlideKind::Page: readPage(r, slide, reporter); break;
    }
}

void readSlide(const nlohmann::json &node, std::size_t index, Lesson &lesson, Reporter &reporter)
{
    const std::string what = say(QT_TRANSLATE_NOOP("LessonCheck", "slide %1"), index + 1);
    ObjectReader r(node, childPointer("/slides", index), what, reporter);
    // Every entry gets a slide, even a broken one, so slide numbers in later messages stay right.
    Slide &slide = lesson.slides.emplace_back();
    slide.kind = SlideKind::Bullets;
    if (!r.valid())
        return;
    const std::optional<std::string> kindName = readKind(r, slide, reporter);
    if (!kindName)
        return;
    r.rejectUnknownKeys(keysFor(slide.kind), say(QT_TRANSLATE_NOOP("LessonCheck", "a %1 slide"), *kindName));
    readCommonKeys(r, slide, reporter);
    readKindKeys(r, slide, reporter);
    checkCount(reporter, r.pointerOf("bullets"), slide.bullets.size(), limits::kBullets,
               QT_TRANSLATE_NOOP("LessonCheck", "a slide shows at most %1 bullets, so the room can read them; this one has %2"));
    if (slide.build && slide.buildCount() == 0)
        reporter.warning(r.pointerOf("build"),
                         say(QT_TRANSLATE_NOOP("LessonCheck", "\"build\" has no effect on this %1 slide"), *kindName));
    checkNoteSteps(r, slide, reporter);
}
}  // namespace

void readSlides(const nlohmann::json &root, Lesson &lesson, Reporter &reporter)
{
    ObjectReader top(root, "", say(QT_TRANSLATE_NOOP("LessonCheck", "the lesson")), reporter);
    const nlohmann::json *slides = top.array("slides", Need::Required);
    if (!slides)
        return;
    if (slides->empty())
        reporter.error("/slides", say(QT_TRANSLATE_NOOP("LessonCheck", "a lesson needs at least one slide")));
    lesson.slides.reserve(slides->size());
    for (std::size_t i = 0; i < slides->size(); ++i)
        readSlide((*slides)[i], i, lesson, reporter);
}

}  // namespace stoppunkt
