// SPDX-License-Identifier: MIT
#include "input/commanddispatcher.h"

#include "session/presentationtimer.h"
#include "session/session.h"

#include <QKeyEvent>

namespace stoppunkt {

CommandDispatcher::CommandDispatcher(Session &session, PresentationTimer &timer, QObject *parent)
    : QObject(parent), m_session(session), m_timer(timer)
{
    m_jumpLapse.setSingleShot(true);
    connect(&m_jumpLapse, &QTimer::timeout, this, &CommandDispatcher::clearJump);
    m_pointerIdle.setSingleShot(true);
    m_pointerIdle.setInterval(kPointerIdleMs);
    connect(&m_pointerIdle, &QTimer::timeout, &m_session, &Session::hidePointer);
}

bool CommandDispatcher::handleKey(const QKeyEvent &event, KeyTarget target)
{
    return handleKey(event.keyCombination(), target);
}

bool CommandDispatcher::handleKey(QKeyCombination key, KeyTarget target)
{
    if (target == KeyTarget::Overview && handleOverviewKey(key))
        return true;
    const Qt::KeyboardModifiers mods = key.keyboardModifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier && key.key() >= Qt::Key_0 && key.key() <= Qt::Key_9)
        return handleDigit(key.key() - Qt::Key_0);
    if (!m_jump.isEmpty() && (key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter)) {
        m_session.goTo(m_jump.toInt() - 1);
        clearJump();
        return true;
    }
    const auto action = m_bindings.actionFor(key);
    if (!action) {
        const bool modifierAlone =
            key.key() == Qt::Key_Shift || key.key() == Qt::Key_Control || key.key() == Qt::Key_Alt || key.key() == Qt::Key_Meta;
        if (!modifierAlone)
            clearJump();  // any other key forgets a half-typed number
        return false;
    }
    trigger(*action);
    return true;
}

bool CommandDispatcher::handleOverviewKey(QKeyCombination key)
{
    const Qt::KeyboardModifiers mods = key.keyboardModifiers() & ~Qt::KeypadModifier;
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    switch (key.key()) {
    case Qt::Key_Left: emit overviewMoveRequested(-1, 0); return true;
    case Qt::Key_Right: emit overviewMoveRequested(1, 0); return true;
    case Qt::Key_Up: emit overviewMoveRequested(0, -1); return true;
    case Qt::Key_Down: emit overviewMoveRequested(0, 1); return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: emit overviewChoiceRequested(); return true;
    default: break;
    }
    if (key.key() >= Qt::Key_0 && key.key() <= Qt::Key_9) {
        typeSlideDigit(key.key() - Qt::Key_0);  // a slide number here, even over a question
        return true;
    }
    return false;
}

bool CommandDispatcher::handleDigit(int digit)
{
    // At a question, digits are picks in every phase: after the reveal they do nothing, and never start a
    // slide number that a later Enter would act on.
    if (m_session.questionPhase() != QuestionPhase::None) {
        if (digit >= 1)
            pick(digit);
        else
            clearJump();
        return true;
    }
    typeSlideDigit(digit);
    return true;
}

bool CommandDispatcher::pick(int option)
{
    clearJump();
    return m_session.questionPhase() != QuestionPhase::None && m_session.pick(option);
}

bool CommandDispatcher::writeFlipchart(const QString &text, int entry)
{
    return entry >= 0 ? m_session.editFlipchartEntry(entry, text) : m_session.addFlipchartEntry(text);
}

void CommandDispatcher::goTo(int slideIndex)
{
    clearJump();
    if (slideIndex >= 0 && slideIndex < m_session.slideCount())
        m_session.goTo(slideIndex);
}

void CommandDispatcher::typeSlideDigit(int digit)
{
    if (m_jump.size() < 4 && !(m_jump.isEmpty() && digit == 0)) {
        m_jump += QString::number(digit);
        m_jumpLapse.start(kJumpLapseMs);
        emit jumpBufferChanged();
    }
}

void CommandDispatcher::clearJump()
{
    m_jumpLapse.stop();
    if (m_jump.isEmpty())
        return;
    m_jump.clear();
    emit jumpBufferChanged();
}

