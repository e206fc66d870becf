// SPDX-License-Identifier: MIT
#include "session/sessionrecorder.h"

#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/sessionview.h"
#include "session/wholefile.h"

#include <QJsonDocument>
#include <QStandardPaths>

namespace stoppunkt {

namespace {
/// The longest the record goes unwritten while the presentation timer runs: what a `kill -9` can cost the
/// timer. Any write restarts it, so the checkpoint writes only in a quiet stretch (a film playing), where a
/// large record (10 MB after 500 strokes, 58 ms a write: docs/performance.md) costs once in this while.
constexpr int kTimerCheckpointMs = 2000;
}  // namespace

SessionRecorder::SessionRecorder(const SessionView &session, const PresentationTimer &timer, QString path, QObject *parent, Clock clock)
    : QObject(parent), m_session(session), m_timer(timer), m_path(std::move(path)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTime(); };
    connect(&session, &SessionView::recorded, this, &SessionRecorder::append);
    // Started, paused or reset: not its ticks, which the record can compute.
    connect(&timer, &PresentationTimer::changed, this, [this] {
        append({.type = EventType::Timer, .elapsedMs = m_timer.elapsedMs(), .running = m_timer.running()});
        followTimer();
    });
    m_timerCheckpoint.setInterval(kTimerCheckpointMs);
    connect(&m_timerCheckpoint, &QTimer::timeout, this, [this] { write(); });
}

void SessionRecorder::followTimer()
{
    if (m_active && !m_ended && m_timer.running())
        m_timerCheckpoint.start();
    else
        m_timerCheckpoint.stop();
}

QString SessionRecorder::defaultPath(const QString &lessonId, const QDate &date)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions/") + date.toString(Qt::ISODate)
           + QLatin1Char('-') + lessonId + QStringLiteral(".json");
}

bool SessionRecorder::start(const std::optional<RecordDocument> &earlier)
{
    m_active = true;
    m_events = {};
    if (earlier)
        for (const RecordedEvent &recorded : earlier->events)
            m_events.append(recordcodec::toJson(recorded));
    m_started = earlier ? earlier->started : m_clock();
    if (!m_started.isValid())
        m_started = m_clock();
    SessionEvent begins{.type = earlier ? EventType::Resumed : EventType::Start, .slide = m_session.slideIndex()};
    m_session.addPlannedTime(begins);
    const bool saved = append(begins);
    followTimer();
    return saved;
}

void SessionRecorder::finish()
{
    if (!m_active || m_ended)
        return;
    m_ended = true;  // in the same write as the end event
    append({.type = EventType::End, .slide = m_session.slideIndex()});
    followTimer();
}

bool SessionRecorder::append(const SessionEvent &event)
{
    if (!m_active)
        return false;
    const QDateTime now = m_clock();
    m_events.append(recordcodec::toJson(RecordedEvent{event, now, m_started.msecsTo(now)}));
    return write();
}

RecordDocument SessionRecorder::document() const
{
    RecordDocument d = withoutEvents();
    for (const QJsonValue &entry : m_events)
        if (auto recorded = recordcodec::recordedEventFromJson(entry.toObject()))
            d.events.push_back(std::move(*recorded));
    return d;
}

RecordDocument SessionRecorder::withoutEvents() const
{
    const Lesson &lesson = m_session.lesson();
    RecordDocument d;
    d.lessonId = QString::fromStdString(lesson.id);
    d.lessonTitle = QString::fromStdString(lesson.title);
    d.lessonFile = QString::fromStdString(lesson.file.string());
    d.started = m_started;
    d.updated = m_clock();
    d.ended = m_ended;
    d.timerElapsedMs = m_timer.elapsedMs();
    d.timerRunning = m_timer.running();
    d.state = m_session.snapshot();
    return d;
}

bool SessionRecorder::write()
{
    // The events as they were encoded, shared, not encoded again: the record is written after every event.
    const QString problem =
        writeWholeFile(m_path, QJsonDocument(recordcodec::toJson(withoutEvents(), m_events)).toJson(QJsonDocument::Indented));
    setProblem(problem);
    if (m_timerCheckpoint.isActive())
        m_timerCheckpoint.start();  // the record holds the timer's time as of now
    if (problem.isEmpty())
        emit saved();
    return problem.isEmpty();
}

void SessionRecorder::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(m_problem);
}

}  // namespace stoppunkt
