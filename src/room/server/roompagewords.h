// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace stoppunkt {

/// The trainees' page's own words, in the lesson's language like everything the room sees, served as
/// /words.json: its labels, and what each refusal status means. A phone never shows the server's English reason.
QJsonObject roomPageWords(const QString &language);

}  // namespace stoppunkt
