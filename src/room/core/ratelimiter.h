// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace stoppunkt {

/// A token bucket per client: each may send `burst` messages at once and `perSecond` a second after that.
/// A client that sends too fast is refused until its bucket refills; a quiet one costs nothing. Clients not
/// heard from for a minute are forgotten, so the table stays small.
class RateLimiter {
public:
    RateLimiter(double perSecond, double burst) : m_perSecond(perSecond), m_burst(burst) { }

    /// True when `client` may send one more message at `nowMs` (a monotonic clock), and counts it.
    bool allow(const QString &client, qint64 nowMs);
    int clientsTracked() const { return int(m_buckets.size()); }

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void forgetQuiet(qint64 nowMs);

    double m_perSecond;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

}  // namespace stoppunkt
