// SPDX-License-Identifier: MIT
#include "session/recordcodec.h"

#include "session/recordformat.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <utility>

namespace stoppunkt::recordcodec {

namespace key = recordformat::key;
namespace value = recordformat::value;

QString filmPhaseName(FilmPhase phase)
{
    switch (phase) {
    case FilmPhase::Idle: return value::idle;
    case FilmPhase::Playing: return value::playing;
    case FilmPhase::AtStop: return value::atStop;
    case FilmPhase::Ended: return value::filmEnded;
    }
    return {};
}

std::optional<FilmPhase> filmPhaseFromName(const QString &name)
{
    for (FilmPhase p : {FilmPhase::Idle, FilmPhase::Playing, FilmPhase::AtStop, FilmPhase::Ended})
        if (filmPhaseName(p) == name)
            return p;
    return std::nullopt;
}

QString blankName(Blank blank)
{
    switch (blank) {
    case Blank::None: return value::none;
    case Blank::Black: return value::black;
    case Blank::White: return value::white;
    }
    return {};
}

namespace {
const std::pair<InkColour, const QString &> kColours[] = {
    {InkColour::Red, value::red}, {InkColour::Blue, value::blue}, {InkColour::Green, value::green}, {InkColour::Black, value::black}};
const std::pair<InkWidth, const QString &> kWidths[] = {
    {InkWidth::Thin, value::thin}, {InkWidth::Medium, value::medium}, {InkWidth::Thick, value::thick}};

template <typename Enum, std::size_t N> QString nameOf(const std::pair<Enum, const QString &> (&names)[N], Enum e)
{
    for (const auto &[value, name] : names)
        if (value == e)
            return name;
    return {};
}

template <typename Enum, std::size_t N> std::optional<Enum> valueOf(const std::pair<Enum, const QString &> (&names)[N], const QString &text)
{
    for (const auto &[value, name] : names)
        if (name == text)
            return value;
    return std::nullopt;
}
}  // namespace

QJsonObject toJson(const InkStroke &stroke)
{
    // Floats written as the decimals they were rounded to (0.2, not 0.20000000298023224).
    const auto decimal = [](float value, double step) { return std::round(double(value) / step) * step; };
    QJsonArray points;
    for (const InkPoint &p : stroke.points)
        points << decimal(p.x, ink::kCoordinateStep) << decimal(p.y, ink::kCoordinateStep) << decimal(p.pressure, ink::kPressureStep);
    return {{key::highlighter, stroke.highlighter},
            {key::colour, nameOf(kColours, stroke.colour)},
            {key::width, nameOf(kWidths, stroke.width)},
            {key::points, points}};
}

std::optional<InkStroke> strokeFromJson(const QJsonObject &object)
{
    const auto colour = valueOf(kColours, object.value(key::colour).toString());
    const auto width = valueOf(kWidths, object.value(key::width).toString());
    const QJsonArray points = object.value(key::points).toArray();
    if (!colour || !width || points.isEmpty() || points.size() % 3 != 0)
        return std::nullopt;
    InkStroke stroke;
    stroke.highlighter = object.value(key::highlighter).toBool();
    stroke.colour = *colour;
    stroke.width = *width;
    for (qsizetype i = 0; i + 2 < points.size() && stroke.points.size() < std::size_t(ink::kMaxPointsPerStroke); i += 3) {
        if (!points[i].isDouble() || !points[i + 1].isDouble() || !points[i + 2].isDouble())
            return std::nullopt;
        stroke.points.push_back({float(std::clamp(points[i].toDouble(), 0.0, 1.0)), float(std::clamp(points[i + 1].toDouble(), 0.0, 1.0)),
                                 float(std::clamp(points[i + 2].toDouble(), 0.0, 1.0))});
    }
    return stroke;
}

QJsonObject toJson(const SessionSnapshot &snapshot)
{
    QJsonObject questions;
    for (const auto &[index, q] : snapshot.questions) {
        QJsonArray picks;
        for (int p : q.picks)
            picks.append(p);
        questions.insert(QString::number(index), QJsonObject{{key::picks, picks}, {key::revealed, q.revealedByFacilitator}});
    }
    QJsonObject flipcharts;
    for (const auto &[index, entries] : snapshot.flipcharts) {
        flipcharts.insert(QString::number(index), QJsonArray::fromStringList(entries));
    }
    QJsonObject ink;
    for (const auto &[index, strokes] : snapshot.ink) {
        QJsonArray list;
        for (const InkStroke &stroke : strokes)
            list.append(toJson(stroke));
        if (!list.isEmpty())
            ink.insert(QString::number(index), list);
    }
    QJsonObject keys;
    for (const auto &[index, slideKey] : snapshot.slideKeys)
        keys.insert(QString::number(index), QString::fromStdString(slideKey));
    return {{key::slide, snapshot.slide},
            {key::build, snapshot.build},
            {key::film, filmPhaseName(snapshot.film)},
            {key::blank, blankName(snapshot.blank)},
            {key::questions, questions},
            {key::flipcharts, flipcharts},
            {key::ink, ink},
            {key::slideKeys, keys}};
}

namespace {
/// "12" as a slide index; nothing for anything else.
std::optional<int> indexOf(const QString &text)
{
    bool ok = false;
    const int index = text.toInt(&ok);
    return ok && index >= 0 ? std::optional<int>(index) : std::nullopt;
}
}  // namespace

std::optional<SessionSnapshot> snapshotFromJson(const QJsonObject &state)
{
    SessionSnapshot s;
    s.slide = state.value(key::slide).toInt(-1);
    s.build = state.value(key::build).toInt(0);
    const auto phase = filmPhaseFromName(state.value(key::film).toString());
    if (s.slide < 0 || s.build < 0 || !phase)
        return std::nullopt;
    s.film = *phase;
    const QString blank = state.value(key::blank).toString();
    s.blank = blank == value::black ? Blank::Black : blank == value::white ? Blank::White : Blank::None;
    const QJsonObject questions = state.value(key::questions).toObject();
    for (auto it = questions.begin(); it != questions.end(); ++it) {
        const auto index = indexOf(it.key());
        if (!index)
            return std::nullopt;
        QuestionRecord record;
        for (const QJsonValue &p : it.value().toObject().value(key::picks).toArray())
            record.picks.push_back(p.toInt(0));
        record.revealedByFacilitator = it.value().toObject().value(key::revealed).toBool();
        s.questions[*index] = record;
    }
    const QJsonObject flipcharts = state.value(key::flipcharts).toObject();
    for (auto it = flipcharts.begin(); it != flipcharts.end(); ++it) {
        const auto index = indexOf(it.key());
        if (!index)
            return std::nullopt;
        QStringList &entries = s.flipcharts[*index];
        for (const QJsonValue &e : it.value().toArray())
            entries.push_back(e.toString());
    }
    const QJsonObject ink = state.value(key::ink).toObject();
    for (auto it = ink.begin(); it != ink.end(); ++it) {
        const auto index = indexOf(it.key());
        if (!index)
            return std::nullopt;
        SlideInk &strokes = s.ink[*index];
        for (const QJsonValue &v : it.value().toArray()) {
            const auto stroke = strokeFromJson(v.toObject());
            if (!stroke)
                return std::nullopt;
            if (strokes.size() < std::size_t(ink::kMaxStrokesPerSlide))
                strokes.push_back(*stroke);
        }
    }
    const QJsonObject keys = state.value(key::slideKeys).toObject();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        if (const auto index = indexOf(it.key()))
            s.slideKeys[*index] = it.value().toString().toStdString();
    return s;
}

}  // namespace stoppunkt::recordcodec
