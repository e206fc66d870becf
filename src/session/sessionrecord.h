// SPDX-License-Identifier: MIT
#pragma once

#include "session/recorddocument.h"

#include <QString>

#include <optional>

namespace stoppunkt {

/// Reading a session record back: for resuming, and for the report.
struct SessionRecord {
    /// The record, or nothing with `error` saying why (missing, not JSON, truncated, wrong shape).
    static std::optional<RecordDocument> load(const QString &path, QString *error);
    /// Moves a bad record aside (`<name>.bad-<time>.json`) so a fresh one can start; returns the new name.
    static QString setAside(const QString &path);
};

}  // namespace stoppunkt
