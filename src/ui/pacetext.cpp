// SPDX-License-Identifier: MIT
#include "ui/pacetext.h"

#include "ui/theme.h"

#include <cmath>

namespace stoppunkt {

PaceText PaceText::of(const TimePlan &plan, int slide, qint64 elapsedMs, bool started, QTime now)
{
    if (plan.empty())
        return {};
    if (!started) {
        const int planned = int(std::llround(double(plan.totalMs) / 60000.0));
        return {tr("planned: %n min", nullptr, planned), theme::consoleMuted};
    }
    const QString end = tr("ends %1").arg(now.addMSecs(int(plan.remainingMs(slide, elapsedMs))).toString(QStringLiteral("HH:mm")));
    const qint64 deviation = plan.deviationMs(slide, elapsedMs);
    const int minutes = int(std::llround(std::abs(double(deviation)) / 60000.0));
    if (minutes == 0)
        return {end + QStringLiteral("  ·  ") + tr("on time"), theme::paceOnTime};
    if (deviation < 0)
        return {end + QStringLiteral("  ·  ") + tr("%n min ahead", nullptr, minutes), theme::paceOnTime};
    return {end + QStringLiteral("  ·  ") + tr("%n min behind", nullptr, minutes),
            minutes >= kLateMinutes ? theme::paceLate : theme::paceBehind};
}

}  // namespace stoppunkt
