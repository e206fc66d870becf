// SPDX-License-Identifier: MIT
#include "audit/textrecorder.h"

#include <QPaintEngine>
#include <QPainterPath>
#include <QTextItem>
#include <QTransform>

#include <climits>
#include <cmath>

namespace stoppunkt {

/// Follows the painter's transform and clip, records text, and draws nothing else.
class RecordingEngine : public QPaintEngine {
public:
    explicit RecordingEngine(TextRecorder &recorder) : QPaintEngine(QPaintEngine::AllFeatures), m_recorder(recorder) { }

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags dirty = state.state();
        if (dirty & DirtyTransform)
            m_transform = state.transform();
        if (dirty & DirtyClipEnabled)
            m_clipOn = state.isClipEnabled();
        if (dirty & (DirtyClipPath | DirtyClipRegion))
            updateClip(state, dirty);
    }
    void drawTextItem(const QPointF &at, const QTextItem &item) override
    {
        const QRectF box = m_transform.mapRect(QRectF(at.x(), at.y() - item.ascent(), item.width(), item.ascent() + item.descent()));
        // A pixel of give: a clip rectangle is rounded to whole pixels, and a box that ends on its edge is whole.
        const bool clipped = m_clipOn && !m_clip.contains(box.adjusted(1, 1, -1, -1));
        const QFont font = item.font();
        const qreal size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * m_recorder.logicalDpiY() / 72.0;
        // The letters' scale: the transform's vertical stretch (nothing here shears or turns text).
        const qreal scale = std::hypot(m_transform.m12(), m_transform.m22());
        m_recorder.m_items.push_back({item.text(), box, size * scale, clipped});
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

private:
    void updateClip(const QPaintEngineState &state, QPaintEngine::DirtyFlags dirty)
    {
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

    TextRecorder &m_recorder;
    QTransform m_transform;
    QPainterPath m_clip;
    bool m_clipOn = false;
};

TextRecorder::TextRecorder(QSize size) : m_size(size), m_engine(std::make_unique<RecordingEngine>(*this)) { }

TextRecorder::~TextRecorder() = default;

QPaintEngine *TextRecorder::paintEngine() const
{
    return m_engine.get();
}

QStringList TextRecorder::texts() const
{
    QStringList out;
    for (const DrawnText &item : m_items)
        out << item.text;
    return out;
}

int TextRecorder::metric(PaintDeviceMetric metric) const
{
    constexpr int kDpi = 96;
    switch (metric) {
    case PdmWidth: return m_size.width();
    case PdmHeight: return m_size.height();
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / kDpi);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / kDpi);
    case PdmDepth: return 32;
    case PdmNumColors: return INT_MAX;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return kDpi;
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    }
    return 0;
}

}  // namespace stoppunkt
