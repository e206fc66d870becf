// SPDX-License-Identifier: MIT
#include "ui/roomaddressdialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace stoppunkt {

RoomAddressDialog::RoomAddressDialog(const std::vector<Choice> &choices, const QString &current, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Stoppunkt — where the room's phones join"));
    setStyleSheet(theme::dialogStyleSheet());
    resize(theme::roomAddressDialogSize);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Choose the network that the room's phones are on: the laptop listens there only, "
                                      "and the join card shows that address. The choice is remembered."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    QFont font = m_list->font();
    font.setPointSizeF(font.pointSizeF() * theme::dialogListFontScale);
    m_list->setFont(font);
    for (const Choice &choice : choices) {
        const QString text = choice.network.isEmpty()
                                 ? tr("This computer only: %1 (no phone can join; for trying it out)").arg(choice.address)
                                 : tr("%1: %2").arg(choice.network, choice.address);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, choice.address);
        if (choice.address == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
}

QString RoomAddressDialog::chosenAddress() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList RoomAddressDialog::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->count(); ++i)
        rows << m_list->item(i)->text();
    return rows;
}

void RoomAddressDialog::choose(int row)
{
    m_list->setCurrentRow(row);
}

}  // namespace stoppunkt
