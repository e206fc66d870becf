// SPDX-License-Identifier: MIT
#pragma once
// How a picture looks to someone with protanopia or deuteranopia: the matrices of Machado, Oliveira and
// Fernandes (2009) at full severity, applied in linear RGB; and the CIE76 colour distance, to say how far
// two colours stay apart once seen so.

#include <QColor>
#include <QImage>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace stoppunkt::test::colourvision {

using Matrix = std::array<std::array<double, 3>, 3>;
inline constexpr Matrix protanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
inline constexpr Matrix deuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};

inline double toLinear(int channel)
{
    const double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

inline int toSrgb(double linear)
{
    const double v = std::clamp(linear, 0.0, 1.0);
    return int(std::lround(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055)));
}

inline QColor seenWith(const Matrix &m, const QColor &c)
{
    const double in[3] = {toLinear(c.red()), toLinear(c.green()), toLinear(c.blue())};
    int out[3];
    for (int row = 0; row < 3; ++row)
        out[row] = toSrgb(m[row][0] * in[0] + m[row][1] * in[1] + m[row][2] * in[2]);
    return QColor(out[0], out[1], out[2]);
}

/// The whole picture as it is seen with `m`.
inline QImage seenWith(const Matrix &m, const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    std::unordered_map<QRgb, QRgb> seen;  // a slide has few colours: each is worked out once
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            auto [it, added] = seen.try_emplace(line[x]);
            if (added)
                it->second = seenWith(m, QColor(line[x])).rgb();
            line[x] = it->second;
        }
    }
    return out;
}

/// CIE L*a*b* (D65) of an sRGB colour.
inline std::array<double, 3> lab(const QColor &c)
{
    const double r = toLinear(c.red()), g = toLinear(c.green()), b = toLinear(c.blue());
    const double xyz[3] = {(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
                           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883};
    double f[3];
    for (int i = 0; i < 3; ++i)
        f[i] = xyz[i] > 216.0 / 24389 ? std::cbrt(xyz[i]) : (24389.0 / 27 * xyz[i] + 16) / 116;
    return {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
}

/// How far apart two colours are (CIE76 ΔE: about 2.3 is just noticeable, above 20 plainly different).
inline double distance(const QColor &a, const QColor &b)
{
    const auto p = lab(a), q = lab(b);
    return std::hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

}  // namespace stoppunkt::test::colourvision
