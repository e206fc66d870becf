// SPDX-License-Identifier: MIT
#include "room/core/ratelimiter.h"

#include <algorithm>

namespace stoppunkt {

namespace {
constexpr qint64 kForgetAfterMs = 60'000;
}

bool RateLimiter::allow(const QString &client, qint64 nowMs)
{
    forgetQuiet(nowMs);
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{m_burst, nowMs});
    Bucket &bucket = *it;
    const double elapsedSeconds = double(std::max<qint64>(0, nowMs - bucket.lastMs)) / 1000.0;
    bucket.tokens = std::min(m_burst, bucket.tokens + elapsedSeconds * m_perSecond);
    bucket.lastMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void RateLimiter::forgetQuiet(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < kForgetAfterMs)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();)
        it = nowMs - it->lastMs > kForgetAfterMs ? m_buckets.erase(it) : std::next(it);
}

}  // namespace stoppunkt
