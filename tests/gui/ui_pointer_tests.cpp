// SPDX-License-Identifier: MIT
// The pointer and the spotlight as the room sees them: where the mouse points on either slide, drawn over the
// slide that stays drawn, at laptop, full-HD and 4K projector sizes.
#include "app/presenter.h"
#include "input/commanddispatcher.h"
#include "samepicture.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"
#include "uitestsupport.h"

#include <QMouseEvent>
#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// Moves the mouse over `widget` to `at`, as a real mouse would.
void moveMouse(QWidget &widget, QPointF at)
{
    QMouseEvent move(QEvent::MouseMove, at, widget.mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &move);
}

QColor pixelAt(const QImage &image, QPointF at)
{
    return image.pixelColor((at * image.devicePixelRatio()).toPoint());
}

bool pointerRed(const QColor &c)
{
    return c.red() > 180 && c.green() < 90 && c.blue() < 90;
}
}  // namespace

namespace {
/// A pointer or spotlight left over changes a pixel by more than this; a glyph drawn again, by less.
constexpr int kLeftOverLevels = 64;
}  // namespace

TEST_CASE("the pointer and the spotlight follow the mouse on either slide, over the slide kept drawn, at 1280x720, 1920x1080 and 3840x2160")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1280, 720);
    Session &s = p.session();
    s.goTo(4);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
        INFO(size.width() << "x" << size.height());
        p.projector().resize(size);
        settle();
        REQUIRE(s.pointerTool() == PointerTool::Off);
        const QImage plain = p.projector().grab().toImage();
        const QRectF projector = p.projector().rect();

        // The mouse over the console's "now on the projector" points at the same place of the slide.
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_H));
        moveMouse(p.console(), onSlide(p.console().nowRect(), 0.25, 0.5));
        CHECK(s.audienceView().pointer.x == Approx(0.25).margin(0.01));
        CHECK(s.audienceView().pointer.y == Approx(0.5).margin(0.01));
        int renders = p.projector().slideRenders();
        QImage shown = p.projector().grab().toImage();
        CHECK(pointerRed(pixelAt(shown, onSlide(projector, s.audienceView().pointer.x, s.audienceView().pointer.y))));
        CHECK(pixelAt(shown, onSlide(projector, 0.75, 0.25)) == pixelAt(plain, onSlide(projector, 0.75, 0.25)));

        // Over the projector itself too; the slide under it is not drawn again for any move.
        for (int i = 0; i <= 30; ++i) {
            moveMouse(p.projector(), onSlide(projector, 0.3 + i * 0.01, 0.4));
            p.projector().grab();
        }
        shown = p.projector().grab().toImage();
        CHECK(p.projector().slideRenders() == renders);
        CHECK(consoleDiffersFromProjector(p) == 0);
        renders = p.projector().slideRenders();  // the comparison painted the projector at the console's size
        CHECK(pointerRed(pixelAt(shown, onSlide(projector, 0.6, 0.4))));
        CHECK_FALSE(pointerRed(pixelAt(shown, onSlide(projector, 0.3, 0.4))));  // it moved: no trail
        if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty() && size.width() == 1920)
            shown.save(QString::fromLocal8Bit(shots) + "/pointer-projector-1920x1080.png");

        // The spotlight dims all but a circle around the pointer.
        p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_H));
        moveMouse(p.projector(), onSlide(projector, 0.5, 0.45));
        shown = p.projector().grab().toImage();
        CHECK(p.projector().slideRenders() == renders);
        CHECK(consoleDiffersFromProjector(p) == 0);
        CHECK(pixelAt(shown, onSlide(projector, 0.5, 0.45)) == pixelAt(plain, onSlide(projector, 0.5, 0.45)));
        const QColor corner = pixelAt(shown, onSlide(projector, 0.05, 0.05));
        CHECK(corner.lightness() < pixelAt(plain, onSlide(projector, 0.05, 0.05)).lightness() - 100);
        if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty() && size.width() == 1920) {
            shown.save(QString::fromLocal8Bit(shots) + "/spotlight-projector-1920x1080.png");
            p.console().grab().save(QString::fromLocal8Bit(shots) + "/spotlight-console-1280x720.png");
        }

        // Next and Previous still run the lesson with a tool taken up; Esc puts it away and the slide is as it was.
        const auto step = [&] { return std::pair(s.slideIndex(), s.buildStep()); };
        const auto before = step();
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Right));
        CHECK(step() != before);
        CHECK(consoleDiffersFromProjector(p) == 0);
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Left));
        CHECK(step() == before);
        CHECK(consoleDiffersFromProjector(p) == 0);
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Escape));
        CHECK(s.pointerTool() == PointerTool::Off);
        // As it was: no dimming and no dot left (each changes a pixel by a hundred levels or more). Drawn again, a
        // large glyph's anti-aliased edge may land a few tens of levels apart at 3840x2160 (Qt's raster engine).
        const QImage after = p.projector().grab().toImage();
        CHECK(differingPixels(after, plain, after.rect(), kLeftOverLevels) == 0);
    }
}

TEST_CASE("an idle pointer hides by itself, just taken up or moved, and the next move shows it again")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    Session &s = p.session();
    // Taken up, it shows where it was, and hides after CommandDispatcher::kPointerIdleMs if the mouse does not
    // move; the deadlines are generous for a loaded machine.
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_H));
    REQUIRE(s.audienceView().pointer.shown());
    CHECK(QTest::qWaitFor([&] { return !s.audienceView().pointer.shown(); }, 60'000));
    p.dispatcher().pointAt(0.4, 0.4);
    REQUIRE(s.audienceView().pointer.shown());
    CHECK(QTest::qWaitFor([&] { return !s.audienceView().pointer.shown(); }, 60'000));
    CHECK(s.pointerTool() == PointerTool::Dot);
    p.dispatcher().pointAt(0.6, 0.6);
    CHECK(s.audienceView().pointer == RoomPointer{PointerTool::Dot, 0.6, 0.6});
}
