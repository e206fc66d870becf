// SPDX-License-Identifier: MIT
#include "ui/consolequestion.h"

#include "ui/theme.h"

#include <QMessageBox>

namespace stoppunkt {

bool askOnConsole(QWidget *parent, const QString &title, const QString &text, bool yesByDefault)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setStyleSheet(theme::dialogStyleSheet());
    box.setDefaultButton(yesByDefault ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void tellOnConsole(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setStyleSheet(theme::dialogStyleSheet());
    box.exec();
}

}  // namespace stoppunkt
