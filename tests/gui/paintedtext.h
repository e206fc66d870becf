// SPDX-License-Identifier: MIT
#pragma once
// What a widget paints as text, read back from its painting: a paint device whose engine keeps every text
// item it is asked to draw, where it stands and whether the painter's clip cuts it. Tests read the words a person
// would see, whatever draws them.

#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <vector>

namespace stoppunkt::test {

/// One text item as painted: its words, the box its letters take on the device, and whether the clip in force
/// cut part of that box away (text drawn into a box too small for it).
struct PaintedText {
    QString text;
    QRectF box;
    bool clipped = false;
};

class TextRecordingEngine : public QPaintEngine {
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) { }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyClipEnabled)
            m_clipOn = state.isClipEnabled();
        if (dirty & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (dirty & DirtyClipPath)
                path = state.transform().map(state.clipPath());
            else
                path.addRegion(state.transform().map(state.clipRegion()));
            switch (state.clipOperation()) {
            case Qt::NoClip: m_clipOn = false; break;
            case Qt::ReplaceClip: m_clip = path, m_clipOn = true; break;
            case Qt::IntersectClip: m_clip = m_clipOn ? m_clip.intersected(path) : path, m_clipOn = true; break;
            }
        }
    }
    // Only text is kept; every other drawing is dropped.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { }
    void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override { }
    void drawPath(const QPainterPath &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override { }
    void drawRects(const QRectF *, int) override { }
    void drawRects(const QRect *, int) override { }
    void drawLines(const QLineF *, int) override { }
    void drawLines(const QLine *, int) override { }
    void drawEllipse(const QRectF &) override { }
    void drawEllipse(const QRect &) override { }
    void drawPoints(const QPointF *, int) override { }
    void drawPoints(const QPoint *, int) override { }
    void drawTextItem(const QPointF &at, const QTextItem &item) override
    {
        const QRectF box = m_transform.mapRect(QRectF(at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent()));
        // A pixel of give: a clip rectangle is rounded to whole pixels, and a box that ends on its edge is whole.
        const bool clipped = m_clipOn && !m_clip.contains(box.adjusted(1, 1, -1, -1));
        items.push_back({item.text(), box, clipped});
        texts << item.text();
    }
    Type type() const override { return QPaintEngine::User; }
    QStringList texts;
    std::vector<PaintedText> items;

private:
    QTransform m_transform;
    QPainterPath m_clip;
    bool m_clipOn = false;
};

class TextRecordingDevice : public QPaintDevice {
public:
    explicit TextRecordingDevice(QSize size) : m_size(size) { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }
    const std::vector<PaintedText> &items() const { return m_engine.items; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

/// Every text item `widget` paints, in painting order.
inline QStringList paintedTexts(QWidget &widget)
{
    TextRecordingDevice device(widget.size());
    widget.render(&device);
    return device.texts();
}

/// Every text item `widget` paints, with its box and whether a clip cut it.
inline std::vector<PaintedText> paintedItems(QWidget &widget)
{
    TextRecordingDevice device(widget.size());
    widget.render(&device);
    return device.items();
}

/// The words of the text items a clip cut: text drawn into a box too small for it, which the reader sees cut.
inline QStringList clippedTexts(QWidget &widget)
{
    QStringList out;
    for (const PaintedText &item : paintedItems(widget))
        if (item.clipped)
            out << item.text;
    return out;
}

/// True when some text item that `window` paints contains `text`.
/// The projector shows its slide from a picture it keeps drawn, so its words are read from the frame it draws,
/// rendered as it renders it (ui_walk_tests checks that its pixels are exactly that render's).
inline QStringList paintedTexts(ProjectorWindow &projector)
{
    TextRecordingDevice device(projector.size());
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
