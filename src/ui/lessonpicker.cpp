// SPDX-License-Identifier: MIT
#include "ui/lessonpicker.h"

#include "lesson/lessoncatalog.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace stoppunkt {

LessonPicker::LessonPicker(const QStringList &lessonsDirs, QWidget *parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Stoppunkt — choose a lesson"));
    setStyleSheet(theme::dialogStyleSheet());
    resize(theme::lessonPickerSize);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Choose a lesson. Your own lessons go in a folder each, with its lesson.json, in the last folder below."), this));
    QFont font = m_list->font();
    font.setPointSizeF(font.pointSizeF() * theme::dialogListFontScale);
    m_list->setFont(font);
    for (int i = 0; i < lessonsDirs.size(); ++i)
        addFolder(lessonsDirs[i], i == 0);
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
}

void LessonPicker::addFolder(const QString &dir, bool first)
{
    const std::vector<CatalogEntry> lessons = findLessons(dir.toStdString());
    // A heading that names the folder: where the lessons come from, and where one's own go.
    const QString heading = first ? tr("Lessons that come with Stoppunkt  (%1)").arg(QDir::toNativeSeparators(dir))
                                  : tr("Your own lessons  (%1)").arg(QDir::toNativeSeparators(dir));
    auto *title = new QListWidgetItem(lessons.empty() && !first ? heading + QStringLiteral("  —  ") + tr("none yet") : heading, m_list);
    title->setFlags(Qt::NoItemFlags);
    QFont bold = m_list->font();
    bold.setBold(true);
    title->setFont(bold);
    for (const CatalogEntry &entry : lessons) {
        QString text;
        if (entry.valid) {
            // The language by its own name ("norsk bokmål").
            const QString language = QLocale(QString::fromStdString(entry.language)).nativeLanguageName();
            const QString slides = tr("%n slides", nullptr, entry.slideCount);
            text = tr("%1  —  %2, %3")
                       .arg(QString::fromStdString(entry.title), language.isEmpty() ? QString::fromStdString(entry.language) : language,
                            slides);
        } else {
            text = tr("%1  —  cannot open: %2").arg(QString::fromStdString(entry.title), QString::fromStdString(entry.problem));
        }
        auto *item = new QListWidgetItem(QStringLiteral("    ") + text, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(entry.file.string()));
        if (!entry.valid)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
}

QString LessonPicker::chosenFile() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && (item->flags() & Qt::ItemIsEnabled) ? item->data(Qt::UserRole).toString() : QString();
}

void LessonPicker::preferFiles(const QStringList &files)
{
    int front = 0;
    for (const QString &file : files) {
        const QString wanted = QFileInfo(file).canonicalFilePath();
        for (int i = front; i < m_list->count(); ++i) {
            if (QFileInfo(m_list->item(i)->data(Qt::UserRole).toString()).canonicalFilePath() != wanted)
                continue;
            QListWidgetItem *item = m_list->takeItem(i);
            item->setText(tr("%1.  %2").arg(front + 1).arg(item->text().trimmed()));
            m_list->insertItem(front++, item);
            break;
        }
    }
    if (front > 0 && (m_list->item(0)->flags() & Qt::ItemIsEnabled))
        m_list->setCurrentRow(0);
}

QStringList LessonPicker::listedFiles() const
{
    QStringList files;
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString file = m_list->item(i)->data(Qt::UserRole).toString(); !file.isEmpty())
            files << file;  // not the folders' headings
    return files;
}

int LessonPicker::lessonCount() const
{
    return int(listedFiles().size());
}

}  // namespace stoppunkt
