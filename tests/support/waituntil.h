// SPDX-License-Identifier: MIT
// Waiting in tests for a condition, never for a fixed time: a loaded machine only makes the wait longer.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace stoppunkt {

/// Runs the event loop until `condition` holds or `ms` pass (generous for a loaded 2-core machine); returns
/// the condition.
inline bool waitUntil(const std::function<bool()> &condition, int ms = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return condition();
}

}  // namespace stoppunkt
