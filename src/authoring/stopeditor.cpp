// SPDX-License-Identifier: MIT
#include "authoring/stopeditor.h"

#include "authoring/lessonfile.h"
#include "lesson/stopstext.h"

#include <algorithm>
#include <cmath>

namespace stoppunkt {

StopEditor::StopEditor(LessonFile &file, int filmIndex, double fps, qint64 durationMs, QObject *parent)
    : QObject(parent), m_file(file), m_film(filmIndex), m_fps(fps > 0 ? fps : 25), m_duration(std::max<qint64>(durationMs, 0))
{
    connect(&m_file, &LessonFile::changed, this, [this] {
        refresh();
        emit stopsChanged();
    });
}

bool StopEditor::open()
{
    if (!m_file.open()) {
        m_problem = m_file.problem();
        return false;
    }
    if (m_film < 0 || m_film >= int(m_file.lesson().films.size())) {
        m_problem = tr("the lesson has no film %1").arg(m_film + 1);
        return false;
    }
    refresh();
    return true;
}

void StopEditor::refresh()
{
    const Lesson &lesson = m_file.lesson();
    m_stops = m_film < int(lesson.films.size()) ? lesson.films[m_film].stops : std::vector<StopPoint>{};
    m_questions.clear();
    for (const Slide &slide : lesson.slides)
        if (slide.kind == SlideKind::FilmQuestion && !m_stops.empty() && slide.question.filmId == lesson.films[m_film].id)
            m_questions[slide.question.stopId] << QString::fromStdString(slide.title);
    if (m_selected >= int(m_stops.size()))
        m_selected = -1;
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
    return write(stops, index);
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
    return write(stops, m_selected);
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
    return write(stops, -1);
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
    return write(stops, here);
}

bool StopEditor::write(const std::vector<StopPoint> &stops, int select)
{
    const int was = m_selected;
    m_selected = select;
    const std::size_t film = std::size_t(m_film);
    if (!m_file.apply(tr("the stop points"), [&](const std::string &text) { return withStops(text, film, stops); })) {
        m_selected = was;
        m_problem = m_file.problem();
        return false;
    }
    return true;
}

bool StopEditor::canUndo() const
{
    return m_file.canUndo();
}

bool StopEditor::undo()
{
    m_selected = -1;
    if (m_file.undo())
        return true;
    m_problem = m_file.problem();
    return false;
}

bool StopEditor::redo()
{
    m_selected = -1;
    if (m_file.redo())
        return true;
    m_problem = m_file.problem();
    return false;
}

}  // namespace stoppunkt
