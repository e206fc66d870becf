// SPDX-License-Identifier: MIT
#include "ui/noteseditor.h"

#include "ui/notestextedit.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stoppunkt {

QStringList noteKindLabels()
{
    return {NotesEditor::tr("Plain"), NotesEditor::tr("Continue (go on)"), NotesEditor::tr("Discuss (ask the room)"),
            NotesEditor::tr("Important")};
}

NotesEditor::NotesEditor(const QString &slideTitle, const std::vector<Note> &notes, QWidget *parent)
    : AuthorForm(parent), m_text(new NotesTextEdit(this)), m_kind(new QComboBox(this))
{
    auto *heading = new QLabel(tr("Notes of “%1”").arg(slideTitle), this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);  // a long title wraps rather than being cut in the narrow panel
    m_kind->addItems(noteKindLabels());
    m_kind->setAccessibleName(tr("Kind of this note"));
    m_text->setAccessibleName(tr("Notes, one per paragraph"));
    m_text->setNotes(notes);
    m_kind->setCurrentIndex(int(m_text->currentKind()));
    connect(m_text, &NotesTextEdit::currentKindChanged, m_kind, [this](NoteKind kind) { m_kind->setCurrentIndex(int(kind)); });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        m_text->setCurrentKind(NoteKind(index));
        m_text->setFocus();
    });

    auto *kindLabel = new QLabel(tr("Kind of this note"), this);
    kindLabel->setBuddy(m_kind);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::authorFormMarginPx, theme::authorFormMarginPx, theme::authorFormMarginPx, theme::authorFormMarginPx);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(refusalLine());
    layout->addLayout(buttonRow(tr("One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes")));
    watch(m_text);
    watch(m_kind);
    m_text->setFocus();
}

std::vector<Note> NotesEditor::notes() const
{
    return m_text->notes();
}

}  // namespace stoppunkt
