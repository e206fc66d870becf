// SPDX-License-Identifier: MIT
#pragma once

#include <QPaintDevice>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QPaintEngine;

namespace stoppunkt {

/// One run of text as it was drawn: its words, the box its letters take on the device, the size of its letters
/// there, and whether the clip in force cut part of that box away (text drawn into a box too small for it).
struct DrawnText {
    QString text;
    QRectF box;
    qreal pixelSize = 0;  ///< the font's pixel size on the device, the painter's scale applied
    bool clipped = false;
};

/// A paint device that draws nothing and keeps every text drawn on it, where and how large: so whatever paints a
/// slide or a window can be asked afterwards what it wrote and at what size, with no change to the painter.
class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size);
    ~TextRecorder() override;

    QPaintEngine *paintEngine() const override;
    /// Every text item, in painting order.
    const std::vector<DrawnText> &items() const { return m_items; }
    /// Their words alone.
    QStringList texts() const;
    void clear() { m_items.clear(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    friend class RecordingEngine;
    QSize m_size;
    std::vector<DrawnText> m_items;
    std::unique_ptr<QPaintEngine> m_engine;
};

}  // namespace stoppunkt
