// SPDX-License-Identifier: MIT
// The pen and the zoom as the room sees them: strokes drawn with the mouse on either slide, composited over
// the slide kept drawn, and a zoomed part drawn at full resolution, at laptop, full-HD and 4K projector sizes.
#include "app/presenter.h"
#include "input/commanddispatcher.h"
#include "samepicture.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QTabletEvent>
#include <QTest>
#include <QWheelEvent>

#include <iomanip>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
void mouse(QWidget &widget, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget.mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &event);
}

/// A drag with the left button from `from` to `to` over `widget`, in `steps` moves.
void drag(QWidget &widget, QPointF from, QPointF to, int steps = 20)
{
    mouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i)
        mouse(widget, QEvent::MouseMove, from + (to - from) * i / steps, Qt::LeftButton);
    mouse(widget, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

bool penRed(const QColor &c)
{
    const QColor red = theme::inkColour(InkColour::Red);
    return std::abs(c.red() - red.red()) < 40 && c.green() < 90 && c.blue() < 90;
}

/// How many pixels of the pen's red a column of `image` crosses around `at` (the stroke's thickness there).
int redRun(const QImage &image, QPoint at)
{
    int run = 0;
    for (int y = std::max(0, at.y() - 80); y < std::min(image.height(), at.y() + 80); ++y)
        run += penRed(image.pixelColor(at.x(), y));
    return run;
}

/// The mean difference of two images of one size, per channel (0..255).
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum +=
                std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) + std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

QImage rendered(const SlideFrame &frame, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    SlideRenderer().render(painter, QRectF(QPointF(0, 0), size), frame);
    return image;
}

void saveShot(const QImage &image, const QString &name)
{
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        image.save(QString::fromLocal8Bit(shots) + QLatin1Char('/') + name);
}
}  // namespace

TEST_CASE("the pen draws with the mouse on either slide, over the slide kept drawn, as thick at 1280x720, 1920x1080 and 3840x2160")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1366, 768);
    Session &s = p.session();
    s.goTo(4);
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)}) {
        INFO(size.width() << "x" << size.height());
        p.projector().resize(size);
        p.console().resize(size.width() > 1920 ? QSize(1366, 768) : size);  // a laptop's console beside it
        REQUIRE(QTest::qWaitFor([&] { return p.projector().size() == size; }, 60'000));
        settle();
        const QRectF projector = p.projector().rect();
        const QImage plain = p.projector().grab().toImage();
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_D));
        REQUIRE(s.inkMode() == InkMode::Pen);

        // Over the console's "now on the projector": the stroke lands at the same place of the slide.
        const int renders = p.projector().slideRenders();
        drag(p.console(), onSlide(p.console().nowRect(), 0.2, 0.62), onSlide(p.console().nowRect(), 0.8, 0.62));
        REQUIRE(s.ink(4).size() == 1);
        CHECK(s.ink(4)[0].points.front().x == Approx(0.2).margin(0.01));
        CHECK(s.ink(4)[0].points.back().x == Approx(0.8).margin(0.01));
        QImage shown = p.projector().grab().toImage();
        const QPoint middle = onSlide(projector, 0.5, 0.62).toPoint();
        CHECK(penRed(shown.pixelColor(middle)));
        CHECK_FALSE(penRed(plain.pixelColor(middle)));
        // As thick, as a share of the slide, at every size.
        const double expected = theme::inkWidthShare(InkWidth::Medium) * SlideRenderer::letterbox(projector).height();
        CHECK(redRun(shown, middle) == Approx(expected).margin(2.5));

        // Over the projector too, while the room watches it grow; the slide under it is never drawn again.
        mouse(p.projector(), QEvent::MouseButtonPress, onSlide(projector, 0.3, 0.8), Qt::LeftButton);
        for (int i = 1; i <= 20; ++i) {
            mouse(p.projector(), QEvent::MouseMove, onSlide(projector, 0.3 + i * 0.02, 0.8), Qt::LeftButton);
            p.projector().grab();
        }
        shown = p.projector().grab().toImage();
        CHECK(penRed(shown.pixelColor(onSlide(projector, 0.5, 0.8).toPoint())));  // shown before the stroke ends
        CHECK(s.ink(4).size() == 1);
        mouse(p.projector(), QEvent::MouseButtonRelease, onSlide(projector, 0.7, 0.8), Qt::NoButton);
        CHECK(s.ink(4).size() == 2);
        CHECK(p.projector().slideRenders() == renders);
        CHECK(consoleDiffersFromProjector(p) == 0);  // after the count: it paints the projector at another size
        if (size.width() <= 1920) {
            const QString at = QStringLiteral("%1x%2.png").arg(size.width()).arg(size.height());
            saveShot(p.projector().grab().toImage(), QStringLiteral("ink-projector-") + at);
            saveShot(p.console().grab().toImage(), QStringLiteral("ink-console-") + at);
        }

        // Next and Previous still run the lesson with the pen in the hand; the strokes stay on their slide.
        for (int press = 0; press < 20 && s.slideIndex() == 4; ++press) {
            p.dispatcher().handleKey(QKeyCombination(Qt::Key_Right));  // the staircase's steps, then the next slide
            CHECK(consoleDiffersFromProjector(p) == 0);
            CHECK(p.projector().currentFrame().view.ink.size() == (s.slideIndex() == 4 ? 2u : 0u));
        }
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Left));
        REQUIRE(s.slideIndex() == 4);
        CHECK(p.projector().currentFrame().view.ink.size() == 2);
        CHECK(consoleDiffersFromProjector(p) == 0);
        s.goTo(3);
        s.goTo(4);  // the staircase's first step, as `plain` shows it

        // Esc leaves the pen and keeps the strokes; clear takes them, undo brings them back, clear again.
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_Escape));
        CHECK(s.inkMode() == InkMode::Off);
        CHECK(s.ink(4).size() == 2);
        drag(p.projector(), onSlide(projector, 0.2, 0.3), onSlide(projector, 0.8, 0.3));
        CHECK(s.ink(4).size() == 2);  // no pen: the drag draws nothing
        CHECK(s.slideIndex() == 4);  // and a click on the projector never moves on
        p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_E));
        CHECK(s.ink(4).empty());
        p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_U));
        CHECK(s.ink(4).size() == 2);
        p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_E));
        // Cleared: the projector shows the slide alone, exactly as it is drawn without strokes.
        const QImage cleared = p.projector().grab().toImage().convertToFormat(QImage::Format_RGB32);
        INFO("plain " << plain.width() << "x" << plain.height() << ", cleared " << cleared.width() << "x" << cleared.height());
        CHECK(p.projector().currentFrame().view.ink.empty());
        CHECK(cleared == rendered(p.projector().currentFrame(), size));
    }
}

