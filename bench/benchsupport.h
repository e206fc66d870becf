// SPDX-License-Identifier: MIT
#pragma once
// What the presenter benchmarks share: a monotonic clock in nanoseconds, percentiles, resident memory, and a
// watch on a window's paints.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace stoppunkt::bench {

inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5))];
}

inline long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// Times each paint of a window, and tells when one ends.
class PaintWatch : public QObject {
public:
    std::vector<double> paintMs;
    std::function<void()> painted;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        const qint64 start = nowNs();
        static_cast<QWidget *>(object)->removeEventFilter(this);
        QApplication::sendEvent(object, event);
        static_cast<QWidget *>(object)->installEventFilter(this);
        paintMs.push_back(double(nowNs() - start) / 1e6);
        if (painted)
            painted();
        return true;
    }
};

}  // namespace stoppunkt::bench
