// SPDX-License-Identifier: MIT
// The supplementary module on screen: data slides drawn from their data, questions without film, the
// picker's order, and going on from the summary of "Konflikter med kunder" to the lesson the group chose.
#include "app/recordkeeper.h"
#include "input/commanddispatcher.h"
#include "session/recordcodec.h"
#include "session/session.h"
#include "session/sessionsummary.h"
#include "ui/consolewindow.h"
#include "ui/lessonpicker.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"
#include "uitestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <fstream>
#include <iterator>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
Lesson moduleLesson(const std::string &id)
{
    LoadResult result = loadLessonFile(STOPPUNKT_LESSONS "/" + id + "/lesson.json");
    REQUIRE(result.ok());
    return std::move(*result.lesson);
}

QImage render(const SlideFrame &frame)
{
    QImage image(960, 540, QImage::Format_RGB32);
    QPainter painter(&image);
    SlideRenderer().render(painter, QRectF(0, 0, 960, 540), frame);
    return image;
}

/// Pixels in a band of rows that differ from the slide's paper colour.
int inkIn(const QImage &image, int top, int bottom)
{
    const QRgb paper = image.pixel(5, 5);
    int ink = 0;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < image.width(); ++x)
            ink += image.pixel(x, y) != paper;
    return ink;
}

int firstSlideOf(const Session &s, SlideKind kind)
{
    for (int i = 0; i < s.slideCount(); ++i)
        if (s.lesson().slides[i].kind == kind)
            return i;
    FAIL("no such slide");
    return -1;
}

/// Two windows, no film, no session record.
Options rehearsal()
{
    Options options = noFilm();
    options.windowed = true;
    options.record = false;
    return options;
}
}  // namespace

/// Gennemsigtig kommunikation's first chart, built one category per Next (the shipped lesson shows it whole).
Lesson lessonWithBuiltChart()
{
    const std::string path = STOPPUNKT_LESSONS "/gennemsigtig-kommunikation/lesson.json";
    std::ifstream file(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const std::string chart = "\"kind\": \"chart\",";
    const auto at = text.find(chart);
    REQUIRE(at != std::string::npos);
    text.insert(at + chart.size(), " \"build\": true,");
    LoadResult result = loadLessonText(text, path);
    REQUIRE(result.ok());
    return std::move(*result.lesson);
}

/// Each Next on the first slide of `kind` draws more than the step before.
void drawsMoreWithEachStep(Session &s, SlideKind kind)
{
    s.goTo(firstSlideOf(s, kind));
    const int steps = s.slide().buildCount();
    REQUIRE(steps >= 3);
    int previous = inkIn(render(frameFor(s, s.audienceView())), 0, 540);
    for (int step = 1; step <= steps; ++step) {
        s.next();
        REQUIRE(s.buildStep() == step);
        const int ink = inkIn(render(frameFor(s, s.audienceView())), 0, 540);
        INFO("kind " << int(kind) << ", step " << step);
        CHECK(ink > previous + 500);
        previous = ink;
    }
}

TEST_CASE("a table, a matrix and a chart draw more with each build step, and nothing of the rows to come")
{
    Session s(moduleLesson("kundetyper"));
    drawsMoreWithEachStep(s, SlideKind::Table);
    drawsMoreWithEachStep(s, SlideKind::Matrix);
    Session charts(lessonWithBuiltChart());
    drawsMoreWithEachStep(charts, SlideKind::Chart);
    // The table's rows stack downwards: before the last row is built, the band where it goes is empty.
    s.goTo(firstSlideOf(s, SlideKind::Table));
    for (int i = 0; i < 5; ++i)
        s.next();
    const QImage fiveRows = render(frameFor(s, s.audienceView()));
    s.next();
    const QImage sixRows = render(frameFor(s, s.audienceView()));
    CHECK(inkIn(fiveRows, 420, 450) < inkIn(sixRows, 420, 450) / 4);
}

TEST_CASE("a chart's bars are as long as their values")
{
    Session s(moduleLesson("gennemsigtig-kommunikation"));
    s.goTo(firstSlideOf(s, SlideKind::Chart));
    const QImage image = render(frameFor(s, s.audienceView()));
    // The accent (first series) bars: each is a band of rows; its length is its longest row of accent.
    const QColor accent(0xB4, 0x43, 0x2E);
    std::vector<int> runs;
    bool inBar = false;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x)
            run += QColor(image.pixel(x, y)) == accent;
        if (run > 20) {
            if (!inBar)
                runs.push_back(0);
            runs.back() = std::max(runs.back(), run);
        }
        inBar = run > 20;
    }
    REQUIRE(runs.size() == 10);
    // 90 % and 15 %: the first bar is six times the last (within anti-aliasing).
    CHECK(std::abs(double(runs.front()) / runs.back() - 90.0 / 15.0) < 0.35);
    CHECK(std::is_sorted(runs.rbegin(), runs.rend()));
}