TEST_CASE("zoom draws the part of the slide at full resolution, not an upscaled picture, and the hand zooms, pans and draws through it")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1366, 768);
    Session &s = p.session();
    s.goTo(4);
    p.projector().resize(1920, 1080);
    settle();

    // Z zooms in twice where the mouse last was; here, the slide's top left quarter.
    p.dispatcher().pointAt(0.25, 0.25);
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Z));
    REQUIRE(s.zoom() == RoomZoom{0, 0, 0.5});
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        INFO(size.width() << "x" << size.height());
        p.projector().resize(size);
        settle();
        const SlideFrame frame = p.projector().currentFrame();
        CHECK(consoleDiffersFromProjector(p) == 0);
        const QImage zoomed = p.projector().grab().toImage();
        if (size.width() == 1920)
            saveShot(zoomed, QStringLiteral("zoom-projector-1920x1080.png"));
        // The same quarter, cut from the whole slide drawn at twice the size: the zoom is as sharp as that.
        SlideFrame whole = frame;
        whole.view.zoom = {};
        const QImage sharp = rendered(whole, size * 2).copy(QRect(QPoint(0, 0), size));
        const QImage upscaled =
            rendered(whole, size).copy(QRect(QPoint(0, 0), size / 2)).scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double crisp = meanDifference(zoomed, sharp);
        const double blurred = meanDifference(upscaled, sharp);
        INFO("zoomed " << crisp << ", upscaled " << blurred);
        CHECK(crisp < blurred / 3);
    }

    // A stroke drawn over the zoomed slide lands where the hand is on the slide, and zooms along.
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_D));
    drag(p.console(), onSlide(p.console().nowRect(), 0.2, 0.6), onSlide(p.console().nowRect(), 0.8, 0.6));
    REQUIRE(s.ink(4).size() == 1);
    CHECK(s.ink(4)[0].points.front().x == Approx(0.1).margin(0.01));
    CHECK(s.ink(4)[0].points.front().y == Approx(0.3).margin(0.01));
    const QImage drawn = p.projector().grab().toImage();
    const double thick = 2 * theme::inkWidthShare(InkWidth::Medium) * 1080;
    CHECK(redRun(drawn, onSlide(p.projector().rect(), 0.5, 0.6).toPoint()) == Approx(thick).margin(3));

    // Without the pen, a drag pans: the slide follows the hand.
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Escape));
    REQUIRE(s.inkMode() == InkMode::Off);
    drag(p.console(), onSlide(p.console().nowRect(), 0.6, 0.6), onSlide(p.console().nowRect(), 0.2, 0.4));
    CHECK(s.zoom().left == Approx(0.2).margin(0.01));
    CHECK(s.zoom().top == Approx(0.1).margin(0.01));
    CHECK(consoleDiffersFromProjector(p) == 0);
    // The wheel zooms in further around the mouse, and out to the whole slide.
    const QPointF over = onSlide(p.console().nowRect(), 0.5, 0.5);
    QWheelEvent in(over, p.console().mapToGlobal(over), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&p.console(), &in);
    CHECK(s.zoom().size == Approx(0.4));
    CHECK(s.zoom().left + 0.5 * s.zoom().size == Approx(0.2 + 0.25).margin(0.001));  // the point under the mouse stays
    QWheelEvent out(over, p.console().mapToGlobal(over), {}, QPoint(0, -1200), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&p.console(), &out);
    INFO(std::setprecision(17) << s.zoom().left << " " << s.zoom().top << " " << s.zoom().size);
    CHECK_FALSE(s.zoom().zoomed());

    // Esc shows the whole slide; the next slide always starts whole.
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Z));
    REQUIRE(s.zoom().zoomed());
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Escape));
    CHECK_FALSE(s.zoom().zoomed());
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_Z));
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_End));
    CHECK_FALSE(s.zoom().zoomed());
    CHECK(consoleDiffersFromProjector(p) == 0);
}

