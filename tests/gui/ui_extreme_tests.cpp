// SPDX-License-Identifier: MIT
// A lesson at every limit the loader allows, with the worst text it lets through: it loads, and the renderer
// draws each slide inside the slide and nowhere else.
#include "lesson/lessonlimits.h"
#include "session/session.h"
#include "ui/questionlayout.h"
#include "ui/slideframe.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QPainter>

using namespace stoppunkt;

namespace {
std::string word(std::size_t chars, char c = 'W')
{
    return "\"" + std::string(chars, c) + "\"";
}

std::string list(std::size_t count, const std::string &item)
{
    std::string out = "[";
    for (std::size_t i = 0; i < count; ++i)
        out += (i ? "," : "") + item;
    return out + "]";
}

/// Every kind of slide, each list at its limit, each text one unbroken word at its limit.
std::string lessonAtTheLimits()
{
    const std::string text = word(limits::kTextChars);
    const std::string title = word(limits::kTitleChars);
    const std::string step = "{\"label\":" + text + ",\"detail\":" + text + ",\"says\":" + text + ",\"action\":" + text + "}";
    const std::string category = "{\"label\":" + text + ",\"values\":[1000000000,0,999999999,1]}";
    const std::string quadrant = "\"label\":" + text + ",\"detail\":" + text;
    return "{\"format\":1,\"id\":\"limits\",\"title\":" + title + ",\"course\":" + text
           + ",\"language\":\"da\",\"slides\":["
             "{\"kind\":\"cover\",\"title\":"
           + title + ",\"subtitle\":" + text + ",\"bullets\":" + list(limits::kBullets, text)
           + "},"
             "{\"kind\":\"bullets\",\"title\":"
           + title + ",\"lead\":" + text + ",\"bullets\":" + list(limits::kBullets, text)
           + "},"
             "{\"kind\":\"discussion\",\"title\":"
           + title + ",\"prompt\":" + text + ",\"bullets\":" + list(limits::kBullets, text)
           + "},"
             "{\"kind\":\"staircase\",\"title\":"
           + title + ",\"steps\":" + list(limits::kSteps, step)
           + "},"
             "{\"kind\":\"question\",\"title\":"
           + title + ",\"question\":" + text + ",\"options\":" + list(6, text)
           + ",\"answer\":6},"
             "{\"kind\":\"table\",\"title\":"
           + title + ",\"columns\":" + list(6, text) + ",\"rows\":" + list(limits::kRows, list(6, text)) + ",\"caption\":" + text
           + "},"
             "{\"kind\":\"matrix\",\"title\":"
           + title + ",\"xAxis\":{\"label\":" + text + ",\"low\":" + text + ",\"high\":" + text
           + "},"
             "\"yAxis\":{\"label\":"
           + text + ",\"low\":" + text + ",\"high\":" + text
           + "},\"quadrants\":["
             "{\"x\":\"low\",\"y\":\"low\","
           + quadrant + "},{\"x\":\"high\",\"y\":\"low\"," + quadrant
           + "},"
             "{\"x\":\"low\",\"y\":\"high\","
           + quadrant + "},{\"x\":\"high\",\"y\":\"high\",\"highlight\":true," + quadrant
           + "}]},"
             "{\"kind\":\"chart\",\"title\":"
           + title + ",\"series\":" + list(4, text) + ",\"unit\":" + text + ",\"categories\":" + list(limits::kCategories, category)
           + ",\"caption\":" + text
           + "},"
             "{\"kind\":\"summary\",\"title\":"
           + title + ",\"lead\":" + text + ",\"bullets\":" + list(limits::kBullets, text)
           + "}"
             "]}";
}
}  // namespace

TEST_CASE("a lesson at every limit draws each slide inside the slide, and only there")
{
    LoadResult result = loadLessonText(lessonAtTheLimits(), "/nonexistent/lessons/limits/lesson.json");
    INFO((result.diagnostics.empty() ? std::string() : result.diagnostics.front().format()));
    REQUIRE(result.ok());
    Session session(std::move(*result.lesson));
    const QColor outside(0xFF, 0x00, 0xFF);
    const QRect slide(100, 80, 960, 540);
    for (int i = 0; i < session.slideCount(); ++i) {
        INFO("slide " << i + 1 << " (" << slideKindName(session.lesson().slides[i].kind) << ")");
        QImage image(1160, 700, QImage::Format_RGB32);
        image.fill(outside);
        QPainter painter(&image);
        SlideRenderer().render(painter, slide, frameFor(session, session.thumbnailOf(i)));
        painter.end();
        if (const QByteArray dir = qgetenv("STOPPUNKT_SCREENSHOTS"); !dir.isEmpty())
            image.save(QStringLiteral("%1/limits-%2.png").arg(QString::fromLocal8Bit(dir)).arg(i + 1));
        int strayPixels = 0, inkPixels = 0;
        const QRgb paper = image.pixel(slide.left() + 2, slide.top() + 2);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const bool inside = slide.contains(x, y);
                if (!inside && image.pixel(x, y) != outside.rgb())
                    ++strayPixels;
                if (inside && image.pixel(x, y) != paper)
                    ++inkPixels;
            }
        CHECK(strayPixels == 0);
        CHECK(inkPixels > 2000);  // the slide shows its content, not nothing
    }
}

TEST_CASE("every option of every question fits its card in every phase: the reveal's bold never reflows out")
{
    int checked = 0;
    for (const char *id : {"konflikter-med-kunder", "kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        LoadResult result = loadLessonFile(std::string(STOPPUNKT_LESSONS "/") + id + "/lesson.json");
        REQUIRE(result.ok());
        for (const Slide &slide : result.lesson->slides) {
            if (!slide.isQuestion())
                continue;
            const QuestionLayout layout = layoutQuestion(publicPartOf(slide).question);
            REQUIRE(layout.options.size() == slide.question.options.size());
            for (std::size_t i = 0; i < layout.options.size(); ++i) {
                INFO(id << ", " << slide.title << ", option " << i + 1);
                const QuestionLayout::Option &o = layout.options[i];
                CHECK(o.card.contains(o.text));
                CHECK(o.card.contains(o.badge));
                // Discussing and wrong picks draw it normal, the right answer bold: both must fit, on the canvas
                // that every screen size scales (the fonts are unhinted, so the layout holds at any size).
                const QString text = QString::fromStdString(slide.question.options[i].text);
                for (QFont::Weight weight : {QFont::Normal, QFont::Bold})
                    CHECK(textlayout::height(text, theme::font(layout.optionPx, weight), o.text.width()) <= o.text.height());
                ++checked;
            }
        }
    }
    CHECK(checked == 4 * 4 + 4 * 4 + 4 * 4 + 3 * 4 + 2 * 4);
}