TEST_CASE("a question without film shows its options at once, and no right-answer green before the reveal")
{
    Session s(moduleLesson("kundetyper"));
    s.goTo(firstSlideOf(s, SlideKind::Question));
    auto greens = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += QColor(image.pixel(x, y)) == QColor(0x2E, 0x7D, 0x32);
        return n;
    };
    const QImage discussing = render(frameFor(s, s.audienceView()));
    CHECK(inkIn(discussing, 150, 500) > 20000);
    CHECK(greens(discussing) == 0);
    s.pick(s.slide().question.answer == 1 ? 2 : 1);
    CHECK(greens(render(frameFor(s, s.audienceView()))) == 0);
    s.reveal();
    CHECK(greens(render(frameFor(s, s.audienceView()))) > 500);
}

TEST_CASE("the picker lists all five lessons and puts the summary's choices first, in its order")
{
    LessonPicker picker(QStringList{STOPPUNKT_LESSONS});
    CHECK(picker.lessonCount() == 5);
    const QString dir = QStringLiteral(STOPPUNKT_LESSONS "/");
    picker.preferFiles({dir + "klagehandtering/lesson.json", dir + "arga-kunder/lesson.json"});
    const QStringList listed = picker.listedFiles();
    REQUIRE(listed.size() == 5);
    CHECK(QFileInfo(listed[0]).dir().dirName() == "klagehandtering");
    CHECK(QFileInfo(listed[1]).dir().dirName() == "arga-kunder");
    CHECK(QFileInfo(picker.chosenFile()).dir().dirName() == "klagehandtering");
}

TEST_CASE("from the summary of Konflikter med kunder, the chosen lesson opens on both windows with a record of its own")
{
    Options options = noFilm();
    options.windowed = true;
    Presenter p(seedLesson(), options);
    p.show();
    Session &s = p.session();
    s.goToLast();
    s.addFlipchartEntry("lytte aktivt");
    const QString firstRecord = p.records()->path();
    const QStringList offered = p.offeredLessons();
    REQUIRE(offered.size() == 4);
    CHECK(QFileInfo(offered[0]).dir().dirName() == "kundetyper");

    CHECK(p.console().windowTitle().endsWith("Konflikter med kunder"));
    REQUIRE(p.openLesson(offered[1]));
    settle();
    CHECK(s.lesson().id == "arga-kunder");
    CHECK(p.console().windowTitle().endsWith("Arga kunder"));  // the window names the lesson it shows
    CHECK(s.slideIndex() == 0);
    CHECK(p.projector().currentFrame().lessonTitle == "Arga kunder");
    CHECK(p.projector().currentFrame().language == "sv");
    CHECK(p.console().notice().contains("Arga kunder"));
    // The first lesson's record is closed as ended, with its flip chart; the new lesson has its own.
    QFile first(firstRecord);
    REQUIRE(first.open(QIODevice::ReadOnly));
    const QJsonObject closed = QJsonDocument::fromJson(first.readAll()).object();
    CHECK(closed["ended"].toBool());
    CHECK(closed["state"].toObject()["flipcharts"].toObject()["15"].toArray().first().toString() == "lytte aktivt");
    // The group's choice is in it: the report of that session says which lesson comes next.
    CHECK(SessionSummary::fromRecord(seedLesson(), recordcodec::documentFromJson(closed).value()).nextLesson == "Arga kunder");
    CHECK(p.records()->path() != firstRecord);
    CHECK(p.records()->path().endsWith("-arga-kunder.json"));

    // A broken lesson is not opened: this one stays, and the console says why.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("broken");
    QFile broken(dir.filePath("broken/lesson.json"));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": 1, ");
    broken.close();
    CHECK_FALSE(p.openLesson(broken.fileName()));
    CHECK(s.lesson().id == "arga-kunder");
    CHECK(p.console().notice().contains("lesson.json:1:"));
}

