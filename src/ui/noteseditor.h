// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"
#include "ui/authorform.h"

#include <vector>

class QComboBox;

namespace stoppunkt {

class NotesTextEdit;

/// Author mode's notes editor, laid over the console's notes panel: the slide's notes as paragraphs, the
/// kind of the paragraph with the cursor in a short list above them (AuthorForm: the refusal line, Ctrl+Enter
/// and Esc); the mouse works on every part.
class NotesEditor : public AuthorForm {
    Q_OBJECT
public:
    NotesEditor(const QString &slideTitle, const std::vector<Note> &notes, QWidget *parent);

    std::vector<Note> notes() const;
    NotesTextEdit &text() { return *m_text; }

private:
    NotesTextEdit *m_text = nullptr;
    QComboBox *m_kind = nullptr;
};

/// The note kinds as the author chooses them, in the UI language, in NoteKind's order.
QStringList noteKindLabels();

}  // namespace stoppunkt
