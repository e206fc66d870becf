// SPDX-License-Identifier: MIT
#include "ui/notestextedit.h"

#include "ui/noteicon.h"
#include "ui/theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace stoppunkt {

namespace {
constexpr QChar kLineBreak(0x2028);  ///< a line break inside one paragraph

/// A paragraph's kind and build step, kept as its user state.
int stateOf(NoteKind kind, int step)
{
    return int(kind) + 8 * step;
}
NoteKind kindOf(int state)
{
    return NoteKind(std::clamp(state % 8, 0, int(NoteKind::Important)));
}
int stepOf(int state)
{
    return state / 8;
}

/// Paints the notes' margin for its editor.
class NotesMargin : public QWidget {
public:
    NotesMargin(QWidget *parent, std::function<void(QPaintEvent *)> paint) : QWidget(parent), m_paint(std::move(paint)) { }

protected:
    void paintEvent(QPaintEvent *event) override { m_paint(event); }

private:
    std::function<void(QPaintEvent *)> m_paint;
};
}  // namespace

NotesTextEdit::NotesTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_margin(new NotesMargin(this, [this](QPaintEvent *event) { paintMargin(event); }))
{
    setTabChangesFocus(true);  // Tab goes to the next field; the notes are plain paragraphs
    setViewportMargins(theme::authorNotesMarginPx, 0, 0, 0);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        dy ? m_margin->scroll(0, dy) : m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    connect(document(), &QTextDocument::contentsChanged, this, &NotesTextEdit::inheritKinds);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] { emit currentKindChanged(currentKind()); });
}

void NotesTextEdit::setNotes(const std::vector<Note> &notes)
{
    QStringList paragraphs;
    for (const Note &note : notes)
        paragraphs << QString::fromStdString(note.text).replace(QLatin1Char('\n'), kLineBreak);
    setPlainText(paragraphs.join(QLatin1Char('\n')));
    QTextBlock block = document()->firstBlock();
    for (const Note &note : notes) {
        block.setUserState(stateOf(note.kind, note.step));
        block = block.next();
    }
    moveCursor(QTextCursor::End);
    emit currentKindChanged(currentKind());
}

std::vector<Note> NotesTextEdit::notes() const
{
    std::vector<Note> out;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        const QString text = block.text().replace(kLineBreak, QLatin1Char('\n')).trimmed();
        if (text.isEmpty())
            continue;
        const int state = std::max(0, block.userState());
        out.push_back({kindOf(state), text.toStdString(), stepOf(state)});
    }
    return out;
}

NoteKind NotesTextEdit::currentKind() const
{
    return kindOf(std::max(0, textCursor().block().userState()));
}

void NotesTextEdit::setCurrentKind(NoteKind kind)
{
    QTextBlock block = textCursor().block();
    block.setUserState(stateOf(kind, stepOf(std::max(0, block.userState()))));
    m_margin->update();
    emit currentKindChanged(kind);
}

void NotesTextEdit::inheritKinds()
{
    int previous = stateOf(NoteKind::Plain, 0);
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.userState() < 0)
            block.setUserState(previous);
        previous = block.userState();
    }
    m_margin->update();
}

void NotesTextEdit::keyPressEvent(QKeyEvent *event)
{
    const int kinds[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int k = 0; k < 4; ++k)
        if (event->key() == kinds[k] && event->modifiers() == Qt::ControlModifier) {
            setCurrentKind(NoteKind(k));
            return;
        }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::ShiftModifier) {
        insertPlainText(QString(kLineBreak));
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void NotesTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect inner = contentsRect();
    m_margin->setGeometry(QRect(inner.left(), inner.top(), theme::authorNotesMarginPx, inner.height()));
}

void NotesTextEdit::paintMargin(QPaintEvent *event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), theme::consolePanel);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal icon = fontMetrics().height() * theme::authorNoteIconShare;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom())
            break;
        if (block.text().trimmed().isEmpty())
            continue;
        const QRectF iconBox((theme::authorNotesMarginPx - icon) / 2, box.top() + (fontMetrics().height() - icon) / 2, icon, icon);
        paintNoteIcon(painter, iconBox, kindOf(std::max(0, block.userState())), theme::consoleMuted);
    }
}

}  // namespace stoppunkt
