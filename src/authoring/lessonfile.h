// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stoppunkt {

/// Where each slide of a new version came from: origin[i] is slide i's index before the change, -1 for a new
/// slide. Empty when every slide stays where it was.
using SlideOrigin = std::vector<int>;

/// The author's lesson file, changed one checked edit at a time, with one undo history for every editor
/// (stops, notes, questions, slides). Each change is made to the file as it is now, so an edit made in a
/// text editor meanwhile is kept; it is loaded before it is written, and a change that would leave the lesson
/// with errors is refused with the loader's words while the file stays as it was.
class LessonFile : public QObject {
    Q_OBJECT
public:
    /// A change to the text; nothing when the text no longer has what it changes.
    using Change = std::function<std::optional<std::string>(const std::string &text)>;

    explicit LessonFile(QString path, QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    /// Reads and loads the file; false, with problem() set, when it cannot be read or has errors.
    bool open();
    /// The lesson as last read or written.
    const Lesson &lesson() const { return m_lesson; }
    /// The file's text as last read or written.
    const std::string &text() const { return m_text; }
    const QString &problem() const { return m_problem; }
    /// What the last change gave the loader to warn about that it did not before ("no question is asked at
    /// stop point …"), with where; empty when nothing new.
    const QString &newWarning() const { return m_newWarning; }

    /// Applies `change` (named `what`, "move the slide") to the file as it is now, checks it and writes it.
    /// `from` is the slide it was made on (shown again by its undo), `focus` the slide to show afterwards
    /// (-1: stay), `origin` where each slide came from.
    bool apply(const QString &what, const Change &change, int from = -1, int focus = -1, SlideOrigin origin = {});
    bool undo();
    bool redo();
    bool canUndo() const { return !m_undo.empty(); }
    /// What undo would take back ("move the slide"); empty when nothing.
    QString undoName() const { return m_undo.empty() ? QString() : m_undo.back().what; }

signals:
    /// The file holds a new version: `lesson` as loaded, the slide to show (-1: stay), where slides came from.
    void changed(const Lesson &lesson, int focus, const SlideOrigin &origin);

private:
    /// One change as written: the file's text before and after it, and the slides' places.
    struct Step {
        QString what;
        std::string before;
        std::string after;
        int focusBefore = -1;
        int focusAfter = -1;
        SlideOrigin origin;  ///< after ← before
    };
    bool read(std::string &text);
    /// Checks `text` and writes it; false, with problem() set, when refused or unwritable.
    bool write(const std::string &text, Lesson &loaded);
    /// Takes the last step from `from` back (undo) or again (redo), and keeps it on `to`.
    bool replay(std::vector<Step> &from, std::vector<Step> &to, bool backwards);

    QString m_path;
    Lesson m_lesson;
    std::string m_text;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    QString m_problem;
    QString m_newWarning;
    std::vector<std::string> m_warnings;  ///< the loader's warnings on the version last read or written
};

}  // namespace stoppunkt
