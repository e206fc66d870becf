// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

#include <vector>

class QListWidget;

namespace stoppunkt {

/// The console's setting for the room: which of this computer's networks the phones join on. The choice
/// is what the join card shows; the app remembers it.
class RoomAddressDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        QString network;  ///< the network's name; empty for this computer only
        QString address;
    };
    /// `current`: the address in use or remembered, selected when it is among the choices.
    RoomAddressDialog(const std::vector<Choice> &choices, const QString &current, QWidget *parent = nullptr);
    /// The address chosen; empty when none is.
    QString chosenAddress() const;
    /// The rows as the facilitator reads them.
    QStringList rows() const;
    void choose(int row);

private:
    QListWidget *m_list;
};

}  // namespace stoppunkt
