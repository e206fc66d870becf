// SPDX-License-Identifier: MIT
#include "authoring/lessonfile.h"

#include "authoring/textpatch.h"
#include "lesson/lessonloader.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace stoppunkt {

namespace {
std::vector<std::string> warningsOf(const LoadResult &result)
{
    std::vector<std::string> warnings;
    for (const Diagnostic &d : result.diagnostics)
        if (d.severity == Severity::Warning)
            warnings.push_back(d.message);
    return warnings;
}

/// The inverse of a change's origin: where each slide before the change went.
SlideOrigin inverted(const SlideOrigin &origin, std::size_t countBefore)
{
    if (origin.empty())
        return {};
    SlideOrigin back(countBefore, -1);
    for (std::size_t i = 0; i < origin.size(); ++i)
        if (origin[i] >= 0 && std::size_t(origin[i]) < countBefore && back[std::size_t(origin[i])] < 0)
            back[std::size_t(origin[i])] = int(i);
    return back;
}
}  // namespace

LessonFile::LessonFile(QString path, QObject *parent) : QObject(parent), m_path(std::move(path)) { }

bool LessonFile::read(std::string &text)
{
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_problem = tr("cannot read %1: %2").arg(m_path, in.errorString());
        return false;
    }
    text = in.readAll().toStdString();
    return true;
}

bool LessonFile::open()
{
    std::string text;
    if (!read(text))
        return false;
    const LoadResult result = loadLessonText(text, m_path.toStdString());
    if (!result.ok()) {
        m_problem = tr("the lesson has errors; fix them first: %1").arg(QString::fromStdString(result.diagnostics.front().format()));
        return false;
    }
    m_lesson = *result.lesson;
    m_text = std::move(text);
    m_warnings = warningsOf(result);
    return true;
}

bool LessonFile::write(const std::string &text, Lesson &loaded)
{
    const LoadResult check = loadLessonText(text, m_path.toStdString());
    if (!check.ok()) {
        for (const Diagnostic &d : check.diagnostics)
            if (d.severity == Severity::Error) {
                m_problem = QString::fromStdString(d.message);
                break;
            }
        return false;
    }
    QSaveFile out(m_path);
    const QByteArray bytes = QByteArray::fromStdString(text);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_problem = tr("cannot write %1: %2").arg(m_path, out.errorString());
        return false;
    }
    loaded = *check.lesson;
    m_text = text;
    std::vector<std::string> warnings = warningsOf(check);
    m_newWarning.clear();
    for (const Diagnostic &d : check.diagnostics)
        if (d.severity == Severity::Warning && std::find(m_warnings.begin(), m_warnings.end(), d.message) == m_warnings.end()) {
            m_newWarning = QString::fromStdString(d.message);
            break;
        }
    m_warnings = std::move(warnings);
    return true;
}

bool LessonFile::apply(const QString &what, const Change &change, int from, int focus, SlideOrigin origin)
{
    std::string current;
    if (!read(current))
        return false;
    const auto text = change(current);
    if (!text) {
        m_problem = tr("the lesson file no longer has what this changes; it was edited elsewhere");
        return false;
    }
    if (*text == current) {
        m_problem.clear();
        return true;  // nothing to write, nothing to undo
    }
    Lesson loaded;
    if (!write(*text, loaded))
        return false;
    m_undo.push_back({what, std::move(current), *text, from, focus, origin});
    m_redo.clear();
    m_lesson = std::move(loaded);
    emit changed(m_lesson, focus, origin);
    return true;
}

bool LessonFile::replay(std::vector<Step> &from, std::vector<Step> &to, bool backwards)
{
    if (from.empty()) {
        m_problem = backwards ? tr("there is no change to undo") : tr("there is no change to redo");
        return false;
    }
    const Step &step = from.back();
    std::string current;
    if (!read(current))
        return false;
    const std::string &was = backwards ? step.after : step.before;
    const std::string &becomes = backwards ? step.before : step.after;
    // The very text that was there, when nobody has touched the file since; else the change carried over.
    const auto text = patchedText(current, was, becomes);
    if (!text) {
        m_problem = tr("the lesson file was edited elsewhere where this change was made, so it cannot be taken back");
        return false;
    }
    Lesson loaded;
    if (!write(*text, loaded))
        return false;
    const SlideOrigin origin = backwards ? inverted(step.origin, loaded.slides.size()) : step.origin;
    const int focus = backwards ? step.focusBefore : step.focusAfter;
    to.push_back(step);
    from.pop_back();
    m_lesson = std::move(loaded);
    emit changed(m_lesson, focus, origin);
    return true;
}

bool LessonFile::undo()
{
    return replay(m_undo, m_redo, true);
}

bool LessonFile::redo()
{
    return replay(m_redo, m_undo, false);
}

}  // namespace stoppunkt