void CommandDispatcher::trigger(Action action)
{
    if (action != Action::Escape)
        clearJump();
    switch (action) {
    case Action::Next:
        if (!m_timer.running() && m_timer.elapsedMs() == 0)
            m_timer.start();  // the lesson has begun; a timer paused on purpose stays paused
        m_session.next();
        break;
    case Action::Previous: m_session.previous(); break;
    case Action::First: m_session.goToFirst(); break;
    case Action::Last: m_session.goToLast(); break;
    case Action::BlackScreen: m_session.toggleBlank(Blank::Black); break;
    case Action::WhiteScreen: m_session.toggleBlank(Blank::White); break;
    case Action::StartResume:
        m_session.setBlank(Blank::None);
        m_timer.start();
        emit appRequested(action);
        break;
    case Action::Escape:
        if (!m_jump.isEmpty())
            clearJump();
        else if (m_session.inkMode() != InkMode::Off)
            m_session.toggleInkMode(InkMode::Off);  // leaves drawing; the strokes stay
        else if (m_session.zoom().zoomed())
            m_session.zoomAround(0.5, 0.5, 1);
        else if (m_session.pointerTool() != PointerTool::Off)
            m_session.togglePointerTool(m_session.pointerTool());  // puts the pointer away
        else if (m_session.blank() != Blank::None)
            m_session.setBlank(Blank::None);
        else
            emit appRequested(action);
        break;
    case Action::ToggleTimer: m_timer.toggle(); break;
    case Action::ResetTimer: m_timer.reset(); break;
    case Action::Reveal: m_session.reveal(); break;
    case Action::UndoPick: m_session.undoPick(); break;
    case Action::ReplaySegment: m_session.replaySegment(); break;
    case Action::Subtitles: m_session.toggleSubtitles(); break;
    case Action::JoinCard: m_session.toggleJoinCard(); break;
    case Action::Distribution: m_session.toggleDistribution(); break;
    case Action::Pointer:
    case Action::Spotlight:
        m_session.togglePointerTool(action == Action::Pointer ? PointerTool::Dot : PointerTool::Spotlight);
        m_pointerIdle.start();  // taken up, it shows where it was, and hides if the mouse does not move
        break;
    case Action::Pen: m_session.toggleInkMode(InkMode::Pen); break;
    case Action::Highlighter: m_session.toggleInkMode(InkMode::Highlighter); break;
    case Action::Eraser: m_session.toggleInkMode(InkMode::Eraser); break;
    case Action::UndoInk: m_session.undoInk(); break;
    case Action::ClearInk: m_session.clearInk(); break;
    case Action::InkColour: m_session.cycleInkColour(); break;
    case Action::InkWidth: m_session.cycleInkWidth(); break;
    case Action::Zoom: toggleZoom(); break;
    // The app's: the console's overlays and notes, the windows, the player, the room, the author's edits.
    case Action::Quit:
    case Action::Overview:
    case Action::Help:
    case Action::NotesLarger:
    case Action::NotesSmaller:
    case Action::NotesDown:
    case Action::NotesUp:
    case Action::SwapScreens:
    case Action::PauseFilm:
    case Action::FilmBack:
    case Action::VolumeUp:
    case Action::VolumeDown:
    case Action::MarkStop:
    case Action::Flipchart:
    case Action::OpenLesson:
    case Action::UiLanguage:
    case Action::Participation:
    case Action::RoomAddress:
    case Action::PairRemote:
    case Action::DropRemote:
    case Action::LockRoom:
    case Action::Vote:
    case Action::AcceptSuggestion:
    case Action::DropSuggestion:
    case Action::EditStops:
    case Action::EditNotes:
    case Action::EditQuestion:
    case Action::MoveSlideEarlier:
    case Action::MoveSlideLater:
    case Action::DuplicateSlide:
    case Action::DeleteSlide:
    case Action::RetitleSlide:
    case Action::SplitSlide:
    case Action::UndoEdit:
    case Action::RedoEdit: emit appRequested(action); break;
    }
}

}  // namespace stoppunkt
