// SPDX-License-Identifier: MIT
#pragma once

#include "session/recorddocument.h"
#include "session/sessionevent.h"
#include "session/sessionsnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace stoppunkt::recordcodec {

/// The one writer and reader of the record's JSON (keys from recordformat.h).
QJsonObject toJson(const SessionSnapshot &snapshot);
/// Reads a state object; nothing when it is not one (a missing slide, an unknown phase, a key not a number).
std::optional<SessionSnapshot> snapshotFromJson(const QJsonObject &state);
/// A whole record: the lesson it is of, its times, the state to resume from and every event.
QJsonObject toJson(const RecordDocument &document);
/// The same, with the events given as recorded entries (toJson(RecordedEvent) of each), not
/// `document.events`: the recorder encodes each event once, as it happens, and writes the record after each.
QJsonObject toJson(const RecordDocument &document, const QJsonArray &recordedEvents);
/// Reads a record; nothing when it is not one (another format, no state, events or lesson). Events of a type
/// the format does not know are left out; a state that cannot be read leaves `state` empty.
std::optional<RecordDocument> documentFromJson(const QJsonObject &record);

/// An event's keys, without the time the recorder adds: the type's name and the fields that are set.
QJsonObject toJson(const SessionEvent &event);
/// An event with its time, as the record's list of events holds it.
QJsonObject toJson(const RecordedEvent &recorded);
/// Reads an entry of the record's events; nothing when its type is not one the record knows.
std::optional<RecordedEvent> recordedEventFromJson(const QJsonObject &entry);
/// Reads an event; nothing when its type is not one the record knows.
std::optional<SessionEvent> eventFromJson(const QJsonObject &object);
QString eventName(EventType type);
std::optional<EventType> eventTypeFromName(const QString &name);

/// A stroke: its tool, colour, width and points (flat: x, y, pressure, …).
QJsonObject toJson(const InkStroke &stroke);
/// Reads a stroke; nothing when it is not one. Points are clamped to the slide, and a stroke keeps at most
/// ink::kMaxPointsPerStroke of them, whatever the file holds.
std::optional<InkStroke> strokeFromJson(const QJsonObject &object);

QString filmPhaseName(FilmPhase phase);
std::optional<FilmPhase> filmPhaseFromName(const QString &name);
QString blankName(Blank blank);

}  // namespace stoppunkt::recordcodec
