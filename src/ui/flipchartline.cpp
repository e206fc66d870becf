// SPDX-License-Identifier: MIT
#include "ui/flipchartline.h"

#include "input/commanddispatcher.h"
#include "session/sessionview.h"
#include "ui/theme.h"

#include <QKeyEvent>

namespace stoppunkt {

FlipchartLine::FlipchartLine(const SessionView &session, CommandDispatcher &dispatcher, QWidget *parent)
    : QLineEdit(parent), m_session(session), m_dispatcher(dispatcher)
{
    setPlaceholderText(tr("An answer from the room, then Enter. Up/Down choose an entry to edit; Esc closes."));
    setFont(theme::uiFont(theme::consoleFlipTextPx));
    setStyleSheet(theme::dialogStyleSheet());  // the console's own look, not a stock white field
    hide();
    connect(this, &QLineEdit::returnPressed, this, &FlipchartLine::commit);
    // Entries belong to the slide they were typed on: leaving it closes the line.
    connect(&session, &SessionView::changed, this, [this] {
        if (isVisible() && !m_session.slide().flipchart)
            close();
    });
}

void FlipchartLine::open(int edit)
{
    if (!m_session.slide().flipchart)
        return;
    const auto &entries = m_session.flipchart(m_session.slideIndex());
    m_editing = edit >= 0 && edit < int(entries.size()) ? edit : -1;
    setText(m_editing >= 0 ? entries[m_editing] : QString());
    show();
    raise();
    setFocus();
    emit editingChanged();
}

void FlipchartLine::commit()
{
    m_dispatcher.writeFlipchart(text(), m_editing);
    m_editing = -1;
    clear();
    emit editingChanged();
}

void FlipchartLine::close()
{
    hide();
    m_editing = -1;
    emit editingChanged();
    emit closed();
}

void FlipchartLine::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_session.flipchart(m_session.slideIndex()).size());
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && count > 0) {
        const int from = m_editing < 0 ? count : m_editing;
        const int next = event->key() == Qt::Key_Up ? std::max(0, from - 1) : from + 1;
        open(next < count ? next : -1);
        return;
    }
    QLineEdit::keyPressEvent(event);
    // While the line is open it owns the keyboard. QLineEdit leaves Return unaccepted after returnPressed(),
    // and on the console Return means Next: the first answer would have moved the lesson on.
    event->accept();
}

}  // namespace stoppunkt
