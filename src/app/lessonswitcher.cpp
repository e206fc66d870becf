// SPDX-License-Identifier: MIT
#include "app/lessonswitcher.h"

#include "app/clicommands.h"
#include "app/diagnostics.h"
#include "app/lessonpaths.h"
#include "app/lessonwatcher.h"
#include "app/recordkeeper.h"
#include "app/roomsync.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "room/file/roomsnapshot.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/lessonpicker.h"

#include <QFileInfo>
#include <QTextStream>

namespace stoppunkt {

LessonSwitcher::LessonSwitcher(Session &session, CommandDispatcher &dispatcher, PresentationTimer &timer, RoomSync &room,
                               ConsoleWindow &console, const Options &options, QObject *parent)
    : QObject(parent), m_session(session), m_dispatcher(dispatcher), m_timer(timer), m_room(room), m_console(console), m_options(options)
{ }

LessonSwitcher::~LessonSwitcher() = default;

void LessonSwitcher::start()
{
    watchLesson();
    if (!m_options.record)
        return;
    const QString notice = openRecord();
    if (!notice.isEmpty())
        m_console.setNotice(notice);
    m_console.setRecordSource([this] { return m_records->document(); });
}

QString LessonSwitcher::openRecord()
{
    m_records = std::make_unique<RecordKeeper>(m_session, m_timer);
    connect(m_records.get(), &RecordKeeper::problemChanged, &m_console, &ConsoleWindow::setRecordProblem);
    QString notice = m_records->open(m_options, &m_console);  // resumed, or a damaged record set aside
    m_console.setRecordProblem(m_records->problem());
    // The room is kept beside the record, and comes back with it.
    m_room.keepIn(roomsnapshot::pathBeside(m_records->path()));
    if (m_records->resumed()) {
        const QString room = m_room.resumeKept();
        if (!room.isEmpty()) {
            qCInfo(lcRoom).noquote() << room;
            notice += QLatin1Char(' ') + room;
        }
    }
    return notice;
}

void LessonSwitcher::watchLesson()
{
    if (!m_options.watch && !m_options.author)  // the stop editor's changes show at once
        return;
    ConsoleWindow *console = &m_console;
    m_watcher = std::make_unique<LessonWatcher>(m_dispatcher, QString::fromStdString(m_session.lesson().file.string()));
    connect(m_watcher.get(), &LessonWatcher::reloaded, console, [console] { console->setNotice(tr("The lesson was reloaded.")); });
    connect(m_watcher.get(), &LessonWatcher::rejected, console, [console](const QStringList &errors) {
        for (const QString &e : errors)
            qCWarning(lcLesson).noquote() << e;
        const int count = int(errors.size());
        console->setNotice(
            tr("The saved lesson has %n error(s); the last good version stays on screen. %1", nullptr, count).arg(errors.value(0)));
    });
}

QStringList LessonSwitcher::offered() const
{
    QStringList files;
    const Lesson &lesson = m_session.lesson();
    for (const Slide &slide : lesson.slides)
        for (const LinkedLesson &link : slide.nextLessons)
            if (const QString file = QString::fromStdString(lesson.linkedLessonFile(link.id).string()); QFileInfo::exists(file))
                files << file;
    return files;
}

void LessonSwitcher::choose()
{
    // The lesson's own folder of lessons: the summary's choices are its siblings.
    const QString lessonsDir =
        QFileInfo(QString::fromStdString(m_session.lesson().file.parent_path().parent_path().string())).absoluteFilePath();
    QStringList folders{lessonsDir};
    for (const QString &folder : lessonFolders())
        if (QFileInfo(folder).canonicalFilePath() != QFileInfo(lessonsDir).canonicalFilePath())
            folders << folder;
    LessonPicker picker(folders, &m_console);
    picker.preferFiles(offered());
    if (picker.exec() == QDialog::Accepted && !picker.chosenFile().isEmpty())
        open(picker.chosenFile());
}

bool LessonSwitcher::open(const QString &file)
{
    QString problems;
    QTextStream err(&problems);
    LoadResult result = loadAndReport(file, err);
    if (!result.ok()) {
        m_console.setNotice(
            tr("The lesson %1 has errors and was not opened: %2").arg(file, QString::fromStdString(result.diagnostics.front().format())));
        return false;
    }
    m_dispatcher.report(reports::NextLessonChosen{result.lesson->id, result.lesson->title});  // into the record that closes now
    finish();
    m_records.reset();
    m_watcher.reset();
    m_dispatcher.report(reports::LessonStarted{std::move(*result.lesson)});
    emit lessonStarted();
    m_timer.reset();
    m_timer.pause();  // the new lesson's time starts with its first Next
    watchLesson();
    QString notice;
    if (m_options.record)
        notice = openRecord();
    m_console.setNotice(notice.isEmpty() ? tr("Opened %1.").arg(QString::fromStdString(m_session.lesson().title)) : notice);
    return true;
}

void LessonSwitcher::finish()
{
    if (m_records)
        m_records->finish();
}

}  // namespace stoppunkt