TEST_CASE("after the lesson changes, a step drawn ahead for the old lesson is never shown")
{
    Presenter p(moduleLesson("klagehandtering"), rehearsal());
    QSignalSpy painted(&p.projector(), &ProjectorWindow::firstPainted);
    p.show();
    p.projector().resize(960, 540);
    REQUIRE((painted.count() > 0 || painted.wait(30000)));
    p.projector().drawAheadNow();  // slide 1's next step, drawn ahead: the old lesson's slide 2
    REQUIRE(p.openLesson(QStringLiteral(STOPPUNKT_LESSONS "/arga-kunder/lesson.json")));
    p.dispatcher().trigger(Action::Next);  // slide 2 of the new lesson: same index, same phase as the cached one
    const QImage shown = p.projector().grab().toImage().convertToFormat(QImage::Format_RGB32);
    CHECK(shown == render(p.projector().currentFrame()));
    CHECK(p.projector().currentFrame().view.slide.title == "Känner ni igen det?");
}

TEST_CASE("the handout of a module lesson is in its language: a page per slide, the answers in the notes")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("kundetyper.pdf");
    runStoppunkt({"--handout", pdf, STOPPUNKT_LESSONS "/kundetyper/lesson.json"});
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    REQUIRE(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    INFO(all.toStdString());
    CHECK(all.count(QChar('\f')) == 13);  // 13 slides, one a page
    CHECK(all.contains("Instruksjoner til møteleder"));
    CHECK(all.contains("Side 13/13"));
    CHECK(all.contains("Lysbilde 13/13"));
    // The notes wrap beside their slide; in reading order (no -layout) a note is one run of words.
    QProcess flow;
    flow.start("pdftotext", {"-f", "4", "-l", "4", pdf, "-"});
    REQUIRE(flow.waitForFinished(60000));
    CHECK(QString::fromUtf8(flow.readAllStandardOutput()).simplified().contains("(det riktige svaret er nr. 2)"));
    CHECK(all.contains("Objektiv"));  // the table, drawn as vector text
    CHECK(all.contains("Teknisk kompetanse"));  // the matrix's axis
}

TEST_CASE("on a small laptop screen, a question with talking points still leaves its notes on the console")
{
    Presenter p(moduleLesson("kundetyper"), rehearsal());
    p.show();
    p.console().resize(1280, 720);
    Session &s = p.session();
    s.goTo(firstSlideOf(s, SlideKind::Question));
    settle();
    const QImage console = p.console().grab().toImage();
    // The "!" note ("det riktige svaret er nr. 2") has a brick-red badge; only the notes draw it on the console's right.
    int badge = 0;
    for (int y = console.height() / 2; y < console.height(); ++y)
        for (int x = console.width() * 6 / 10; x < console.width(); ++x)
            badge += QColor(console.pixel(x, y)) == QColor(0xB4, 0x43, 0x2E);
    CHECK(badge > 100);
}

TEST_CASE("every question of the module shows its whole prompt above the options, even over two lines")
{
    for (const char *id : {"kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        Session s(moduleLesson(id));
        for (int i = 0; i < s.slideCount(); ++i) {
            if (!s.lesson().slides[i].isQuestion())
                continue;
            s.goTo(i);
            QImage image(1920, 1080, QImage::Format_RGB32);
            QPainter painter(&image);
            SlideRenderer().render(painter, QRectF(0, 0, 1920, 1080), frameFor(s, s.audienceView()));
            painter.end();
            // The first option card is the first pure white row under the prompt.
            int cardTop = 180;
            while (cardTop < 1080 && image.pixel(900, cardTop) != qRgb(255, 255, 255))
                ++cardTop;
            // Solid ink per row of the prompt. Text that ends whole ends in thin anti-aliased rows;
            // text cut off by a clip ends in a row full of solid glyph stems.
            std::vector<int> ink;
            for (int y = 172; y < cardTop; ++y) {
                int n = 0;
                for (int x = 110; x < 1810; ++x)
                    n += qRed(image.pixel(x, y)) < 80;
                ink.push_back(n);
            }
            const auto last = std::find_if(ink.rbegin(), ink.rend(), [](int n) { return n > 0; });
            REQUIRE(last != ink.rend());
            const int fullest = *std::max_element(ink.begin(), ink.end());
            INFO(id << " slide " << i + 1 << ": last prompt row has " << *last << " of at most " << fullest);
            CHECK(cardTop < 600);
            CHECK(*last < fullest / 3);
        }
    }
}
