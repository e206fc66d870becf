// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <QPlainTextEdit>

#include <vector>

namespace stoppunkt {

/// A slide's notes as text to write: one note per paragraph (Shift+Enter breaks a line inside one), its kind
/// drawn in the margin with the console's own icon. Ctrl+1 … Ctrl+4 set the kind of the paragraph with the
/// cursor (plain, continue, discuss, important); a new paragraph takes the kind and step of the one it
/// was split from. A note that belongs to a build step keeps its step.
class NotesTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NotesTextEdit(QWidget *parent = nullptr);

    void setNotes(const std::vector<Note> &notes);
    /// The paragraphs as notes; empty paragraphs are left out.
    std::vector<Note> notes() const;
    NoteKind currentKind() const;
    void setCurrentKind(NoteKind kind);

signals:
    /// The cursor moved to a paragraph of another kind, or the kind changed.
    void currentKindChanged(stoppunkt::NoteKind kind);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Every paragraph without a kind yet (just split off) takes the one before it's.
    void inheritKinds();
    void paintMargin(QPaintEvent *event);

    QWidget *m_margin = nullptr;
};

}  // namespace stoppunkt
