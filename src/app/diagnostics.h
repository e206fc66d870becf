// SPDX-License-Identifier: MIT
// The running presenter's diagnostics, one logging category per concern. Silence or widen them with
// QT_LOGGING_RULES, e.g. QT_LOGGING_RULES="stoppunkt.record.info=false". The command-line modes (--validate,
// --report, --walkthrough, …) write their results and errors to stdout and stderr instead: that is their output.
#pragma once

#include <QLoggingCategory>

namespace stoppunkt {

Q_DECLARE_LOGGING_CATEGORY(lcRecord)  // the session record: saving, resuming, setting a damaged one aside
Q_DECLARE_LOGGING_CATEGORY(lcKeys)  // the facilitator's keys.json
Q_DECLARE_LOGGING_CATEGORY(lcRoom)  // the room on the network, as it comes back after a resume
Q_DECLARE_LOGGING_CATEGORY(lcLesson)  // the watched lesson file, as an author saves it

/// How every message is printed unless QT_MESSAGE_PATTERN says otherwise: "stoppunkt: message", as the
/// command line prints its errors.
void useMessagePattern();

}  // namespace stoppunkt
