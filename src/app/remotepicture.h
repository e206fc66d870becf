// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace stoppunkt {

class RemoteChannel;
class SessionView;

/// Keeps the paired remote's picture of the slide up to date: the room's view (strokes included, the
/// pointer not), drawn small as a JPEG soon after each change. The finger points on it.
class RemotePicture : public QObject {
    Q_OBJECT
public:
    static constexpr int kWidth = 640;
    static constexpr int kHeight = 360;
    static constexpr int kQuality = 70;
    /// Changes this close together are drawn once.
    static constexpr int kCoalesceMs = 80;

    RemotePicture(const SessionView &session, RemoteChannel &channel, QObject *parent = nullptr);

private:
    void draw();

    const SessionView &m_session;
    RemoteChannel &m_channel;
    QTimer m_soon;
};

}  // namespace stoppunkt
