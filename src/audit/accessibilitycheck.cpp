// SPDX-License-Identifier: MIT
#include "audit/accessibilitycheck.h"

#include "audit/roomstates.h"
#include "audit/slidetexts.h"
#include "audit/textrecorder.h"
#include "lesson/jsonlocator.h"
#include "lesson/message.h"
#include "lesson/reporter.h"
#include "ui/sliderenderer.h"
#include "ui/theme.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace stoppunkt {

namespace {
/// A language tag's primary language, lower case: "da" for "da-DK".
std::string primaryLanguage(std::string tag)
{
    tag = tag.substr(0, tag.find_first_of("-_"));
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return tag;
}

void checkPages(const Lesson &lesson, Reporter &reporter)
{
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const Slide &slide = lesson.slides[i];
        if (slide.kind == SlideKind::Page && !slide.page.description)  // "" is an answer: decoration
            reporter.warning(childPointer("/slides", i),
                             say(QT_TRANSLATE_NOOP("LessonCheck", "slide %1 shows a page of %2 with no text alternative: add a "
                                                                  "\"description\" of what it shows (or \"\" if it only decorates)"),
                                 i + 1, inQuotes(slide.page.deck)));
    }
}

void checkSubtitles(const Lesson &lesson, Reporter &reporter)
{
    const std::string language = primaryLanguage(lesson.language);
    for (std::size_t i = 0; i < lesson.films.size(); ++i) {
        const Film &film = lesson.films[i];
        const bool found = std::any_of(film.subtitles.begin(), film.subtitles.end(),
                                       [&](const Subtitles &s) { return primaryLanguage(s.language) == language; });
        if (!found)
            reporter.warning(childPointer("/films", i),
                             say(QT_TRANSLATE_NOOP("LessonCheck", "the film %1 has no subtitles in the lesson's language (%2): trainees "
                                                                  "who do not hear it miss what is said; add them under \"subtitles\""),
                                 inQuotes(film.id), lesson.language));
    }
}

/// The authored text a drawn line belongs to: one that is that line, else the first that holds it.
const AuthoredText *sourceOf(const QString &drawn, const std::vector<AuthoredText> &texts)
{
    QString line = drawn.simplified();
    while (line.endsWith(QChar(0x2026)) || line.endsWith(QLatin1Char('.')))
        line.chop(1);  // an elided line ends in "…"
    if (std::count_if(line.begin(), line.end(), [](QChar c) { return c.isLetter(); }) < 2)
        return nullptr;  // an option's number, a count, a symbol
    const AuthoredText *holder = nullptr;
    for (const AuthoredText &text : texts) {
        const QString whole = text.text.simplified();
        if (whole.compare(line, Qt::CaseInsensitive) == 0)
            return &text;
        if (!holder && whole.contains(line, Qt::CaseInsensitive))
            holder = &text;
    }
    return holder;
}

/// The smallest size each authored text is drawn at over every picture the room sees: by slide, then by pointer.
using DrawnSizes = std::map<int, std::map<std::string, qreal>>;

DrawnSizes smallestDrawn(const Lesson &lesson)
{
    DrawnSizes smallest;
    TextRecorder recorder{QSize(int(SlideRenderer::kWidth), int(SlideRenderer::kHeight))};
    const SlideRenderer renderer;
    for (SlideFrame frame : everyRoomState(lesson)) {
        // The header's course and lesson names are Stoppunkt's small print over every slide; left out, they
        // cannot pass for the cover's title.
        frame.course.clear();
        frame.lessonTitle.clear();
        const int index = frame.view.slideIndex;
        const std::vector<AuthoredText> texts = authoredTexts(lesson.slides[index], index);
        recorder.clear();
        {
            QPainter painter(&recorder);
            renderer.renderSlide(painter, QRectF(0, 0, SlideRenderer::kWidth, SlideRenderer::kHeight), frame);
        }
        for (const DrawnText &drawn : recorder.items())
            if (const AuthoredText *source = sourceOf(drawn.text, texts); source && !source->smallPrint) {
                auto [at, added] = smallest[index].emplace(source->pointer, drawn.pixelSize);
                if (!added)
                    at->second = std::min(at->second, drawn.pixelSize);
            }
    }
    return smallest;
}

/// One warning per slide that draws text below the readable size, at its smallest text.
void checkTextSizes(const Lesson &lesson, Reporter &reporter)
{
    const int readable = theme::readableTextPx;
    for (const auto &[index, sizes] : smallestDrawn(lesson)) {
        int small = 0;
        const std::pair<const std::string, qreal> *smallest = nullptr;
        for (const auto &entry : sizes)
            if (int(entry.second + 0.5) < readable) {
                ++small;
                if (!smallest || entry.second < smallest->second)
                    smallest = &entry;
            }
        if (!smallest)
            continue;
        const int px = int(smallest->second + 0.5);
        reporter.warning(smallest->first,
                         sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "slide %1 draws %n texts below the size the back of the room "
                                                                     "reads, %2 px (%3 pt); this one is the smallest, %4 px (%5 pt) "
                                                                     "on a 1080p projector: shorten them, or split the slide"),
                                  small, index + 1, readable, readable / 2, px, px / 2));
    }
}
}  // namespace

std::vector<Diagnostic> checkAccessibility(const Lesson &lesson, std::string_view lessonText, const std::string &file)
{
    Reporter reporter;
    checkPages(lesson, reporter);
    checkSubtitles(lesson, reporter);
    checkTextSizes(lesson, reporter);
    return reporter.diagnostics(file, JsonLocator(lessonText));
}

}  // namespace stoppunkt
