// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QListWidget;

namespace stoppunkt {

/// Shown when Stoppunkt starts without a lesson: every lesson in the given folders (those that come with
/// Stoppunkt, then the user's own), under a heading that names each folder, with its title, language and
/// slide count; lessons with errors are listed with their first error and cannot be opened.
class LessonPicker : public QDialog {
    Q_OBJECT
public:
    explicit LessonPicker(const QStringList &lessonsDirs, QWidget *parent = nullptr);
    QString chosenFile() const;
    /// Puts these lesson files first, in this order, and selects the first (the summary slide's choices).
    void preferFiles(const QStringList &files);
    /// The lesson files in the order listed.
    QStringList listedFiles() const;
    int lessonCount() const;

private:
    void addFolder(const QString &dir, bool first);

    QListWidget *m_list;
};

}  // namespace stoppunkt
