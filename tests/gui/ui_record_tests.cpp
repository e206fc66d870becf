// SPDX-License-Identifier: MIT
// The session record as a facilitator meets it: a killed process resumes where it was, a damaged record
// is set aside, and the report PDF says what happened.
#include "app/recordkeeper.h"
#include "appprocess.h"
#include "session/session.h"
#include "session/sessionsummary.h"
#include "ui/consolewindow.h"
#include "ui/reportwriter.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QDate>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
const QString kLesson = kSeedLessonFile;
}  // namespace

TEST_CASE("killed with SIGKILL during a question, the lesson resumes with the same slide, phase, picks and flip chart")
{
    App app;
    QProcess first;
    first.setProcessEnvironment(app.environment());
    // Slide 2: two flip-chart entries; then slide 11 (Film #1), skip the film, picks 2 and 3.
    first.start(STOPPUNKT_EXE, {"--windowed", "--print-state", "--script",
                                "2,Return,flipchart:Hurtig optrapning,flipchart:Ikke personligt,1,1,Return,Right,Right,2,3", kLesson});
    const QByteArray printed = firstLine(first);
    REQUIRE(printed.contains('\n'));
    const QJsonObject before = lastJsonLine(printed);
    REQUIRE(before["slide"].toInt() == 10);
    REQUIRE(before["film"].toString() == "at-stop");
    // The record on disk already holds the picks: wait for it, then kill without warning.
    QFile record(app.recordPath());
    REQUIRE(record.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(record.readAll()).object()["state"].toObject() == before);
    first.kill();
    REQUIRE(first.waitForFinished(30000));
    CHECK(first.exitStatus() == QProcess::CrashExit);

    QByteArray errors;
    const QJsonObject after = lastJsonLine(app.run({"--windowed", "--resume", "--print-state", "--exit-after-paint", kLesson}, &errors));
    INFO(errors.toStdString());
    CHECK(after == before);
    CHECK(after["questions"].toObject()["10"].toObject()["picks"].toArray() == QJsonArray{2, 3});
    CHECK(after["flipcharts"].toObject()["1"].toArray() == QJsonArray{"Hurtig optrapning", "Ikke personligt"});
    CHECK(errors.contains("Resumed the interrupted session on slide 11"));
}

TEST_CASE("a corrupt session record: the app starts fresh, keeps the bad file aside, and says so")
{
    App app;
    QDir().mkpath(QFileInfo(app.recordPath()).absolutePath());
    QFile bad(app.recordPath());
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{ \"format\": 1, \"state\": { \"slide\": ");  // truncated mid-write by some other program
    bad.close();
    QByteArray errors;
    const QJsonObject state = lastJsonLine(app.run({"--windowed", "--resume", "--print-state", "--exit-after-paint", kLesson}, &errors));
    CHECK(state["slide"].toInt() == 0);
    CHECK(errors.contains("could not be read"));
    CHECK(errors.contains("It was kept as"));
    QStringList aside;
    for (QDirIterator it(QFileInfo(app.recordPath()).absolutePath()); it.hasNext();)
        if (const QString f = it.next(); f.contains(".bad-"))
            aside << f;
    CHECK(aside.size() == 1);
    QFile fresh(app.recordPath());
    REQUIRE(fresh.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(fresh.readAll()).object()["format"].toInt() == 1);
}

TEST_CASE("the report PDF has the questions with their picks, the flip charts and the time per slide")
{
    App app;
    app.run({"--windowed", "--exit-after-paint", "--script",
             "2,Return,flipchart:Kunden er ikke en kollega,1,1,Return,Right,Right,1,4,Right,Right,Right,R", kLesson});
    const QString pdf = app.home.filePath("report.pdf");
    QByteArray errors;
    const QByteArray out = app.run({"--report", app.recordPath(), "-o", pdf}, &errors);
    INFO(errors.toStdString());
    CHECK(out.contains("wrote"));
    QProcess text;
    text.start("pdftotext", {"-layout", pdf, "-"});
    REQUIRE(text.waitForFinished(60000));
    const QString report = QString::fromUtf8(text.readAllStandardOutput());
    INFO(report.toStdString());
    CHECK(report.contains("Konflikter med kunder"));
    CHECK(report.contains("Film #1"));
    CHECK(report.contains("Picks in order: 1, 4 (right)"));
    CHECK(report.contains("The group found the right answer (no. 4)"));
    CHECK(report.contains("Film #2"));
    CHECK(report.contains("was revealed after"));
    CHECK(report.contains("Kunden er ikke en kollega"));
    CHECK(report.contains("Time per slide"));
    // The seed lesson plans 95 minutes; each slide's planned time stands beside the time it took.
    CHECK(report.contains("The lesson planned 95 min 00 s in all."));
    CHECK(report.contains(QRegularExpression("11\\. Film #1 — [0-9]+ s \\(planned 8 min 00 s\\)")));
    QProcess info;
    info.start("pdfinfo", {pdf});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression("Pages:\\s+[1-9]")));
}

