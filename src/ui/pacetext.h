// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/timeplan.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTime>

namespace stoppunkt {

/// The console's line about the time plan, under the timer: when the lesson will end if the rest goes to
/// plan, and how far the session is from it ("ends 15:42 · 3 min behind"), in a colour that says how much
/// that matters. Empty when the lesson plans no time.
struct PaceText {
    Q_DECLARE_TR_FUNCTIONS(PaceText)
public:
    QString text;
    QColor colour;

    /// Behind by this many minutes or more shows as an alert, not a reminder.
    static constexpr int kLateMinutes = 5;

    /// `elapsedMs` of lesson time on `slide`; `started` once the timer has run; `now` is the wall clock.
    static PaceText of(const TimePlan &plan, int slide, qint64 elapsedMs, bool started, QTime now);
};

}  // namespace stoppunkt
