// SPDX-License-Identifier: MIT
#include "app/diagnostics.h"

namespace stoppunkt {

Q_LOGGING_CATEGORY(lcRecord, "stoppunkt.record", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "stoppunkt.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRoom, "stoppunkt.room", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLesson, "stoppunkt.lesson", QtInfoMsg)

void useMessagePattern()
{
    qSetMessagePattern(QStringLiteral("stoppunkt: %{message}"));
}

}  // namespace stoppunkt
