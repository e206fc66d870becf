// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace stoppunkt {

class CommandDispatcher;

/// Live preview: reloads the lesson when its file changes. A version with errors never replaces the one
/// on screen; its errors (file:line:column) are reported instead. Editors that save by renaming a new
/// file over the old one are followed too.
class LessonWatcher : public QObject {
    Q_OBJECT
public:
    LessonWatcher(CommandDispatcher &dispatcher, QString file, QObject *parent = nullptr);

    /// The session already shows the file with these bytes (author mode wrote and applied them): a change
    /// that leaves the file so is not loaded again, which would disturb a film playing meanwhile.
    void adopt(const QByteArray &text) { m_shown = text; }

signals:
    void reloaded();
    /// The new version has errors: the old one stays. Each line is GCC style.
    void rejected(const QStringList &errors);

private:
    void reload();

    CommandDispatcher &m_dispatcher;
    QString m_file;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_shown;  ///< the file's bytes as the session shows them
};

}  // namespace stoppunkt
