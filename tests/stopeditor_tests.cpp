// SPDX-License-Identifier: MIT
// The stop editor on a copy of the seed lesson: frames, set, move, label, delete, refusals, undo and redo, and
// every byte outside the stops array as the author left it.
#include "authoring/lessonfile.h"
#include "authoring/stopeditor.h"
#include "lesson/lessonloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace stoppunkt;

namespace {
const QString kSeed = QStringLiteral(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");

QByteArray bytesOf(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

/// The seed lesson copied where its film's folder rules still hold: lessons/<name>/lesson.json under `dir`.
QString copyOfSeed(const QTemporaryDir &dir)
{
    const QString folder = dir.filePath("lessons/konflikter-med-kunder");
    REQUIRE(QDir().mkpath(folder));
    const QString file = folder + "/lesson.json";
    REQUIRE(QFile::copy(kSeed, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return file;
}

std::vector<StopPoint> stopsIn(const QString &file)
{
    const LoadResult result = loadLessonFile(file.toStdString());
    REQUIRE(result.ok());
    return result.lesson->films[0].stops;
}

/// The bytes outside the stops array: everything before `"stops": [` and after its closing bracket.
std::pair<QByteArray, QByteArray> outsideStops(const QByteArray &text)
{
    const qsizetype start = text.indexOf("\"stops\": [");
    const qsizetype end = text.indexOf("\n      ]", start);
    REQUIRE(start > 0);
    REQUIRE(end > start);
    return {text.left(start), text.mid(end + 8)};
}
}  // namespace

TEST_CASE("the stop editor moves by whole frames, and a set stop holds the frame shown")
{
    QTemporaryDir dir;
    LessonFile lessonFile(copyOfSeed(dir));
    StopEditor editor(lessonFile, 0, 25, 180000);
    REQUIRE(editor.open());
    QSignalSpy shown(&editor, &StopEditor::positionChanged);
    editor.scrubTo(80013);  // inside frame 2000 (80.000–80.040 s)
    CHECK(editor.position() == 80000);
    CHECK(editor.frame() == 2000);
    editor.stepFrames(1);
    CHECK(editor.position() == 80040);
    editor.stepFrames(-3);
    CHECK(editor.frame() == 1998);
    editor.stepMs(1000);
    CHECK(editor.frame() == 2023);
    editor.stepMs(-1000000);
    CHECK(editor.position() == 0);
    editor.stepMs(10000000);
    CHECK(editor.frame() == 4499);  // the film's last frame
    CHECK(shown.count() == 6);
    // At 29.97 frames a second a frame's start is rounded up into the frame, so the stop holds that frame.
    QTemporaryDir other;
    LessonFile otherFile(copyOfSeed(other));
    StopEditor ntsc(otherFile, 0, 30000.0 / 1001.0, 180000);
    ntsc.scrubTo(1001);
    CHECK(ntsc.frame() == 30);
    CHECK(ntsc.frameAt(ntsc.position()) == 30);
}

TEST_CASE("setting, moving, labelling and deleting stops rewrites only the stops array, and undo restores the file byte for byte")
{
    QTemporaryDir dir;
    const QString file = copyOfSeed(dir);
    const QByteArray original = bytesOf(file);
    LessonFile lessonFile(file);
    StopEditor editor(lessonFile, 0, 25, 180000);
    REQUIRE(editor.open());

    editor.scrubTo(150000);
    REQUIRE(editor.setStop());
    CHECK(editor.selected() == 4);
    auto stops = stopsIn(file);
    REQUIRE(stops.size() == 5);
    CHECK(stops[4].id == "stop-5");
    CHECK(stops[4].atMs == 150000);
    CHECK(outsideStops(bytesOf(file)) == outsideStops(original));

    REQUIRE(editor.setLabel(QStringLiteral("Slutningen \"før\" rulleteksterne")));
    CHECK(stopsIn(file)[4].label == "Slutningen \"før\" rulleteksterne");
    editor.stepFrames(-25);
    REQUIRE(editor.moveSelected());
    CHECK(stopsIn(file)[4].atMs == 149000);
    REQUIRE(editor.deleteStop());
    CHECK(stopsIn(file).size() == 4);
    CHECK(bytesOf(file) == original);  // the four stops, written as the author wrote them

    // Undo, step by step, back to the start, and redo forward again.
    REQUIRE(editor.undo());
    CHECK(stopsIn(file)[4].atMs == 149000);
    REQUIRE(editor.undo());
    REQUIRE(editor.undo());
    REQUIRE(editor.undo());
    CHECK(bytesOf(file) == original);
    CHECK_FALSE(editor.undo());
    REQUIRE(editor.redo());
    CHECK(stopsIn(file).size() == 5);
    CHECK(outsideStops(bytesOf(file)) == outsideStops(original));
}

TEST_CASE("the stop editor refuses a change that would break the lesson, and leaves the file as it was")
{
    QTemporaryDir dir;
    const QString file = copyOfSeed(dir);
    const QByteArray original = bytesOf(file);
    LessonFile lessonFile(file);
    StopEditor editor(lessonFile, 0, 25, 180000);
    REQUIRE(editor.open());
    editor.scrubTo(stopsIn(file)[0].atMs);
    CHECK_FALSE(editor.setStop());  // one is there already
    CHECK(editor.problem() == "there is a stop on this frame already");
    CHECK_FALSE(editor.deleteStop());  // Film #1 asks its question at stop-1
    CHECK(editor.problem().contains("\"stop-1\""));
    editor.goToStop(+1);
    CHECK(editor.selected() == 1);
    CHECK(editor.position() == stopsIn(file)[1].atMs);
    editor.stepMs(-30000);  // before stop-1: Film #2's question would come before Film #1's
    CHECK_FALSE(editor.moveSelected());
    CHECK(editor.problem().startsWith("a stop moves only between the stops before and after it"));
    CHECK(bytesOf(file) == original);
    CHECK_FALSE(editor.canUndo());
}

TEST_CASE("an edit made in a text editor meanwhile is kept by the stop editor's next change and its undo")
{
    QTemporaryDir dir;
    const QString file = copyOfSeed(dir);
    LessonFile lessonFile(file);
    StopEditor editor(lessonFile, 0, 25, 180000);
    REQUIRE(editor.open());
    editor.scrubTo(160000);
    REQUIRE(editor.setStop());
    QByteArray edited = bytesOf(file);
    edited.replace("Konflikter med kunder\",\n  \"course\"", "Konflikter med kunder (ny)\",\n  \"course\"");
    REQUIRE(edited != bytesOf(file));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(edited);
    }
    REQUIRE(editor.undo());
    CHECK(bytesOf(file).contains("Konflikter med kunder (ny)"));
    CHECK(stopsIn(file).size() == 4);
}

TEST_CASE("the stop editor knows which question stops at each stop, and selects the stop it opens on")
{
    QTemporaryDir dir;
    LessonFile lessonFile(copyOfSeed(dir));
    StopEditor editor(lessonFile, 0, 25, 180000);
    REQUIRE(editor.open());
    CHECK(editor.questionsAt("stop-3") == QStringList{"Film #3"});
    CHECK(editor.questionsAt("stop-9").isEmpty());
    editor.scrubTo(49960);
    CHECK(editor.selected() == -1);
    editor.selectStopHere();
    CHECK(editor.selected() == 0);
    editor.stepFrames(1);
    editor.selectStopHere();  // no stop on this frame: the selection stays
    CHECK(editor.selected() == 0);
}
