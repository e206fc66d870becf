// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QObject>

namespace stoppunkt {

/// A source of film frames as pictures, for any window that shows the film without owning its surface:
/// the software surface gives every frame at full size; the OpenGL surface gives small copies a few times
/// a second (GlFramePreview).
class VideoFrames : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// The last frame (null before the first).
    virtual const QImage &frame() const = 0;

signals:
    void frameReady();
};

}  // namespace stoppunkt
