// SPDX-License-Identifier: MIT
// The stop editor on the OpenGL surface: the frame the console shows follows the editor after a change too,
// while the room sees the slide and the projector's film surface is hidden.
#include "app/presenter.h"
#include "app/stopediting.h"
#include "authoring/stopeditor.h"
#include "demofilm.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "lessoncopy.h"
#include "session/session.h"
#include "ui/stopeditorview.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::demofilm;

namespace {
/// The frame number in the picture the stop editor painted, read from its frame area.
int paintedFrame(QWidget *view)
{
    QApplication::processEvents();
    const QRectF area = StopEditorView::layoutFor(QSizeF(view->size())).frame;
    const QSizeF fitted = QSizeF(16, 9).scaled(area.size(), Qt::KeepAspectRatio);
    const QRect picture =
        QRectF(area.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted).toAlignedRect().adjusted(1, 1, -1, -1);
    return frameNumber(view->grab(picture).toImage().scaled(1280, 720));
}
}  // namespace

TEST_CASE("on the OpenGL surface the stop editor's picture follows the editor after a stop is set, not frozen on an old frame")
{
    QTemporaryDir dir;
    const QString file = stoppunkt::test::seedLessonCopy(dir);
    LoadResult loaded = loadLessonFile(file.toStdString());
    REQUIRE(loaded.ok());
    Options options;
    options.windowed = true;
    options.filmSpeed = 100;
    options.filmAudio = false;
    options.author = true;
    options.record = false;
    Presenter p(std::move(*loaded.lesson), options);
    p.show();
    REQUIRE(p.usesOpenGL());
    Session &s = p.session();
    s.goTo(10);  // Film #1 plays to stop-1 (frame 1249)
    REQUIRE(waitUntil([&] { return s.filmPhase() == FilmPhase::AtStop; }, 30000));
    p.console().resize(1280, 720);
    p.dispatcher().trigger(Action::EditStops);
    REQUIRE(p.stopEditing()->isOpen());
    QWidget *view = p.stopEditing()->view();
    StopEditor &editor = *p.stopEditing()->editor();
    int seen = -1;
    CHECK(waitUntil([&] { return (seen = paintedFrame(view)) == 1249; }, 30000));
    INFO("the editor painted frame " << seen);

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    REQUIRE(editor.frame() == 1252);
    CHECK(waitUntil([&] { return (seen = paintedFrame(view)) == 1252; }, 30000));
    QTest::keyClick(view, Qt::Key_S);  // a new stop here: the file changes and the lesson reloads
    REQUIRE(editor.stops().size() == 5);
    REQUIRE(waitUntil([&] { return s.lesson().films[0].stops.size() == 5; }, 20000));
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    REQUIRE(editor.frame() == 1257);
    CHECK(waitUntil([&] { return (seen = paintedFrame(view)) == 1257; }, 30000));
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        view->grab().save(QString::fromLocal8Bit(shots) + "/gl-stop-editor.png");
}
