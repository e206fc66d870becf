// SPDX-License-Identifier: MIT
#include "app/lessonwatcher.h"

#include "deck/deckprobe.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"

#include <QFile>
#include <QFileInfo>

namespace stoppunkt {

LessonWatcher::LessonWatcher(CommandDispatcher &dispatcher, QString file, QObject *parent)
    : QObject(parent), m_dispatcher(dispatcher), m_file(std::move(file))
{
    m_watcher.addPath(m_file);
    m_watcher.addPath(QFileInfo(m_file).absolutePath());
    // Editors write in several steps; reload once the file has been quiet for a moment.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &LessonWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void LessonWatcher::reload()
{
    if (!m_watcher.files().contains(m_file) && QFileInfo::exists(m_file))
        m_watcher.addPath(m_file);  // saved by rename: watch the new file
    QFile in(m_file);
    const QByteArray text = in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    if (!text.isEmpty() && text == m_shown)
        return;  // the session has this version already
    LoadOptions options;
    options.probeDeck = deckProbe();
    LoadResult result = loadLessonFile(m_file.toStdString(), options, m_file.toStdString());
    if (!result.ok()) {
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics)
            if (d.severity == Severity::Error)
                errors << QString::fromStdString(d.format());
        emit rejected(errors);
        return;
    }
    m_dispatcher.report(reports::LessonEdited{std::move(*result.lesson), {}, -1});
    m_shown = text;
    emit reloaded();
}

}  // namespace stoppunkt