TEST_CASE("an unwritable record folder is on the console at once, and stays until saving works again")
{
    // A file where the records' folder belongs: even root cannot create the folder.
    QTemporaryDir data;
    const QByteArray savedData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QFile blocker(data.filePath(QCoreApplication::organizationName()));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    {
        Options options = stoppunkt::test::noFilm();
        Presenter p(stoppunkt::test::seedLesson(), options);
        p.show();
        stoppunkt::test::settle();
        REQUIRE(p.records() != nullptr);
        CHECK(p.console().recordProblem() == "its folder cannot be created");
        p.console().setNotice("Opened Konflikter med kunder.");  // a later notice does not hide it
        p.session().next();
        CHECK_FALSE(p.console().recordProblem().isEmpty());
        if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
            p.console().resize(1280, 720);
            p.console().grab().save(QString::fromLocal8Bit(shots) + "/record-problem-console.png");
        }
        // Room again: the next event is saved, and the warning goes.
        REQUIRE(QFile::remove(blocker.fileName()));
        p.session().next();
        CHECK(p.console().recordProblem().isEmpty());
        CHECK(QFileInfo::exists(p.records()->path()));
    }
    qputenv("XDG_DATA_HOME", savedData);
}

namespace {
/// Pixels within 30 of `colour` in each channel on every page of a PDF, rendered by pdftoppm at 60 dpi.
int pixelsOf(const QString &pdf, const QString &prefix, const QColor &colour)
{
    QProcess render;
    render.start("pdftoppm", {"-r", "60", "-png", pdf, prefix});
    if (!render.waitForFinished(120000) || render.exitCode() != 0)
        return -1;
    int count = 0;
    const QFileInfo base(prefix);
    for (QDirIterator it(base.absolutePath(), {base.fileName() + "*.png"}); it.hasNext();) {
        const QImage page(it.next());
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                count += std::abs(c.red() - colour.red()) < 30 && std::abs(c.green() - colour.green()) < 30
                         && std::abs(c.blue() - colour.blue()) < 30;
            }
    }
    return count;
}

/// Pixels of the pen's red.
int penRedPixels(const QString &pdf, const QString &prefix)
{
    return pixelsOf(pdf, prefix, theme::inkColour(InkColour::Red));
}

/// Each page's text, by pdftotext.
QStringList pagesOf(const QString &pdf)
{
    QProcess text;
    text.start("pdftotext", {pdf, "-"});
    if (!text.waitForFinished(60000))
        return {};
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}
}  // namespace

TEST_CASE("a slide drawn on is printed in the report with the picks and the reveal made there")
{
    App app;
    // Film #1: pick 2 (wrong), a stroke under the options, then 4 (right).
    app.run({"--windowed", "--exit-after-paint", "--script", "1,1,Return,Right,Right,2,D,draw:0.1 0.95 0.9 0.95,D,4", kLesson});
    const QString pdf = app.home.filePath("report.pdf");
    QByteArray errors;
    app.run({"--report", app.recordPath(), "-o", pdf}, &errors);
    INFO(errors.toStdString());
    CHECK(penRedPixels(pdf, app.home.filePath("red")) > 50);
    // The right answer's green is on the slide as the room saw it; the report's own text has none.
    CHECK(pixelsOf(pdf, app.home.filePath("green"), theme::right) > 50);
}

