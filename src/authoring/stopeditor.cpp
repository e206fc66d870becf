// SPDX-License-Identifier: MIT
#include "authoring/stopeditor.h"

#include "lesson/lessonloader.h"
#include "lesson/stopstext.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace stoppunkt {

StopEditor::StopEditor(QString lessonFile, int filmIndex, double fps, qint64 durationMs, QObject *parent)
    : QObject(parent),
      m_file(std::move(lessonFile)),
      m_film(filmIndex),
      m_fps(fps > 0 ? fps : 25),
      m_duration(std::max<qint64>(durationMs, 0))
{ }

bool StopEditor::readFile(std::string &text)
{
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly)) {
        m_problem = tr("cannot read %1: %2").arg(m_file, in.errorString());
        return false;
    }
    text = in.readAll().toStdString();
    return true;
}

bool StopEditor::open()
{
    std::string text;
    if (!readFile(text))
        return false;
    const LoadResult result = loadLessonText(text, m_file.toStdString());
    if (!result.ok() || m_film < 0 || m_film >= int(result.lesson->films.size())) {
        m_problem = result.ok()
                        ? tr("the lesson has no film %1").arg(m_film + 1)
                        : tr("the lesson has errors; fix them first: %1").arg(QString::fromStdString(result.diagnostics.front().format()));
        return false;
    }
    m_text = std::move(text);
    const Lesson &lesson = *result.lesson;
    m_stops = lesson.films[m_film].stops;
    for (const Slide &slide : lesson.slides)
        if (slide.kind == SlideKind::FilmQuestion && slide.question.filmId == lesson.films[m_film].id)
            m_questions[slide.question.stopId] << QString::fromStdString(slide.title);
    return true;
}

void StopEditor::selectStopHere()
{
    if (const int here = stopHere(); here >= 0)
        m_selected = here;
}

QStringList StopEditor::questionsAt(const std::string &stopId) const
{
    const auto found = m_questions.find(stopId);
    return found == m_questions.end() ? QStringList() : found->second;
}

int StopEditor::frameAt(qint64 ms) const
{
    return int(std::floor(double(ms) * m_fps / 1000.0 + 1e-6));
}
qint64 StopEditor::frameStart(int frame) const
{
    return qint64(std::ceil(double(frame) * 1000.0 / m_fps - 1e-6));
}

int StopEditor::stopHere() const
{
    for (std::size_t i = 0; i < m_stops.size(); ++i)
        if (frameAt(m_stops[i].atMs) == frame())
            return int(i);
    return -1;
}

void StopEditor::setPosition(qint64 ms)
{
    const int last = m_duration > 0 ? std::max(0, frameAt(m_duration - 1)) : frameAt(ms);
    const qint64 aligned = frameStart(std::clamp(frameAt(std::max<qint64>(0, ms)), 0, last));
    if (aligned == m_position)
        return;
    m_position = aligned;
    emit positionChanged(m_position);
}

void StopEditor::stepFrames(int frames)
{
    setPosition(frameStart(frame() + frames));
}
void StopEditor::stepMs(qint64 ms)
{
    setPosition(m_position + ms);
}
void StopEditor::scrubTo(qint64 ms)
{
    setPosition(ms);
}

void StopEditor::goToStop(int direction)
{
    for (std::size_t k = 0; k < m_stops.size(); ++k) {
        const std::size_t i = direction > 0 ? k : m_stops.size() - 1 - k;
        const int at = frameAt(m_stops[i].atMs);
        if ((direction > 0 && at > frame()) || (direction < 0 && at < frame())) {
            m_selected = int(i);
            setPosition(m_stops[i].atMs);
            return;
        }
    }
}

