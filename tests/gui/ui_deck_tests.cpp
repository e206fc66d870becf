// SPDX-License-Identifier: MIT
// Page slides: a PDF deck's pages drawn at the target's own resolution, letterboxed, stepped through with Next,
// and behind a question.
#include "decktestsupport.h"
#include "lesson/lessonloader.h"
#include "session/session.h"
#include "ui/handoutwriter.h"
#include "ui/slideframe.h"
#include "ui/sliderenderer.h"
#include "ui/theme.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <fstream>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// A lesson in `dir` beside deck.pdf (4 pages, or as written before).
Lesson deckLesson(const QTemporaryDir &dir, const std::string &slides)
{
    const std::string file = dir.filePath("lesson.json").toStdString();
    std::ofstream(file) << R"({"format": 1, "id": "deck", "title": "Deck", "course": "Test", "language": "da", "slides": [)" << slides
                        << "]}";
    const LoadResult result = loadLessonFile(file);
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(result.ok());
    return *result.lesson;
}

QImage draw(const Session &session, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    SlideRenderer().render(painter, QRectF(QPointF(0, 0), size), roomFrame(session, {}));
    return image;
}

bool near(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Pixels between black and white along row `y` from x0 to x1: the width of an edge's blur.
int greyPixels(const QImage &image, int y, int x0, int x1)
{
    int grey = 0;
    for (int x = x0; x < x1; ++x)
        grey += qGray(image.pixel(x, y)) > 40 && qGray(image.pixel(x, y)) < 215;
    return grey;
}
}  // namespace

TEST_CASE("a page slide shows its deck's page at 1280x720 and 3840x2160, drawn at the target's resolution")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 4);
    Session session(deckLesson(dir, R"({"kind": "page", "title": "One", "deck": "deck.pdf", "page": 1})"));
    for (const QSize size : {QSize(1280, 720), QSize(3840, 2160)}) {
        const QImage image = draw(session, size);
        INFO(size.width() << "x" << size.height());
        CHECK(near(image.pixel(size.width() / 2, size.height() / 2), pageColour(1)));
        CHECK(near(image.pixel(size.width() / 100, size.height() / 2), Qt::white));  // the page fills a 16:9 slide
        // The black square's left edge, at 5% of the width: as sharp at 4K as at 720p, in the target's pixels.
        const int y = int(size.height() * 0.1);
        CHECK(greyPixels(image, y, int(size.width() * 0.02), int(size.width() * 0.08)) <= 1);
    }
    // A 720p picture blown up to 4K would blur that edge over several pixels: the check above can tell.
    const QImage blown = draw(session, QSize(1280, 720)).scaled(3840, 2160, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    CHECK(greyPixels(blown, 216, 77, 307) >= 2);
}

TEST_CASE("a page of another shape is letterboxed in the projector's black, as a film is")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 1, {}, 254, 190.5);  // 4:3
    Session session(deckLesson(dir, R"({"kind": "page", "title": "Four by three", "deck": "deck.pdf", "page": 1})"));
    const QImage image = draw(session, QSize(1920, 1080));
    CHECK(near(image.pixel(20, 540), Qt::black, 2));
    CHECK(near(image.pixel(1900, 540), Qt::black, 2));
    CHECK(near(image.pixel(238, 540), Qt::black, 2));  // no light edge around the page either
    CHECK(near(image.pixel(960, 540), pageColour(1)));
    CHECK(near(image.pixel(960 - 720 + 20, 540), Qt::white));  // the page, 1440 px wide, starts at 240
}

TEST_CASE("Next steps through a page slide's pages, then goes on to a question with a page behind it")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 4);
    Session session(deckLesson(dir, R"({"kind": "page", "title": "Steps", "deck": "deck.pdf", "page": 1, "lastPage": 3,
                                        "notes": [{"text": "Tre trin"}]},
        {"kind": "question", "title": "Q", "question": "Hvilken?", "options": ["En", "To"], "answer": 2,
         "backdrop": {"deck": "deck.pdf", "page": 4}})"));
    const QSize size(1920, 1080);
    for (int page = 1; page <= 3; ++page) {
        INFO("page " << page);
        CHECK(session.slideIndex() == 0);
        CHECK(near(draw(session, size).pixel(960, 540), pageColour(page)));
        session.next();
    }
    REQUIRE(session.slideIndex() == 1);
    // The backdrop's black square shows through the veil in the margin, lighter than black, darker than paper.
    const QColor veiled = draw(session, size).pixel(100, 150);
    CHECK(qGray(veiled.rgb()) > 150);
    CHECK(qGray(veiled.rgb()) < qGray(theme::paper.rgb()) - 12);
    session.previous();  // back onto the page slide: its last page
    CHECK(near(draw(session, size).pixel(960, 540), pageColour(3)));
}

TEST_CASE("a page the deck does not have is a warning when presenting, and the slide says it cannot be shown")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 2);
    const std::string file = dir.filePath("lesson.json").toStdString();
    std::ofstream(file) << R"({"format": 1, "id": "deck", "title": "Deck", "course": "Test", "language": "da", "slides": [
        {"kind": "page", "title": "Missing", "deck": "deck.pdf", "page": 9}]})";
    LoadOptions options;
    options.probeDeck = [](const std::filesystem::path &) { return DeckFacts{true, {}, 2}; };
    const LoadResult result = loadLessonFile(file, options);
    REQUIRE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Severity::Warning);
    CHECK(result.diagnostics[0].message == "page 9 is not in deck \"deck.pdf\", which has 2 pages");
    Session session(*result.lesson);
    const QImage image = draw(session, QSize(1280, 720));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            coloured += near(image.pixel(x, y), pageColour(1)) || near(image.pixel(x, y), pageColour(2));
    CHECK(coloured == 0);
}

TEST_CASE("the handout prints a deck's page at the printer's resolution, not the screen's")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 1);
    Session session(deckLesson(dir, R"({"kind": "page", "title": "Side", "deck": "deck.pdf", "page": 1})"));
    const QString pdf = dir.filePath("handout.pdf");
    QString error;
    REQUIRE(writeHandout(session, pdf, &error) == 1);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromLatin1(file.readAll());
    // The page's picture: as many pixels as 300 dpi gives its printed width (the slide takes 72 % of a landscape
    // A4 page's 273 mm, about 7.7 in), so no fewer than 1,900 across.
    int widest = 0;
    static const QRegularExpression width(QStringLiteral("/Subtype /Image\\s*/Width (\\d+)"));
    for (const QRegularExpressionMatch &m : width.globalMatch(bytes))
        widest = std::max(widest, m.captured(1).toInt());
    CHECK(widest >= 1900);
}

TEST_CASE("the handout prints a page's description under it, in the lesson's language, and nothing for a decorative page")
{
    QTemporaryDir dir;
    writeDeck(dir.filePath("deck.pdf"), 2);
    Session session(deckLesson(dir, R"({"kind": "page", "title": "Trappen", "deck": "deck.pdf", "page": 1,
                                        "description": "Fem trin fra uenighed til konflikt."},
                                       {"kind": "page", "title": "Pynt", "deck": "deck.pdf", "page": 2, "description": ""})"));
    const QString pdf = dir.filePath("handout.pdf");
    QString error;
    REQUIRE(writeHandout(session, pdf, &error) == 2);
    QPdfDocument printed;
    REQUIRE(printed.load(pdf) == QPdfDocument::Error::None);
    CHECK(printed.getAllText(0).text().simplified().contains("Siden viser: Fem trin fra uenighed til konflikt."));
    CHECK_FALSE(printed.getAllText(1).text().contains("Siden viser"));
}
