// SPDX-License-Identifier: MIT
// The stop editor in author mode, with the demo film (its frame counter burned in by ffmpeg): the frame the
// editor shows is the frame the stop holds, in the session, on the projector and in --stop-frames; the lesson
// file changes only in its stops array, live preview follows, and undo gives the file back byte for byte.
#include "app/stopediting.h"
#include "authoring/stopeditor.h"
#include "demofilm.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "lessoncopy.h"
#include "media/filmplayer.h"
#include "media/softwaresurface.h"
#include "paintedtext.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/stopeditorview.h"
#include "uitestsupport.h"
#include "waituntil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stoppunkt;
using namespace stoppunkt::test;
using stoppunkt::demofilm::frameNumber;

namespace {
QByteArray bytesOf(const QString &file)
{
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    return in.readAll();
}

/// A presenter in author mode on a copy of the seed lesson, its film in software at 100 times speed, at Film #1's
/// stop (frame 1249).
std::unique_ptr<Presenter> authorAtFilmOne(const QString &file)
{
    LoadResult loaded = loadLessonFile(file.toStdString());
    REQUIRE(loaded.ok());
    const Options options = authorMode();
    auto p = std::make_unique<Presenter>(std::move(*loaded.lesson), options);
    p->show();
    Session &s = p->session();
    s.goTo(10);
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop && p->player()->duration() > 0; }, 30000));
    return p;
}

int shownFrame(Presenter &p)
{
    return frameNumber(p.player()->softwareSurface()->frame());
}

void press(QWidget *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(view, key, modifiers);
}
}  // namespace

TEST_CASE("the stop editor shows the exact frame a stop will hold, writes only the stops, and undoes byte for byte")
{
    QTemporaryDir dir;
    const QString file = seedLessonCopy(dir);
    const QByteArray original = bytesOf(file);
    const std::unique_ptr<Presenter> presenter = authorAtFilmOne(file);  // Film #1: the film plays to stop-1 (frame 1249)
    Presenter &p = *presenter;
    Session &s = p.session();

    p.dispatcher().trigger(Action::EditStops);
    REQUIRE(p.stopEditing()->isOpen());
    QWidget *view = p.stopEditing()->view();
    StopEditor &editor = *p.stopEditing()->editor();
    CHECK(editor.frame() == 1249);
    CHECK(editor.selected() == 0);  // opened on stop-1, which M moves
    CHECK(waitUntil([&] { return shownFrame(p) == 1249; }, 20000));

    press(view, Qt::Key_Right, Qt::NoModifier, 3);
    CHECK(editor.frame() == 1252);
    CHECK(waitUntil([&] { return shownFrame(p) == 1252; }, 20000));
    press(view, Qt::Key_M);
    const QByteArray moved = bytesOf(file);
    CHECK(moved.contains("\"at\": \"00:50.080\""));
    CHECK(moved.left(moved.indexOf("\"stops\": [")) == original.left(original.indexOf("\"stops\": [")));
    CHECK(moved.mid(moved.indexOf("\"slides\"")) == original.mid(original.indexOf("\"slides\"")));
    // Live preview: the session's lesson follows the file.
    CHECK(waitUntil([&] { return s.lesson().films[0].stops[0].atMs == 50080; }, 20000));

    press(view, Qt::Key_Z, Qt::ControlModifier);  // undo: the author's file, byte for byte
    CHECK(bytesOf(file) == original);
    CHECK(waitUntil([&] { return s.lesson().films[0].stops[0].atMs == 49960; }, 20000));
    press(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo
    CHECK(bytesOf(file) == moved);
    CHECK(waitUntil([&] { return s.lesson().films[0].stops[0].atMs == 50080; }, 20000));

    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
            p.console().resize(size);
            waitUntil([&] { return view->size() == size; }, 2000);
            settle();
            view->grab().save(
                QStringLiteral("%1/stop-editor-console-%2x%3.png").arg(QString::fromLocal8Bit(shots)).arg(size.width()).arg(size.height()));
        }
    // A click on the timeline scrubs there: halfway along it is halfway through the film, on a frame's start.
    {
        const QRectF bar = StopEditorView::layoutFor(QSizeF(view->size())).timeline;
        QTest::mouseClick(view, Qt::LeftButton, {}, QPointF(bar.center().x(), bar.center().y()).toPoint());
        const int middle = editor.frameAt(editor.durationMs() / 2);
        CHECK(std::abs(editor.frame() - middle) <= 1);
        CHECK(editor.position() == editor.frameStart(editor.frame()));
        CHECK(waitUntil([&] { return shownFrame(p) == editor.frame(); }, 20000));
        press(view, Qt::Key_PageUp);  // back to stop-1, as moved
        CHECK(editor.frame() == 1252);
    }
    // A label typed in place.
    press(view, Qt::Key_Return);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" #1"));
    press(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(bytesOf(file).contains("\"label\": \"Stoppunkt #1 #1\""));

    // Closed: the session's stop holds the moved frame on the player, and --stop-frames writes that frame.
    press(view, Qt::Key_Escape);
    CHECK(waitUntil([&] { return !p.stopEditing()->isOpen(); }, 5000));
    CHECK(waitUntil([&] { return shownFrame(p) == 1252; }, 20000));
    QProcess frames;
    frames.start(STOPPUNKT_EXE, {"--stop-frames", dir.filePath("frames"), file});
    REQUIRE(frames.waitForFinished(60000));
    INFO(frames.readAllStandardError().toStdString());
    CHECK(frames.exitCode() == 0);
    CHECK(frameNumber(QImage(dir.filePath("frames/stop-1.png"))) == 1252);
    CHECK(frameNumber(QImage(dir.filePath("frames/stop-2.png"))) == 1899);
}

