// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionevent.h"
#include "session/sessionsnapshot.h"

#include <QJsonObject>

#include <optional>

namespace stoppunkt::recordcodec {

/// The one writer and reader of the record's JSON (keys from recordformat.h).
QJsonObject toJson(const SessionSnapshot &snapshot);
/// Reads a state object; nothing when it is not one (a missing slide, an unknown phase, a key not a number).
std::optional<SessionSnapshot> snapshotFromJson(const QJsonObject &state);
/// An event's keys, without the time the recorder adds.
QJsonObject toJson(const SessionEvent &event);

/// A stroke: its tool, colour, width and points (flat: x, y, pressure, …).
QJsonObject toJson(const InkStroke &stroke);
/// Reads a stroke; nothing when it is not one. Points are clamped to the slide, and a stroke keeps at most
/// ink::kMaxPointsPerStroke of them, whatever the file holds.
std::optional<InkStroke> strokeFromJson(const QJsonObject &object);

QString filmPhaseName(FilmPhase phase);
std::optional<FilmPhase> filmPhaseFromName(const QString &name);
QString blankName(Blank blank);

}  // namespace stoppunkt::recordcodec
