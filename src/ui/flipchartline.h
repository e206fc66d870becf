// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>

namespace stoppunkt {

class CommandDispatcher;
class SessionView;

/// The console's line for the digital flip chart: Enter adds the room's answer (or saves the entry being
/// edited; empty text removes it) through the dispatcher, Up/Down pick an entry to edit, Esc closes. It closes by itself when the
/// slide has no flip chart.
class FlipchartLine : public QLineEdit {
    Q_OBJECT
public:
    FlipchartLine(const SessionView &session, CommandDispatcher &dispatcher, QWidget *parent = nullptr);

    /// Opens the line for a new entry, or for the entry `edit`.
    void open(int edit = -1);
    /// The entry being edited, or -1.
    int editing() const { return m_editing; }

signals:
    void closed();
    void editingChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit();
    void close();

    const SessionView &m_session;
    CommandDispatcher &m_dispatcher;
    int m_editing = -1;
};

}  // namespace stoppunkt
