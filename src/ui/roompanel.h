// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QString>

class QPainter;

namespace stoppunkt {

class KeyBindings;
class SessionView;

/// What the console shows of the room's phones: where they join, how the room voted, and the suggestions
/// waiting for the facilitator. Read from the session, like every other panel.
namespace roompanel {

/// "Room open: http://192.168.1.20:8471 · code 4821 · 12 joined (I shows the join card)"; empty when off.
QString statusText(const SessionView &session, const KeyBindings &keys);
/// Under a question: the room's votes per option and how many voted of how many joined. Returns the
/// height used (0 when the room has not voted here and no vote is open).
qreal paintVotes(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys);
/// On a flip-chart slide: the phones' suggestions, first one first, with the keys that decide them.
qreal paintSuggestions(QPainter &painter, const QRectF &area, const SessionView &session, const KeyBindings &keys);
/// While the facilitator pairs a phone as the remote: the pairing code as a QR code over the whole console,
/// opaque, with what it does; any key hides it. Only the console ever draws it.
void paintPairingCard(QPainter &painter, const QRectF &area, const SessionView &session);

}  // namespace roompanel
}  // namespace stoppunkt
