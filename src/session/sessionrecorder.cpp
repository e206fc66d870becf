// SPDX-License-Identifier: MIT
#include "session/sessionrecorder.h"

#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/recordformat.h"
#include "session/session.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace stoppunkt {

namespace key = recordformat::key;
namespace event = recordformat::event;

SessionRecorder::SessionRecorder(Session &session, PresentationTimer &timer, QString path, QObject *parent, Clock clock)
    : QObject(parent), m_session(session), m_timer(timer), m_path(std::move(path)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTime(); };
    connect(&session, &Session::recorded, this, &SessionRecorder::append);
    // Started, paused or reset: not its ticks, which the record can compute.
    connect(&timer, &PresentationTimer::changed, this, [this] {
        append({event::timer, {{key::running, m_timer.running()}, {key::elapsedMs, m_timer.elapsedMs()}}});
    });
}

QString SessionRecorder::defaultPath(const QString &lessonId, const QDate &date)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions/") + date.toString(Qt::ISODate)
           + QLatin1Char('-') + lessonId + QStringLiteral(".json");
}

bool SessionRecorder::start(const QJsonObject &earlier)
{
    m_active = true;
    m_events = earlier.value(key::events).toArray();
    m_started = earlier.isEmpty() ? m_clock() : QDateTime::fromString(earlier.value(key::started).toString(), Qt::ISODateWithMs);
    if (!m_started.isValid())
        m_started = m_clock();
    QVariantMap details{{key::slide, m_session.slideIndex()}};
    m_session.addPlannedTime(details);
    return append({earlier.isEmpty() ? event::start : event::resumed, details});
}

void SessionRecorder::finish()
{
    if (!m_active || m_ended)
        return;
    m_ended = true;  // in the same write as the end event
    append({event::end, {{key::slide, m_session.slideIndex()}}});
}

bool SessionRecorder::append(const SessionEvent &event)
{
    if (!m_active)
        return false;
    const QDateTime now = m_clock();
    QJsonObject entry = recordcodec::toJson(event);
    entry.insert(key::time, now.toString(Qt::ISODateWithMs));
    entry.insert(key::ms, m_started.msecsTo(now));
    m_events.append(entry);
    return write();
}

QJsonObject SessionRecorder::document() const
{
    const Lesson &lesson = m_session.lesson();
    return {{key::format, recordformat::kVersion},
            {key::lesson, QJsonObject{{key::id, QString::fromStdString(lesson.id)},
                                      {key::title, QString::fromStdString(lesson.title)},
                                      {key::file, QString::fromStdString(lesson.file.string())}}},
            {key::started, m_started.toString(Qt::ISODateWithMs)},
            {key::updated, m_clock().toString(Qt::ISODateWithMs)},
            {key::ended, m_ended},
            {key::timer, QJsonObject{{key::elapsedMs, m_timer.elapsedMs()}, {key::running, m_timer.running()}}},
            {key::state, recordcodec::toJson(m_session.snapshot())},
            {key::events, m_events}};
}

bool SessionRecorder::write()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    QSaveFile file(m_path);
    QString problem;
    if (!QDir().mkpath(folder)) {
        problem = tr("its folder cannot be created");
    } else if (!file.open(QIODevice::WriteOnly)) {
        problem = file.errorString();
    } else {
        const QByteArray bytes = QJsonDocument(document()).toJson(QJsonDocument::Indented);
        // commit() alone can report success after a write that hit a full disk; write, flush and check each,
        // and on any failure keep the previous record untouched.
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            problem = file.errorString();
            file.cancelWriting();
        } else if (!file.commit()) {
            problem = file.errorString();
        }
    }
    setProblem(problem);
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
