// SPDX-License-Identifier: MIT
#include "ui/authorform.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace stoppunkt {

AuthorForm::AuthorForm(QWidget *parent) : QWidget(parent), m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("authorForm"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(theme::authorFormStyleSheet());
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
}

void AuthorForm::setRefusal(const QString &refusal)
{
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
}

void AuthorForm::watch(QWidget *field)
{
    field->installEventFilter(this);
}

QHBoxLayout *AuthorForm::buttonRow(const QString &hint)
{
    auto *label = new QLabel(hint, this);
    label->setObjectName(QStringLiteral("hint"));
    label->setWordWrap(true);
    auto *save = new QPushButton(tr("Save"), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(save, &QPushButton::clicked, this, &AuthorForm::saveRequested);
    connect(close, &QPushButton::clicked, this, &AuthorForm::closeRequested);
    watch(save);
    watch(close);
    auto *row = new QHBoxLayout;
    row->addWidget(label, 1);
    row->addWidget(save);
    row->addWidget(close);
    return row;
}

bool AuthorForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() & Qt::ControlModifier) {
            emit saveRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            emit closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AuthorForm::keyPressEvent(QKeyEvent *event)
{
    if (!eventFilter(this, event))
        event->accept();
}

}  // namespace stoppunkt
