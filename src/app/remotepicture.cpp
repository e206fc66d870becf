// SPDX-License-Identifier: MIT
// The remote's picture of the slide: drawn by the slide renderer, sent through the remote's channel.
#include "app/remotepicture.h"

#include "room/server/remotechannel.h"
#include "session/sessionview.h"
#include "ui/slideframe.h"
#include "ui/sliderenderer.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace stoppunkt {

RemotePicture::RemotePicture(const SessionView &session, RemoteChannel &channel, QObject *parent)
    : QObject(parent), m_session(session), m_channel(channel)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kCoalesceMs);
    connect(&m_soon, &QTimer::timeout, this, &RemotePicture::draw);
    connect(&session, &SessionView::changed, &m_soon, qOverload<>(&QTimer::start));
    connect(&session, &SessionView::lessonReplaced, &m_soon, qOverload<>(&QTimer::start));
    draw();
}

void RemotePicture::draw()
{
    // The finished strokes are part of the slide the room sees; the pointer and a growing stroke are not.
    SlideFrame frame = roomFrame(m_session, QImage());
    frame.view.pointer = {};
    frame.view.stroke.reset();
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QPainter painter(&image);
    SlideRenderer().render(painter, image.rect(), frame);
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", kQuality);
    m_channel.setPicture(jpeg);
}

}  // namespace stoppunkt
