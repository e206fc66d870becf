// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace stoppunkt {

class NotesTextEdit;

/// Author mode's notes editor, laid over the console's notes panel: the slide's notes as paragraphs, the
/// kind of the paragraph with the cursor in a short list beside them, and one line for what was refused.
/// Ctrl+Enter asks to save, Esc to close; the mouse works on every part.
class NotesEditor : public QWidget {
    Q_OBJECT
public:
    NotesEditor(const QString &slideTitle, const std::vector<Note> &notes, QWidget *parent);

    std::vector<Note> notes() const;
    /// Says why the last save was refused (empty: clears it).
    void setRefusal(const QString &refusal);
    NotesTextEdit &text() { return *m_text; }

signals:
    void saveRequested();
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NotesTextEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_refusal = nullptr;
};

/// The note kinds as the author chooses them, in the UI language, in NoteKind's order.
QStringList noteKindLabels();

}  // namespace stoppunkt
