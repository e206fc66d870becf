// SPDX-License-Identifier: MIT
#include "session/presentationtimer.h"

#include <QElapsedTimer>

#include <memory>

namespace stoppunkt {

PresentationTimer::PresentationTimer(QObject *parent, Clock clock) : QObject(parent), m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

qint64 PresentationTimer::now() const
{
    return m_clock();
}

qint64 PresentationTimer::elapsedMs() const
{
    return m_accumulated + (running() ? now() - m_runningSince : 0);
}

void PresentationTimer::start()
{
    if (running())
        return;
    m_runningSince = now();
    emit changed();
}

void PresentationTimer::pause()
{
    if (!running())
        return;
    m_accumulated += now() - m_runningSince;
    m_runningSince = -1;
    emit changed();
}

void PresentationTimer::toggle()
{
    running() ? pause() : start();
}

void PresentationTimer::reset()
{
    m_accumulated = 0;
    if (running())
        m_runningSince = now();
    emit changed();
}

void PresentationTimer::restore(qint64 elapsedMs, bool running)
{
    m_accumulated = std::max<qint64>(0, elapsedMs);
    m_runningSince = running ? now() : -1;
    emit changed();
}

}  // namespace stoppunkt
