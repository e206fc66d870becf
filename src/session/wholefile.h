// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace stoppunkt {

/// Writes `bytes` to `path` whole or not at all (QSaveFile), making its folder first. Returns why it could
/// not, in the user's words, or an empty string. Each step is checked, since commit() alone can report
/// success after a write that hit a full disk; on any failure the file that was there is left untouched.
QString writeWholeFile(const QString &path, const QByteArray &bytes);

}  // namespace stoppunkt
