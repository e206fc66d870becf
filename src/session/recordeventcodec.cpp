// SPDX-License-Identifier: MIT
// recordcodec: the session record's events and the whole document, to JSON and back.
#include "session/recordcodec.h"
#include "session/recordformat.h"

#include <QJsonArray>

#include <type_traits>
#include <utility>
#include <vector>

namespace stoppunkt::recordcodec {

namespace key = recordformat::key;
namespace event = recordformat::event;

namespace {
const std::vector<std::pair<EventType, QString>> &eventNames()
{
    static const std::vector<std::pair<EventType, QString>> names{
        {EventType::Start, event::start},
        {EventType::Resumed, event::resumed},
        {EventType::Resume, event::resume},
        {EventType::Slide, event::slide},
        {EventType::Build, event::build},
        {EventType::FilmStart, event::filmStart},
        {EventType::FilmStop, event::filmStop},
        {EventType::FilmEnd, event::filmEnd},
        {EventType::FilmSkip, event::filmSkip},
        {EventType::FilmReplay, event::filmReplay},
        {EventType::Subtitles, event::subtitles},
        {EventType::Pick, event::pick},
        {EventType::Undo, event::undo},
        {EventType::Reveal, event::reveal},
        {EventType::Unreveal, event::unreveal},
        {EventType::Blank, event::blank},
        {EventType::RoomVote, event::roomVote},
        {EventType::RoomSuggestion, event::roomSuggestion},
        {EventType::FlipchartAdd, event::flipchartAdd},
        {EventType::FlipchartEdit, event::flipchartEdit},
        {EventType::FlipchartRemove, event::flipchartRemove},
        {EventType::InkStroke, event::inkStroke},
        {EventType::InkErase, event::inkErase},
        {EventType::InkUndo, event::inkUndo},
        {EventType::InkClear, event::inkClear},
        {EventType::Reload, event::reload},
        {EventType::NextLesson, event::nextLesson},
        {EventType::Timer, event::timer},
        {EventType::End, event::end},
    };
    return names;
}

template <typename T> void put(QJsonObject &out, const QString &name, const std::optional<T> &value)
{
    if (value)
        out.insert(name, *value);
}

/// The value of `name` in `in` when it has the JSON type that T is written as (a number for int and qint64, a
/// bool, a string); nothing when it is missing or of another type. A number that is not whole, or beyond T,
/// is nothing too (QJsonValue's own rule).
template <typename T> std::optional<T> valueAt(const QJsonObject &in, const QString &name)
{
    const QJsonValue v = in.value(name);
    if constexpr (std::is_same_v<T, bool>)
        return v.isBool() ? std::optional<T>(v.toBool()) : std::nullopt;
    else if constexpr (std::is_same_v<T, QString>)
        return v.isString() ? std::optional<T>(v.toString()) : std::nullopt;
    else if constexpr (std::is_same_v<T, int>)
        return v.isDouble() ? std::optional<T>(v.toInt()) : std::nullopt;
    else
        return v.isDouble() ? std::optional<T>(v.toInteger()) : std::nullopt;
}

/// Reads `name` into an optional field of its own type.
template <typename T> void take(const QJsonObject &in, const QString &name, std::optional<T> &into)
{
    into = valueAt<T>(in, name);
}

std::optional<Blank> blankFromName(const QString &name)
{
    for (const Blank blank : {Blank::None, Blank::Black, Blank::White})
        if (blankName(blank) == name)
            return blank;
    return std::nullopt;
}
}  // namespace

QString eventName(EventType type)
{
    for (const auto &[t, name] : eventNames())
        if (t == type)
            return name;
    return {};
}

std::optional<EventType> eventTypeFromName(const QString &name)
{
    for (const auto &[t, n] : eventNames())
        if (n == name)
            return t;
    return std::nullopt;
}

QJsonObject toJson(const SessionEvent &e)
{
    QJsonObject out = e.ink ? toJson(*e.ink) : QJsonObject();
    out.insert(key::type, eventName(e.type));
    put(out, key::slide, e.slide);
    put(out, key::slideKey, e.slideKey);
    put(out, key::build, e.build);
    put(out, key::forward, e.forward);
    put(out, key::plannedMs, e.plannedMs);
    put(out, key::run, e.run);
    put(out, key::option, e.option);
    put(out, key::right, e.right);
    if (e.blank)
        out.insert(key::mode, blankName(*e.blank));
    put(out, key::shown, e.shown);
    put(out, key::entry, e.entry);
    put(out, key::text, e.text);
    put(out, key::stroke, e.stroke);
    put(out, key::strokes, e.strokes);
    put(out, key::lesson, e.lesson);
    put(out, key::title, e.title);
    put(out, key::question, e.question);
    if (e.tally) {
        QJsonArray tally;
        for (const int votes : *e.tally)
            tally.append(votes);
        out.insert(key::tally, tally);
    }
    put(out, key::voters, e.voters);
    put(out, key::joined, e.joined);
    put(out, key::elapsedMs, e.elapsedMs);
    put(out, key::running, e.running);
    return out;
}

std::optional<SessionEvent> eventFromJson(const QJsonObject &in)
{
    const auto type = eventTypeFromName(in.value(key::type).toString());
    if (!type)
        return std::nullopt;
    SessionEvent e;
    e.type = *type;
    take(in, key::slide, e.slide);
    take(in, key::slideKey, e.slideKey);
    take(in, key::build, e.build);
    take(in, key::forward, e.forward);
    take(in, key::plannedMs, e.plannedMs);
    take(in, key::run, e.run);
    take(in, key::option, e.option);
    take(in, key::right, e.right);
    e.blank = blankFromName(in.value(key::mode).toString());
    take(in, key::shown, e.shown);
    take(in, key::entry, e.entry);
    take(in, key::text, e.text);
    take(in, key::stroke, e.stroke);
    take(in, key::strokes, e.strokes);
    if (e.type == EventType::InkStroke)
        e.ink = strokeFromJson(in);
    take(in, key::lesson, e.lesson);
    take(in, key::title, e.title);
    take(in, key::question, e.question);
    if (in.value(key::tally).isArray()) {
        e.tally.emplace();
        for (const QJsonValue &votes : in.value(key::tally).toArray())
            e.tally->push_back(votes.toInt());
    }
    take(in, key::voters, e.voters);
    take(in, key::joined, e.joined);
    take(in, key::elapsedMs, e.elapsedMs);
    take(in, key::running, e.running);
    return e;
}

QJsonObject toJson(const RecordedEvent &recorded)
{
    QJsonObject entry = toJson(recorded.event);
    entry.insert(key::time, recorded.time.toString(Qt::ISODateWithMs));
    entry.insert(key::ms, recorded.ms);
    return entry;
}

std::optional<RecordedEvent> recordedEventFromJson(const QJsonObject &entry)
{
    auto e = eventFromJson(entry);
    if (!e)
        return std::nullopt;
    return RecordedEvent{std::move(*e), QDateTime::fromString(entry.value(key::time).toString(), Qt::ISODateWithMs),
                         entry.value(key::ms).toInteger()};
}

QJsonObject toJson(const RecordDocument &d)
{
    QJsonArray events;
    for (const RecordedEvent &recorded : d.events)
        events.append(toJson(recorded));
    return toJson(d, events);
}

QJsonObject toJson(const RecordDocument &d, const QJsonArray &events)
{
    QJsonObject timer{{key::running, d.timerRunning}};
    put(timer, key::elapsedMs, d.timerElapsedMs);
    return {{key::format, recordformat::kVersion},
            {key::lesson, QJsonObject{{key::id, d.lessonId}, {key::title, d.lessonTitle}, {key::file, d.lessonFile}}},
            {key::started, d.started.toString(Qt::ISODateWithMs)},
            {key::updated, d.updated.toString(Qt::ISODateWithMs)},
            {key::ended, d.ended},
            {key::timer, timer},
            {key::state, d.state ? toJson(*d.state) : QJsonObject()},
            {key::events, events}};
}

std::optional<RecordDocument> documentFromJson(const QJsonObject &record)
{
    if (record.value(key::format).toInt() != recordformat::kVersion || !record.value(key::state).isObject()
        || !record.value(key::events).isArray() || !record.value(key::lesson).isObject())
        return std::nullopt;
    RecordDocument d;
    const QJsonObject lesson = record.value(key::lesson).toObject();
    d.lessonId = lesson.value(key::id).toString();
    d.lessonTitle = lesson.value(key::title).toString();
    d.lessonFile = lesson.value(key::file).toString();
    d.started = QDateTime::fromString(record.value(key::started).toString(), Qt::ISODateWithMs);
    d.updated = QDateTime::fromString(record.value(key::updated).toString(), Qt::ISODateWithMs);
    d.ended = record.value(key::ended).toBool();
    const QJsonObject timer = record.value(key::timer).toObject();
    take(timer, key::elapsedMs, d.timerElapsedMs);
    d.timerRunning = timer.value(key::running).toBool();
    d.state = snapshotFromJson(record.value(key::state).toObject());
    for (const QJsonValue &value : record.value(key::events).toArray())
        if (auto recorded = recordedEventFromJson(value.toObject()))
            d.events.push_back(std::move(*recorded));
    return d;
}

}  // namespace stoppunkt::recordcodec
