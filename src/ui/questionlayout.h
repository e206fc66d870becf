// SPDX-License-Identifier: MIT
#pragma once

#include "session/roomslide.h"

#include <QRectF>
#include <vector>

namespace stoppunkt {

/// Where a question's parts go on the 1920x1080 design canvas. The option text's size is chosen so that every
/// option fits its card in bold, the weight of a revealed answer: the reveal changes the weight, never the
/// layout, so the answer the whole room watches cannot run out of its card. Each card is as tall as its option
/// needs, and the room left over is shared out: a long option does not shrink the others to its own share.
struct QuestionLayout {
    struct Option {
        QRectF card;
        QRectF badge;
        QRectF text;
    };
    int promptPx = 0;
    QRectF prompt;
    int optionPx = 0;
    std::vector<Option> options;
};

QuestionLayout layoutQuestion(const RoomQuestion &question);

}  // namespace stoppunkt
