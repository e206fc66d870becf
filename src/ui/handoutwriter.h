// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

class SessionView;

/// Writes the facilitator's handout, the form of the seed document: A4 pages with two slides each (vector,
/// by the slide renderer) and each slide's notes beside it, with the note icons drawn; film questions
/// carry their right answer. Returns the number of pages, or 0 with `error` set.
int writeHandout(const SessionView &session, const QString &pdfPath, QString *error);

}  // namespace stoppunkt