TEST_CASE("no section's heading is left at the foot of a report page, however long the flip chart above it")
{
    Session session(seedLesson());
    const std::vector<SlideFrame> drawings{frameFor(session, session.lastSeenOf(10))};
    const QStringList headings{"Questions", "Flip charts", "Drawn on the slides", "Next lesson", "Time per slide"};
    QTemporaryDir dir;
    // Each entry moves what follows a line down the page: over 60 entries, every heading meets the foot of a page.
    for (int entries = 0; entries <= 60; ++entries) {
        SessionSummary summary;
        summary.lessonTitle = "Konflikter med kunder";
        for (int film = 1; film <= 4; ++film)
            summary.questions.push_back({.slide = 9 + film, .title = QString("Film #%1").arg(film), .picks = {}, .answer = 1});
        summary.flipcharts.push_back({.slide = 1, .title = "Hvorfor er konflikter med kunder anderledes?", .entries = {}});
        for (int i = 1; i <= entries; ++i)
            summary.flipcharts[0].entries << QString("Indlæg %1").arg(i);
        summary.nextLesson = "Kundetyper";
        for (int slide = 0; slide < 16; ++slide)
            summary.slideTimes.push_back({.slide = slide, .title = QString("Dias %1").arg(slide + 1), .ms = 60000});
        const QString pdf = dir.filePath(QString("report-%1.pdf").arg(entries));
        QString error;
        REQUIRE(writeReport(summary, drawings, pdf, &error) > 0);
        for (const QString &page : pagesOf(pdf)) {
            const QStringList lines = page.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            REQUIRE(!lines.isEmpty());
            INFO(entries << " entries: " << page.toStdString());
            CHECK(!headings.contains(lines.last().trimmed()));
        }
    }
}

TEST_CASE("strokes drawn before a SIGKILL come back with --resume, and the report PDF shows them on their slide")
{
    App app;
    QProcess first;
    first.setProcessEnvironment(app.environment());
    // Slide 2 (bullets): the pen, two strokes across the slide, then one on slide 3 and back.
    first.start(STOPPUNKT_EXE,
                {"--windowed", "--print-state", "--script",
                 "Right,D,draw:0.1 0.5 0.3 0.55 0.5 0.5 0.7 0.55 0.9 0.5,draw:0.2 0.8 0.8 0.8,Right,draw:0.5 0.2 0.5 0.8,Left", kLesson});
    const QByteArray printed = firstLine(first);
    REQUIRE(printed.contains('\n'));
    const QJsonObject before = lastJsonLine(printed);
    INFO(QJsonDocument(before).toJson().toStdString());
    REQUIRE(before["ink"].toObject()["1"].toArray().size() == 2);
    REQUIRE(before["ink"].toObject()["2"].toArray().size() == 1);
    QFile record(app.recordPath());
    REQUIRE(record.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(record.readAll()).object();
    CHECK(saved["state"].toObject() == before);  // on disk before the kill
    int strokeEvents = 0;
    for (const QJsonValue &e : saved["events"].toArray())
        strokeEvents += e.toObject()["type"].toString() == "ink-stroke";
    CHECK(strokeEvents == 3);
    first.kill();
    REQUIRE(first.waitForFinished(30000));

    QByteArray errors;
    const QJsonObject after = lastJsonLine(app.run({"--windowed", "--resume", "--print-state", "--exit-after-paint", kLesson}, &errors));
    INFO(errors.toStdString());
    CHECK(after["ink"] == before["ink"]);
    CHECK(after["slide"].toInt() == 1);

    // The report draws the slides with their strokes; a report of a session without strokes has no pen red.
    const QString pdf = app.home.filePath("report.pdf");
    app.run({"--report", app.recordPath(), "-o", pdf}, &errors);
    const int withStrokes = penRedPixels(pdf, app.home.filePath("drawn"));
    App plain;
    plain.run({"--windowed", "--exit-after-paint", "--script", "Right,Right,Left", kLesson});
    const QString plainPdf = plain.home.filePath("report.pdf");
    plain.run({"--report", plain.recordPath(), "-o", plainPdf}, &errors);
    const int without = penRedPixels(plainPdf, plain.home.filePath("plain"));
    CHECK(without == 0);
    CHECK(withStrokes > 300);  // three strokes over two slides, at 60 dpi
    QProcess text;
    text.start("pdftotext", {pdf, "-"});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(words.contains("Drawn on the slides"));
    CHECK(words.contains("Slide 2"));
    CHECK(words.contains("Slide 3"));

    // The handout prints them when asked, and not otherwise.
    const QString handout = app.home.filePath("handout.pdf");
    app.run({"--handout", handout, "--drawings", app.recordPath(), kLesson}, &errors);
    CHECK(penRedPixels(handout, app.home.filePath("handout")) > 100);  // the handout prints slides smaller
    const QString bare = app.home.filePath("bare.pdf");
    app.run({"--handout", bare, kLesson}, &errors);
    CHECK(penRedPixels(bare, app.home.filePath("bare")) == 0);
}
