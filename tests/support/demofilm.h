// SPDX-License-Identifier: MIT
#pragma once

// What the tests and benchmarks know about the demo film that scripts/make-demo-film makes.

#include "waituntil.h"

#include <QImage>

#include <functional>

namespace stoppunkt::demofilm {

/// The stop frames: the last frame of each scene.
inline constexpr int kStopFrames[] = {1249, 1899, 2549, 3199};
inline constexpr int kLastFrame = 3649;

inline qint64 frameMs(int frame)
{
    return qint64(frame) * 40;  // 25 fps
}

/// Reads the 16-bit frame counter in the top-right corner of a 1280x720 frame (bit 0 on the left), where
/// subtitles never cover it; an image of another size is read as the film scaled to it. -1 for no image.
inline int frameNumber(const QImage &image)
{
    if (image.isNull() || image.width() < 400)
        return -1;
    const double sx = image.width() / 1280.0, sy = image.height() / 720.0;
    const int x0 = 1280 - 336 - 16, y0 = 16;
    int value = 0;
    for (int bit = 0; bit < 16; ++bit)
        if (qRed(image.pixel(int((x0 + 8 + 20 * bit + 10) * sx), int((y0 + 18) * sy))) > 128)
            value |= 1 << bit;
    return value;
}

}  // namespace stoppunkt::demofilm
