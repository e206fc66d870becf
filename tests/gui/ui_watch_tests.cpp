// SPDX-License-Identifier: MIT
// Live preview: the lesson follows its file; a broken save never replaces what is on screen.
#include "app/lessonwatcher.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "uitestsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
void save(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}
}  // namespace

TEST_CASE("a saved lesson reloads on the same slide, a broken save keeps the old one and names the error")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath("lessons/k");
    const QString path = dir.filePath("lessons/k/lesson.json");
    QFile original(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray text = original.readAll();
    save(path, text);
    LoadResult result = loadLessonFile(path.toStdString());
    REQUIRE(result.ok());
    Options options = noFilm();
    options.windowed = true;
    options.watch = true;
    options.record = false;
    Presenter p(std::move(*result.lesson), options);
    p.show();
    Session &s = p.session();
    s.goTo(4);
    s.next();
    REQUIRE(p.watcher());
    QSignalSpy reloaded(p.watcher(), &LessonWatcher::reloaded);
    QSignalSpy rejected(p.watcher(), &LessonWatcher::rejected);

    save(path, QByteArray(text).replace("\"Kunde-konflikttrappen\"", "\"Kunde-konflikttrappen (ny)\""));
    REQUIRE(reloaded.wait(5000));
    CHECK(s.slideIndex() == 4);
    CHECK(s.buildStep() == 1);
    CHECK(s.slide().title == "Kunde-konflikttrappen (ny)");
    CHECK(p.projector().currentFrame().view.slide.title == "Kunde-konflikttrappen (ny)");

    // Half-saved: the file ends mid-way. The old version stays; the error has its line and column.
    save(path, text.left(text.size() / 2));
    REQUIRE(rejected.wait(5000));
    const QStringList errors = rejected.last().at(0).toStringList();
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().contains(QRegularExpression("lesson\\.json:\\d+:\\d+: error: JSON syntax error")));
    CHECK(s.slide().title == "Kunde-konflikttrappen (ny)");
    CHECK(s.slideCount() == 16);

    // A number too large for a double once aborted the whole program here: now it is an error like any other.
    save(path, QByteArray(text).replace("\"answer\": 4", "\"answer\": 1e400"));
    REQUIRE(rejected.wait(5000));
    CHECK(rejected.last().at(0).toStringList().first().contains("error: the number 1e400 is too large"));
    CHECK(s.slide().title == "Kunde-konflikttrappen (ny)");

    // Slides removed under the current one: the nearest slide that still exists.
    QJsonObject lesson = QJsonDocument::fromJson(text).object();
    QJsonArray slides = lesson["slides"].toArray();
    while (slides.size() > 3)
        slides.removeLast();
    lesson["slides"] = slides;
    lesson.remove("films");
    save(path, QJsonDocument(lesson).toJson());
    REQUIRE(reloaded.wait(5000));
    CHECK(s.slideCount() == 3);
    CHECK(s.slideIndex() == 2);
}
