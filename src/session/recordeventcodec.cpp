// SPDX-License-Identifier: MIT
// recordcodec: the session record's events and the whole document, to JSON and back.
#include "session/recordcodec.h"
#include "session/recordformat.h"

#include <QJsonArray>

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

std::optional<int> intAt(const QJsonObject &in, const QString &name)
{
    const QJsonValue v = in.value(name);
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

std::optional<qint64> int64At(const QJsonObject &in, const QString &name)
{
    const QJsonValue v = in.value(name);
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

std::optional<bool> boolAt(const QJsonObject &in, const QString &name)
{
    const QJsonValue v = in.value(name);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<QString> stringAt(const QJsonObject &in, const QString &name)
{
    const QJsonValue v = in.value(name);
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
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
    e.slide = intAt(in, key::slide);
    e.slideKey = stringAt(in, key::slideKey);
    e.build = intAt(in, key::build);
    e.forward = boolAt(in, key::forward);
    e.plannedMs = int64At(in, key::plannedMs);
    e.run = intAt(in, key::run);
    e.option = intAt(in, key::option);
    e.right = boolAt(in, key::right);
    e.blank = blankFromName(in.value(key::mode).toString());
    e.shown = boolAt(in, key::shown);
    e.entry = intAt(in, key::entry);
    e.text = stringAt(in, key::text);
    e.stroke = intAt(in, key::stroke);
    e.strokes = intAt(in, key::strokes);
    if (e.type == EventType::InkStroke)
        e.ink = strokeFromJson(in);
    e.lesson = stringAt(in, key::lesson);
    e.title = stringAt(in, key::title);
    e.question = stringAt(in, key::question);
    if (in.value(key::tally).isArray()) {
        e.tally.emplace();
        for (const QJsonValue &votes : in.value(key::tally).toArray())
            e.tally->push_back(votes.toInt());
    }
    e.voters = intAt(in, key::voters);
    e.joined = intAt(in, key::joined);
    e.elapsedMs = int64At(in, key::elapsedMs);
    e.running = boolAt(in, key::running);
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
    d.timerElapsedMs = int64At(timer, key::elapsedMs);
    d.timerRunning = timer.value(key::running).toBool();
    d.state = snapshotFromJson(record.value(key::state).toObject());
    for (const QJsonValue &value : record.value(key::events).toArray())
        if (auto recorded = recordedEventFromJson(value.toObject()))
            d.events.push_back(std::move(*recorded));
    return d;
}

}  // namespace stoppunkt::recordcodec
