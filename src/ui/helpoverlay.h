// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace stoppunkt {

class KeyBindings;

/// The help overlay (F1) laid out for one console size: every action of the mode and its keys, in one column or two,
/// at the largest size at which no row overlaps another and nothing is cut. Keys and descriptions wrap
/// within their row rather than run into the next.
struct HelpLayout {
    struct Row {
        QString keys;  ///< the action's keys as the UI language names them ("Højre · Mellemrum")
        QString description;
        QRectF keysRect;
        QRectF descriptionRect;
    };
    QRectF heading;
    QRectF footer;
    QFont keyFont;
    QFont textFont;
    QFont footerFont;
    std::vector<Row> rows;
    bool fits = false;  ///< false only when even the smallest size could not hold every row

    /// `authorMode`: the author's keys (helpActions(true)), else the facilitator's.
    static HelpLayout of(const QRectF &area, const KeyBindings &bindings, bool authorMode = false);
    void paint(QPainter &painter, const QRectF &area) const;
};

}  // namespace stoppunkt
