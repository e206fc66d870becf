// SPDX-License-Identifier: MIT
// ConsoleWindow's keys, mouse, wheel and tablet: overlays first, then the dispatcher, as the remote's commands.
#include "ui/consolewindow.h"

#include "input/commanddispatcher.h"
#include "session/sessionview.h"
#include "ui/slidehand.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace stoppunkt {

void ConsoleWindow::wheelEvent(QWheelEvent *event)
{
    if (!m_overview.isOpen() && !m_help && handleSlideHand(m_dispatcher, m_layout.nowSlide, event))
        return event->accept();
    if (!m_notes.area().contains(event->position()) || event->angleDelta().y() == 0)
        return QWidget::wheelEvent(event);
    scrollNotes(event->angleDelta().y() < 0 ? 1 : -1);
    event->accept();
}

void ConsoleWindow::keyPressEvent(QKeyEvent *event)
{
    const bool modifierAlone = event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control;
    if (m_help && !modifierAlone) {
        toggleHelp();
        return;
    }
    // Like the help, the remote's pairing code takes the next key to close (its secret then stops working),
    // so a clicker pressed while it shows changes nothing that the room sees.
    if (!m_session.participation().pairingUrl.isEmpty() && !modifierAlone) {
        m_dispatcher.trigger(Action::PairRemote);
        return;
    }
    using Target = CommandDispatcher::KeyTarget;
    if (!m_dispatcher.handleKey(*event, m_overview.isOpen() ? Target::Overview : Target::Lesson))
        QWidget::keyPressEvent(event);
}

void ConsoleWindow::mousePressEvent(QMouseEvent *event)
{
    if (m_overview.isOpen()) {
        const int slide = m_overview.slideAt(rect(), m_session.slideCount(), event->position());
        if (slide >= 0)
            m_dispatcher.goTo(slide);
        m_overview.close();
        update();
        return;
    }
    for (std::size_t i = 0; i < m_optionRects.size(); ++i) {
        if (m_optionRects[i].contains(event->position())) {
            m_dispatcher.pick(int(i) + 1);  // the group proposed this option: the keys' own path
            return;
        }
    }
    for (std::size_t i = 0; i < m_entryRects.size(); ++i) {
        if (m_entryRects[i].contains(event->position())) {
            openFlipchartInput(int(i));
            return;
        }
    }
    if (handleSlideHand(m_dispatcher, m_layout.nowSlide, event))
        return;  // drawing, erasing or panning
    if (m_layout.nowSlide.contains(event->position()))
        m_dispatcher.trigger(event->button() == Qt::RightButton ? Action::Previous : Action::Next);
}

void ConsoleWindow::mouseMoveEvent(QMouseEvent *event)
{
    handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

void ConsoleWindow::mouseReleaseEvent(QMouseEvent *event)
{
    handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

void ConsoleWindow::tabletEvent(QTabletEvent *event)
{
    if (!m_overview.isOpen() && !m_help)
        handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

}  // namespace stoppunkt
