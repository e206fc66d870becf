// SPDX-License-Identifier: MIT
#include "lessonpicker.h"

#include "lessoncatalog.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stoppunkt {

LessonPicker::LessonPicker(const QString &lessonsDir, QWidget *parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Stoppunkt — choose a lesson"));
    setStyleSheet(theme::dialogStyleSheet());
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Lessons in %1").arg(lessonsDir), this));
    QFont font = m_list->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_list->setFont(font);
    for (const CatalogEntry &entry : findLessons(lessonsDir.toStdString())) {
        QString text;
        if (entry.valid)
        {
            // The language by its own name ("norsk bokmål"), and a plain plural: no translation file is needed.
            const QString language = QLocale(QString::fromStdString(entry.language)).nativeLanguageName();
            const QString slides = entry.slideCount == 1 ? tr("1 slide") : tr("%1 slides").arg(entry.slideCount);
            text = tr("%1  —  %2, %3").arg(QString::fromStdString(entry.title),
                                           language.isEmpty() ? QString::fromStdString(entry.language) : language, slides);
        }
        else
            text = tr("%1  —  cannot open: %2").arg(QString::fromStdString(entry.title), QString::fromStdString(entry.problem));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, QString::fromStdString(entry.file.string()));
        if (!entry.valid)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
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
            item->setText(tr("%1.  %2").arg(front + 1).arg(item->text()));
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
        files << m_list->item(i)->data(Qt::UserRole).toString();
    return files;
}

int LessonPicker::lessonCount() const
{
    return m_list->count();
}

} // namespace stoppunkt
