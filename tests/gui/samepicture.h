// SPDX-License-Identifier: MIT
// Comparing what two widgets painted for one frame: the console's "now on the projector" with the projector.
#pragma once

#include "app/presenter.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/slideframe.h"
#include "uitestsupport.h"

#include <QImage>

#include <cstdlib>

namespace stoppunkt::test {

/// Colour levels by which two pictures of one frame may differ. Both are below the smallest difference that
/// means something: the right answer's tint is 20 levels off the paper.
inline constexpr int kLevelTolerance = 8;  ///< the pointer's glow differs by a level or two under a translation
inline constexpr int kZoomedLevelTolerance = 16;  ///< zoomed, a glyph's anti-aliased edge by up to 15

/// Pixels of `inside` that differ between two pictures by more than `tolerance` in a colour channel.
inline int differingPixels(const QImage &a, const QImage &b, const QRect &inside, int tolerance)
{
    const QImage left = a.convertToFormat(QImage::Format_RGB32), right = b.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const auto *l = reinterpret_cast<const QRgb *>(left.constScanLine(y));
        const auto *r = reinterpret_cast<const QRgb *>(right.constScanLine(y));
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += std::abs(qRed(l[x]) - qRed(r[x])) > tolerance || std::abs(qGreen(l[x]) - qGreen(r[x])) > tolerance
                     || std::abs(qBlue(l[x]) - qBlue(r[x])) > tolerance;
    }
    return count;
}

/// Where two pictures of one frame must agree, and by how much. Unzoomed: the whole picture (but for
/// `frameLine` pixels at the edge, which the console's frame line covers), to 8 levels. Zoomed, a glyph that
/// the slide's edge cuts is drawn another way than a whole one (Qt's raster engine, on a widget and in an
/// image alike), so a band of 5 % of the width is left out: nine tenths of each side are compared.
struct Comparison {
    QRect inside;
    int tolerance;
    static Comparison of(const SlideFrame &frame, QSize size, int frameLine)
    {
        const int edge = frame.view.zoom.zoomed() ? size.width() / 20 : frameLine;
        return {QRect(QPoint(0, 0), size).adjusted(edge, edge, -edge, -edge),
                frame.view.zoom.zoomed() ? kZoomedLevelTolerance : kLevelTolerance};
    }
};

/// The console's "now on the projector" as it painted it (needs a console laid out on whole pixels).
inline QImage consoleNow(ConsoleWindow &console)
{
    return console.grab().toImage().copy(console.nowRect().toAlignedRect());
}

/// How many pixels of the console's "now on the projector" differ from what the projector paints at that
/// size. The projector is resized to the console's picture for the comparison, and back. With STOPPUNKT_SHOTS
/// set, a differing pair is saved there.
inline int consoleDiffersFromProjector(Presenter &p)
{
    ConsoleWindow &console = p.console();
    ProjectorWindow &projector = p.projector();
    const QImage onConsole = consoleNow(console);
    const QSize before = projector.size();
    projector.resize(onConsole.size());
    settle();
    const SlideFrame frame = projector.currentFrame();
    const QImage painted = projector.grab().toImage();
    projector.resize(before);
    settle();
    const Comparison same = Comparison::of(frame, onConsole.size(), 2);
    const int differing = painted.size() == onConsole.size() ? differingPixels(onConsole, painted, same.inside, same.tolerance)
                                                             : onConsole.width() * onConsole.height();
    if (differing > 0)
        if (const char *shots = std::getenv("STOPPUNKT_SHOTS")) {
            onConsole.save(QString::fromLocal8Bit(shots) + "/differing-console.png");
            painted.save(QString::fromLocal8Bit(shots) + "/differing-projector.png");
        }
    return differing;
}

}  // namespace stoppunkt::test