TEST_CASE("the zoom is crisp at 3840x2160: text edges stay as sharp as on the whole slide")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    Session &s = p.session();
    s.goTo(4);
    p.projector().resize(3840, 2160);
    settle();
    s.zoomAround(0.3, 0.2, 4);  // the title
    const RoomZoom zoom = s.zoom();
    REQUIRE(zoom.size == Approx(0.25));
    const QImage zoomed = p.projector().grab().toImage();
    // The sharp reference: the whole slide drawn four times as large (15360x8640), of which only the zoomed
    // part falls on a 4K image. The upscaled one: the same part cut from the slide drawn at 4K and enlarged.
    SlideFrame whole = p.projector().currentFrame();
    whole.view.zoom = {};
    QImage sharp(3840, 2160, QImage::Format_RGB32);
    {
        QPainter painter(&sharp);
        SlideRenderer().render(painter, QRectF(-zoom.left * 4 * 3840, -zoom.top * 4 * 2160, 4 * 3840, 4 * 2160), whole);
    }
    const QImage upscaled = rendered(whole, QSize(3840, 2160))
                                .copy(int(zoom.left * 3840), int(zoom.top * 2160), 960, 540)
                                .scaled(3840, 2160, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The reference shows the title: dark text on the light slide, so a blank or black picture cannot match it.
    int dark = 0, light = 0;
    for (int y = 0; y < sharp.height(); y += 4)
        for (int x = 0; x < sharp.width(); x += 4) {
            const int l = sharp.pixelColor(x, y).lightness();
            dark += l < 80;
            light += l > 180;
        }
    REQUIRE(dark > 2000);
    REQUIRE(light > 2000);
    const double crisp = meanDifference(zoomed, sharp);
    const double blurred = meanDifference(upscaled, sharp);
    INFO("zoomed " << crisp << ", upscaled " << blurred);
    CHECK(crisp < blurred / 3);
}

TEST_CASE("a tablet's pen draws with its pressure: a light touch thin, a firm one thick")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1366, 768);
    p.projector().resize(1920, 1080);
    settle();
    Session &s = p.session();
    s.goTo(1);
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_D));
    p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_X));  // thick
    QPointingDevice pen(QStringLiteral("test pen"), 4711, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
                        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    ConsoleWindow &console = p.console();
    const auto tablet = [&](QEvent::Type type, double x, double pressure) {
        const QPointF at = onSlide(console.nowRect(), x, 0.6);
        QTabletEvent event(type, &pen, at, console.mapToGlobal(at), pressure, 0, 0, 0, 0, 0, Qt::NoModifier, Qt::LeftButton,
                           type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton);
        QCoreApplication::sendEvent(&console, &event);
    };
    tablet(QEvent::TabletPress, 0.2, 0.1);
    for (int i = 1; i <= 30; ++i)
        tablet(QEvent::TabletMove, 0.2 + i * 0.02, 0.1 + i * 0.03);
    tablet(QEvent::TabletRelease, 0.8, 1.0);
    REQUIRE(s.ink(1).size() == 1);
    const InkStroke &stroke = s.ink(1)[0];
    CHECK(stroke.points.front().pressure == Approx(0.1).margin(0.01));
    CHECK(stroke.points.back().pressure == Approx(1.0).margin(0.01));
    const QImage shown = p.projector().grab().toImage();
    const int light = redRun(shown, onSlide(p.projector().rect(), 0.25, 0.6).toPoint());
    const int firm = redRun(shown, onSlide(p.projector().rect(), 0.75, 0.6).toPoint());
    INFO("light " << light << " px, firm " << firm << " px");
    CHECK(light > 0);
    CHECK(firm > 2 * light);
    CHECK(consoleDiffersFromProjector(p) == 0);
}
