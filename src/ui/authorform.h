// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace stoppunkt {

/// The frame of author mode's forms over the console: their look, the line that says why a save was refused,
/// the row of hint, Save and Close, and the keys every form shares: Ctrl+Enter in any field asks to save, Esc
/// to close, and a key the fields leave goes no further (the console's keys wait until the form closes).
class AuthorForm : public QWidget {
    Q_OBJECT
public:
    explicit AuthorForm(QWidget *parent);

    /// Says why the last save was refused (empty: clears it); everything typed stays.
    void setRefusal(const QString &refusal);

signals:
    void saveRequested();
    void closeRequested();

protected:
    /// Makes `field`'s Ctrl+Enter and Esc the form's.
    void watch(QWidget *field);
    /// The refusal line, hidden until a save is refused.
    QLabel *refusalLine() const { return m_refusal; }
    /// The bottom row: `hint` (the form's keys) and the Save and Close buttons.
    QHBoxLayout *buttonRow(const QString &hint);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_refusal = nullptr;
};

}  // namespace stoppunkt
