// SPDX-License-Identifier: MIT
#pragma once

#include "ui/slideframe.h"

#include <QString>

#include <vector>

namespace stoppunkt {

struct SessionSummary;

/// Writes the end-of-lesson summary as a PDF (QPdfWriter, A4) that a trainer can file or send:
/// each question's picks and time to the answer, the flip-chart lists, the slides the facilitator drew on
/// (`drawings`: each as the room saw it, strokes included), and the time per slide.
/// Returns the number of pages, or 0 with `error` set.
int writeReport(const SessionSummary &summary, const std::vector<SlideFrame> &drawings, const QString &pdfPath, QString *error);

}  // namespace stoppunkt
