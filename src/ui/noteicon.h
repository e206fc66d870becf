// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace stoppunkt {

/// The handout's note icons, for the console and the printed handout alike: "? !" to ask the room for
/// questions or comments, "!" for an important instruction, an arrow to go on. A plain note gets a small
/// dot in `plainDot`, or nothing when that colour is invalid.
void paintNoteIcon(QPainter &painter, const QRectF &box, NoteKind kind, const QColor &plainDot = {});

}  // namespace stoppunkt
