// SPDX-License-Identifier: MIT
#pragma once
// What a widget paints as text, read back from its painting through the accessibility check's recorder
// (audit/textrecorder.h): every text item drawn, where it stands, its size and whether the painter's clip cuts it. Tests read the words a person
// would see, whatever draws them.

#include "audit/textrecorder.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"

#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace stoppunkt::test {

/// Every text item `widget` paints, in painting order.
inline QStringList paintedTexts(QWidget &widget)
{
    TextRecorder device(widget.size());
    widget.render(&device);
    return device.texts();
}

/// Every text item `widget` paints, with its box and whether a clip cut it.
inline std::vector<DrawnText> paintedItems(QWidget &widget)
{
    TextRecorder device(widget.size());
    widget.render(&device);
    return device.items();
}

/// The words of the text items a clip cut: text drawn into a box too small for it, which the reader sees cut.
inline QStringList clippedTexts(QWidget &widget)
{
    QStringList out;
    for (const DrawnText &item : paintedItems(widget))
        if (item.clipped)
            out << item.text;
    return out;
}

/// True when some text item that `window` paints contains `text`.
/// The projector shows its slide from a picture it keeps drawn, so its words are read from the frame it draws,
/// rendered as it renders it (ui_walk_tests checks that its pixels are exactly that render's).
inline QStringList paintedTexts(ProjectorWindow &projector)
{
    TextRecorder device(projector.size());
    QPainter painter(&device);
    SlideRenderer().render(painter, QRectF(projector.rect()), projector.currentFrame());
    painter.end();
    return device.texts();
}

template <typename Window> bool painted(Window &window, const QString &text)
{
    const QStringList texts = paintedTexts(window);
    return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(text); });
}

/// The share of dark pixels in a square of a window's picture: a QR code is about half dark.
inline double darkShare(const QImage &image, const QRect &square)
{
    int dark = 0;
    for (int y = square.top(); y < square.bottom(); y += 2)
        for (int x = square.left(); x < square.right(); x += 2)
            dark += qGray(image.pixel(x, y)) < 80;
    return dark / (square.width() * square.height() / 4.0);
}

}  // namespace stoppunkt::test
