// SPDX-License-Identifier: MIT
#include "session/session.h"

#include "session/recordcodec.h"

#include <algorithm>

namespace stoppunkt {

Session::Session(Lesson lesson, QObject *parent, Clock clock) : SessionView(std::move(lesson), parent, std::move(clock))
{
    m_armExpiry.setSingleShot(true);
    connect(&m_armExpiry, &QTimer::timeout, this, [this] {
        if (m_nextArmedAt && !armed()) {
            m_nextArmedAt.reset();
            emit changed();
        }
    });
    enter(0, Direction::Forward);
}

void Session::record(SessionEvent event)
{
    event.slide = m_index;
    event.slideKey = QString::fromStdString(m_lesson.slideKey(m_index));
    if (event.type == EventType::Slide || event.type == EventType::Resume)
        addPlannedTime(event);
    emit recorded(event);
}

bool Session::recordIfAny(std::optional<SessionEvent> event)
{
    if (!event)
        return false;
    record(std::move(*event));
    return true;
}

bool Session::changedBy(std::optional<SessionEvent> event)
{
    if (!recordIfAny(std::move(event)))
        return false;
    emit changed();
    return true;
}

void Session::enter(int index, Direction direction)
{
    commitStroke();  // a stroke being drawn stays on the slide it was drawn on
    m_zoom.reset();  // another slide shows whole
    m_index = index;
    m_nextArmedAt.reset();
    m_room.hideDistribution();  // the votes shown belong to the question left
    const bool forward = direction == Direction::Forward;
    m_buildStep = forward ? 0 : slide().buildCount();
    if (!isFilmSlide())
        m_film.setPhase(FilmPhase::Idle);
    else if (forward && slide().announce)
        m_film.setPhase(FilmPhase::Idle);  // the title first; Next starts the film
    else if (forward)
        m_film.start();
    else  // coming back shows where the slide ended: the question at its stop, or the segment's end
        m_film.setPhase(isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended);
    record({.type = EventType::Slide, .build = m_buildStep, .forward = forward});
    if (m_film.phase() == FilmPhase::Playing)
        record({.type = EventType::FilmStart, .run = m_film.run()});
}

void Session::finishFilm()
{
    m_nextArmedAt.reset();
    m_film.setPhase(isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended);
    record({.type = m_film.phase() == FilmPhase::AtStop ? EventType::FilmStop : EventType::FilmEnd, .run = m_film.run()});
}

void Session::next()
{
    if (m_blank != Blank::None) {
        // Like PowerPoint: the first press after a blank brings the slide back without moving on.
        m_blank = Blank::None;
        emit changed();
        return;
    }
    if (m_buildStep < slide().buildCount()) {
        ++m_buildStep;
        record({.type = EventType::Build, .build = m_buildStep});
        emit changed();
        return;
    }
    if (m_film.phase() == FilmPhase::Idle && isFilmSlide()) {
        m_film.start();  // an announced segment: its title was up, now the film runs
        record({.type = EventType::FilmStart, .run = m_film.run()});
        emit changed();
        return;
    }
    if (m_film.phase() == FilmPhase::Playing) {
        if (skipArmed() || !filmAvailable()) {
            record({.type = EventType::FilmSkip, .run = m_film.run()});
            finishFilm();
        } else {
            m_nextArmedAt = now();
            m_armExpiry.start(static_cast<int>(kSkipWindowMs) + 50);
        }
        emit changed();
        return;
    }
    if (questionPhase() == QuestionPhase::Discussing) {
        // The room is discussing: one stray press (Space, Enter, a clicker) must not give the answer away.
        // A second Next within the window reveals it, as a second Next skips a film.
        if (revealArmed()) {
            m_nextArmedAt.reset();
            record(m_questions.reveal(m_index));
        } else {
            m_nextArmedAt = now();
            m_armExpiry.start(static_cast<int>(kSkipWindowMs) + 50);
        }
        emit changed();
        return;
    }
    if (m_index + 1 < slideCount()) {
        enter(m_index + 1, Direction::Forward);
        emit changed();
    }
}

void Session::previous()
{
    if (m_blank != Blank::None) {
        m_blank = Blank::None;
        emit changed();
        return;
    }
    if (m_buildStep > 0) {
        --m_buildStep;
        record({.type = EventType::Build, .build = m_buildStep});
        emit changed();
        return;
    }
    if (questionPhase() == QuestionPhase::Revealed) {
        // Previous takes back a reveal that Next or R made; a reveal by the right pick is undone with undoPick().
        m_nextArmedAt.reset();
        if (auto unrevealed = m_questions.unreveal(m_index, slide())) {
            record(*unrevealed);
            emit changed();
            return;
        }
    }
    if (m_index > 0) {
        enter(m_index - 1, Direction::Backward);
        emit changed();
    }
}

void Session::goTo(int slideIndex)
{
    if (slideIndex < 0 || slideIndex >= slideCount() || slideIndex == m_index)
        return;
    m_blank = Blank::None;
    // A film question the room has already worked on (a pick or a reveal) comes back at its stop, as when it
    // is entered from behind: a jump to it must not play its film part to the room again (Ctrl+R does).
    const bool worked = m_lesson.slides[slideIndex].kind == SlideKind::FilmQuestion && questionRecord(slideIndex);
    enter(slideIndex, worked ? Direction::Backward : Direction::Forward);
    emit changed();
}

void Session::setBlank(Blank blank)
{
    if (m_blank == blank)
        return;
    m_blank = blank;
    record({.type = EventType::Blank, .blank = blank});
    emit changed();
}

void Session::toggleBlank(Blank blank)
{
    setBlank(m_blank == blank ? Blank::None : blank);
}

void Session::skipFilm()
{
    if (m_film.phase() != FilmPhase::Playing)
        return;
    record({.type = EventType::FilmSkip, .run = m_film.run()});
    finishFilm();
    emit changed();
}

void Session::replaySegment()
{
    if (!isFilmSlide())
        return;
    m_film.start();
    m_nextArmedAt.reset();
    record({.type = EventType::FilmReplay, .run = m_film.run()});
    emit changed();
}

}  // namespace stoppunkt
