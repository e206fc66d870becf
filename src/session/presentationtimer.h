// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

namespace stoppunkt {

/// The facilitator's elapsed-time clock: runs from the lesson's start, can pause (T) and reset (Shift+T).
class PresentationTimer : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< milliseconds, monotonic

    explicit PresentationTimer(QObject *parent = nullptr, Clock clock = {});

    qint64 elapsedMs() const;
    bool running() const { return m_runningSince >= 0; }

    void start();
    void pause();
    void toggle();
    void reset();
    /// Continues a resumed session's clock.
    void restore(qint64 elapsedMs, bool running);

signals:
    void changed();

private:
    qint64 now() const;

    Clock m_clock;
    qint64 m_accumulated = 0;
    qint64 m_runningSince = -1;
};

}  // namespace stoppunkt
