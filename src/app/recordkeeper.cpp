// SPDX-License-Identifier: MIT
#include "app/recordkeeper.h"

#include "app/diagnostics.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "session/sessionrecord.h"
#include "session/sessionrecorder.h"
#include "ui/consolequestion.h"

#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>

namespace stoppunkt {

RecordKeeper::RecordKeeper(Session &session, PresentationTimer &timer, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer)
{ }

RecordKeeper::~RecordKeeper()
{
    finish();  // a clean end; only a crash or a kill leaves the record "interrupted"
}

QString RecordKeeper::numbered(const QString &path, int n)
{
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + QString::number(n)
           + QStringLiteral(".json");
}

QString RecordKeeper::open(const Options &options, QWidget *dialogParent)
{
    // Today's records of this lesson are <date>-<id>.json, then -2, -3 …: the latest is the one to resume,
    // and a new session takes the next free number.
    const QString first = SessionRecorder::defaultPath(QString::fromStdString(m_session.lesson().id), QDate::currentDate());
    int latest = 1;
    while (QFileInfo::exists(numbered(first, latest + 1)))
        ++latest;
    QString path = latest == 1 ? first : numbered(first, latest);
    const QString nextFree = numbered(first, latest + 1);
    QString notice;
    std::optional<RecordDocument> earlier;
    if (QFileInfo::exists(path)) {
        QString error;
        auto record = SessionRecord::load(path, &error);
        if (!record) {
            const QString aside = SessionRecord::setAside(path);
            notice = tr("The session record could not be read (%1). It was kept as %2; a new record starts.").arg(error, aside);
        } else if (record->interrupted() && resumeFrom(*record, options, dialogParent, notice)) {
            earlier = std::move(record);
        } else {
            path = nextFree;
        }
    }
    m_recorder = std::make_unique<SessionRecorder>(m_session, m_timer, path);
    connect(m_recorder.get(), &SessionRecorder::problemChanged, this, [this](const QString &problem) {
        if (problem.isEmpty())
            qCInfo(lcRecord).noquote() << tr("the session record is saved again");
        else
            qCWarning(lcRecord).noquote() << tr("the session record %1 cannot be saved: %2").arg(m_recorder->path(), problem);
        emit problemChanged(problem);
    });
    m_recorder->start(earlier);
    if (!notice.isEmpty())
        qCInfo(lcRecord).noquote() << notice;
    return notice;
}

bool RecordKeeper::resumeFrom(const RecordDocument &record, const Options &options, QWidget *dialogParent, QString &notice)
{
    bool resume = options.resume;
    if (!resume && options.interactive) {
        resume = askOnConsole(dialogParent, tr("Resume the lesson?"),
                              tr("The session of \"%1\" that started %2 was interrupted on slide %3 of %4. Resume it: same slide, "
                                 "same picks and flip-chart entries?")
                                  .arg(QString::fromStdString(m_session.lesson().title), record.started.toString(QStringLiteral("HH:mm")))
                                  .arg(record.state ? record.state->slide + 1 : 0)
                                  .arg(m_session.slideCount()),
                              true);
    }
    const RestoreResult restored = resume && record.state ? m_session.restore(*record.state) : RestoreResult{};
    if (!restored.restored) {
        if (resume)
            notice = tr("The interrupted session's record has no state to resume from; it is kept, and a new one starts.");
        return false;
    }
    m_timer.restore(record.timerElapsedMs.value_or(0), true);
    m_resumed = true;
    notice = tr("Resumed the interrupted session on slide %1.").arg(m_session.slideIndex() + 1);
    if (!restored.lost.isEmpty())
        notice += QLatin1Char(' ') + tr("The lesson has changed since: %1.").arg(restored.lost.join(QStringLiteral("; ")));
    return true;
}

void RecordKeeper::finish()
{
    if (m_recorder)
        m_recorder->finish();
}

RecordDocument RecordKeeper::document() const
{
    return m_recorder ? m_recorder->document() : RecordDocument{};
}

QString RecordKeeper::problem() const
{
    return m_recorder ? m_recorder->problem() : QString();
}

QString RecordKeeper::path() const
{
    return m_recorder ? m_recorder->path() : QString();
}

}  // namespace stoppunkt