TEST_CASE("the stop editor opens only in author mode, and only on a slide with the film")
{
    Options options;
    options.windowed = true;
    options.video = Options::Video::Software;
    options.filmAudio = false;
    options.author = true;
    options.record = false;
    Presenter p(seedLesson(), options);
    p.show();
    p.dispatcher().trigger(Action::EditStops);  // slide 1 has no film
    REQUIRE(p.stopEditing());
    CHECK_FALSE(p.stopEditing()->isOpen());

    options.author = false;
    Presenter q(seedLesson(), options);
    q.show();
    q.session().goTo(10);
    q.dispatcher().trigger(Action::EditStops);
    CHECK(q.stopEditing() == nullptr);
}

TEST_CASE("after a stop is set between two others, the list numbers stops by place, as the timeline does, and names their questions")
{
    QTemporaryDir dir;
    const std::unique_ptr<Presenter> presenter = authorAtFilmOne(seedLessonCopy(dir));
    Presenter &p = *presenter;
    p.console().resize(1280, 720);
    p.dispatcher().trigger(Action::EditStops);
    QWidget *view = p.stopEditing()->view();
    press(view, Qt::Key_Right, Qt::NoModifier, 250);  // ten seconds on, between stop-1 and stop-2
    press(view, Qt::Key_S);
    REQUIRE(p.stopEditing()->editor()->stops().size() == 5);
    settle();
    const QString painted = paintedTexts(*view).join(QString());  // the arrow is its own run of text (another font)
    INFO(painted.toStdString());
    CHECK(painted.contains(QStringLiteral("1   00:49.960   Stoppunkt #1   \u2192 Film #1")));
    CHECK(painted.contains(QStringLiteral("2   00:59.960   (no label)   \u2192 no question yet")));
    CHECK(painted.contains(QStringLiteral("3   01:15.960   Stoppunkt #2   \u2192 Film #2")));
    CHECK_FALSE(painted.contains(QStringLiteral("stop-")));  // no id that disagrees with the place
}