bool StopEditor::setStop()
{
    if (stopHere() >= 0) {
        m_problem = tr("there is a stop on this frame already");
        return false;
    }
    std::vector<StopPoint> stops = m_stops;
    int number = int(stops.size()) + 1;
    const auto taken = [&](const std::string &id) {
        return std::any_of(stops.begin(), stops.end(), [&](const StopPoint &s) { return s.id == id; });
    };
    while (taken("stop-" + std::to_string(number)))
        ++number;
    const StopPoint stop{"stop-" + std::to_string(number), m_position, {}};
    const auto at =
        std::upper_bound(stops.begin(), stops.end(), stop, [](const StopPoint &a, const StopPoint &b) { return a.atMs < b.atMs; });
    const int index = int(at - stops.begin());
    stops.insert(at, stop);
    return write(std::move(stops), index);
}

bool StopEditor::moveSelected()
{
    if (m_selected < 0 || m_selected >= int(m_stops.size())) {
        m_problem = tr("no stop is selected: go to one first");
        return false;
    }
    // The questions follow the stops in their order: a stop moves between its neighbours, never past one.
    const bool afterPrevious = m_selected == 0 || frameAt(m_stops[m_selected - 1].atMs) < frame();
    const bool beforeNext = m_selected + 1 == int(m_stops.size()) || frameAt(m_stops[m_selected + 1].atMs) > frame();
    if (!afterPrevious || !beforeNext) {
        m_problem = tr("a stop moves only between the stops before and after it; to change their order, delete it and set a new one");
        return false;
    }
    std::vector<StopPoint> stops = m_stops;
    stops[m_selected].atMs = m_position;
    return write(std::move(stops), m_selected);
}

bool StopEditor::deleteStop()
{
    const int here = stopHere();
    if (here < 0) {
        m_problem = tr("there is no stop on this frame");
        return false;
    }
    std::vector<StopPoint> stops = m_stops;
    stops.erase(stops.begin() + here);
    return write(std::move(stops), -1);
}

bool StopEditor::setLabel(const QString &label)
{
    const int here = stopHere();
    if (here < 0) {
        m_problem = tr("there is no stop on this frame");
        return false;
    }
    std::vector<StopPoint> stops = m_stops;
    stops[here].label = label.trimmed().toStdString();
    return write(std::move(stops), here);
}

bool StopEditor::write(std::vector<StopPoint> stops, int select)
{
    // The file as it is now: an edit made in a text editor meanwhile is kept, and only the stops are replaced.
    std::string current;
    if (!readFile(current))
        return false;
    const auto text = withStops(current, std::size_t(m_film), stops);
    if (!text) {
        m_problem = tr("the lesson file no longer has this film");
        return false;
    }
    const LoadResult check = loadLessonText(*text, m_file.toStdString());
    if (!check.ok()) {
        for (const Diagnostic &d : check.diagnostics)
            if (d.severity == Severity::Error) {
                m_problem = QString::fromStdString(d.message);
                break;
            }
        return false;
    }
    if (!writeText(*text))
        return false;
    m_undo.push_back({std::move(current), m_stops});
    m_redo.clear();
    m_stops = check.lesson->films[m_film].stops;
    m_selected = select;
    emit stopsChanged();
    return true;
}

bool StopEditor::writeText(const std::string &text)
{
    QSaveFile out(m_file);
    const QByteArray bytes = QByteArray::fromStdString(text);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_problem = tr("cannot write %1: %2").arg(m_file, out.errorString());
        return false;
    }
    m_text = text;
    return true;
}

bool StopEditor::restore(std::vector<Version> &from, std::vector<Version> &to)
{
    if (from.empty())
        return false;
    std::string current;
    if (!readFile(current))
        return false;
    // The very text that was there, when nobody has touched the file since; else only its stops, into the file
    // as it is now, so an edit made in a text editor meanwhile is kept.
    const Version &back = from.back();
    const auto text = current == m_text ? std::optional<std::string>(back.text) : withStops(current, std::size_t(m_film), back.stops);
    if (!text || !writeText(*text))
        return false;
    to.push_back({std::move(current), m_stops});
    m_stops = back.stops;
    from.pop_back();
    m_selected = -1;
    emit stopsChanged();
    return true;
}

bool StopEditor::undo()
{
    return restore(m_undo, m_redo);
}
bool StopEditor::redo()
{
    return restore(m_redo, m_undo);
}

}  // namespace stoppunkt
