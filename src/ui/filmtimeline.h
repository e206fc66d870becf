// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QtGlobal>

#include <vector>

class QPainter;

namespace stoppunkt {

/// A film's timeline as the console's film strip and the stop editor draw it: the track, the part that
/// plays now, a numbered mark for each stop point and the player's head, in theme's sizes.
struct FilmTimeline {
    qint64 durationMs = 1;
    std::vector<qint64> stopsMs;
    qint64 fromMs = -1;  ///< the part that plays now, from here to toMs; none when negative
    qint64 toMs = -1;
    int selectedStop = -1;  ///< drawn in the highlight colour; none when negative
    qint64 positionMs = -1;  ///< the player's head; none when negative

    /// Draws the track into `bar`; the marks reach above and below it, their numbers below them.
    void paint(QPainter &painter, const QRectF &bar) const;
    /// How far below the track the marks and their numbers reach.
    static qreal reachBelow();
};

}  // namespace stoppunkt
