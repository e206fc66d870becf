// SPDX-License-Identifier: MIT
#include "room/phones/joingate.h"

#include <algorithm>

namespace stoppunkt {

JoinGate::Verdict JoinGate::mayTry(const QString &address, qint64 nowMs) const
{
    if (paused(nowMs))
        return Verdict::Paused;
    const auto found = m_addresses.constFind(address);
    return found != m_addresses.constEnd() && nowMs < found->nextTryMs ? Verdict::WaitAtThisAddress : Verdict::Try;
}

void JoinGate::wrongCode(const QString &address, qint64 nowMs)
{
    Address &a = m_addresses[address];
    ++a.wrong;
    const qint64 wait = m_limits.firstBackoffMs << std::min(a.wrong - 1, 16);
    a.nextTryMs = nowMs + std::min(wait, m_limits.longestBackoffMs);
    if (++m_wrongCodes >= m_limits.wrongCodesBeforePause) {
        m_pausedUntilMs = nowMs + m_limits.pauseMs;
        m_wrongCodes = 0;
    }
}

void JoinGate::rightCode(const QString &address)
{
    m_addresses.remove(address);
}

}  // namespace stoppunkt
