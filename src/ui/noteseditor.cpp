// SPDX-License-Identifier: MIT
#include "ui/noteseditor.h"

#include "ui/formkeys.h"
#include "ui/notestextedit.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace stoppunkt {

QStringList noteKindLabels()
{
    return {NotesEditor::tr("Plain"), NotesEditor::tr("Continue (go on)"), NotesEditor::tr("Discuss (ask the room)"),
            NotesEditor::tr("Important")};
}

NotesEditor::NotesEditor(const QString &slideTitle, const std::vector<Note> &notes, QWidget *parent)
    : QWidget(parent), m_text(new NotesTextEdit(this)), m_kind(new QComboBox(this)), m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("authorForm"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(theme::authorFormStyleSheet());
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
    auto *save = new QPushButton(tr("Save"), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(save, &QPushButton::clicked, this, &NotesEditor::saveRequested);
    connect(close, &QPushButton::clicked, this, &NotesEditor::closeRequested);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    auto *hint = new QLabel(tr("One note per paragraph · Ctrl+1–4 or the list: its kind · Ctrl+Enter saves · Esc closes"), this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);

    auto *kindLabel = new QLabel(tr("Kind of this note"), this);
    kindLabel->setBuddy(m_kind);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(save);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::authorFormMarginPx, theme::authorFormMarginPx, theme::authorFormMarginPx, theme::authorFormMarginPx);
    layout->addWidget(heading);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_refusal);
    layout->addLayout(bottom);
    m_refusal->hide();
    m_text->installEventFilter(this);
    m_kind->installEventFilter(this);
    m_text->setFocus();
}

std::vector<Note> NotesEditor::notes() const
{
    return m_text->notes();
}

void NotesEditor::setRefusal(const QString &refusal)
{
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
}

bool NotesEditor::eventFilter(QObject *watched, QEvent *event)
{
    switch (formKeyOf(event)) {
    case FormKey::Save: emit saveRequested(); return true;
    case FormKey::Close: emit closeRequested(); return true;
    case FormKey::Other: break;
    }
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::keyPressEvent(QKeyEvent *event)
{
    if (!eventFilter(this, event))
        event->accept();  // a key the fields leave goes no further: the console's keys wait until it closes
}

}  // namespace stoppunkt
