// SPDX-License-Identifier: MIT
#include "session.h"

#include <algorithm>

namespace stoppunkt {

Session::Session(Lesson lesson, QObject *parent, Clock clock)
    : QObject(parent), m_lesson(std::move(lesson)), m_clock(std::move(clock))
{
    Q_ASSERT(!m_lesson.slides.empty());
    m_elapsed.start();
    m_skipExpiry.setSingleShot(true);
    connect(&m_skipExpiry, &QTimer::timeout, this, [this] {
        if (m_skipArmedAt && !skipArmed()) {
            m_skipArmedAt.reset();
            emit changed();
        }
    });
    enter(0, Direction::Forward);
}

qint64 Session::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

bool Session::isFilmSlide() const
{
    return segment().has_value();
}

QuestionPhase Session::questionPhase() const
{
    if (!isQuestionSlide() || m_filmPhase != FilmPhase::AtStop)
        return QuestionPhase::None;
    auto it = m_questions.find(m_index);
    if (it == m_questions.end())
        return QuestionPhase::Discussing;
    return it->second.revealedByFacilitator || pickedRight(it->second) ? QuestionPhase::Revealed
                                                                        : QuestionPhase::Discussing;
}

bool Session::pickedRight(const QuestionRecord &record) const
{
    return std::find(record.picks.begin(), record.picks.end(), slide().question.answer) != record.picks.end();
}

std::vector<int> Session::picks() const
{
    const QuestionRecord *record = questionRecord(m_index);
    return record ? record->picks : std::vector<int>{};
}

const QuestionRecord *Session::questionRecord(int slideIndex) const
{
    auto it = m_questions.find(slideIndex);
    return it == m_questions.end() ? nullptr : &it->second;
}

bool Session::skipArmed() const
{
    return m_filmPhase == FilmPhase::Playing && m_skipArmedAt && now() - *m_skipArmedAt <= kSkipWindowMs;
}

bool Session::atLessonEnd() const
{
    if (m_index + 1 < slideCount() || m_buildStep < slide().buildCount())
        return false;
    if (isQuestionSlide())
        return questionPhase() == QuestionPhase::Revealed;
    return !isFilmSlide() || m_filmPhase == FilmPhase::Ended;
}

void Session::enter(int index, Direction direction)
{
    m_index = index;
    m_skipArmedAt.reset();
    const bool forward = direction == Direction::Forward;
    m_buildStep = forward ? 0 : slide().buildCount();
    if (!isFilmSlide()) {
        m_filmPhase = FilmPhase::Idle;
    } else if (forward) {
        m_filmPhase = FilmPhase::Playing;
        ++m_segmentRun;
    } else {
        // Coming back shows where the slide ended: the question at its stop, or the segment's end.
        m_filmPhase = isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended;
    }
}

void Session::finishFilm()
{
    m_skipArmedAt.reset();
    m_filmPhase = isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended;
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
        emit changed();
        return;
    }
    if (m_filmPhase == FilmPhase::Playing) {
        if (skipArmed() || !m_filmAvailable) {
            finishFilm();
        } else {
            m_skipArmedAt = now();
            m_skipExpiry.start(static_cast<int>(kSkipWindowMs) + 50);
        }
        emit changed();
        return;
    }
    if (questionPhase() == QuestionPhase::Discussing) {
        m_questions[m_index].revealedByFacilitator = true;
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
        emit changed();
        return;
    }
    if (questionPhase() == QuestionPhase::Revealed) {
        // Previous takes back a reveal that Next or R made; a reveal by the right pick is undone with undoPick().
        QuestionRecord &record = m_questions[m_index];
        if (record.revealedByFacilitator && !pickedRight(record)) {
            record.revealedByFacilitator = false;
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
    enter(slideIndex, Direction::Forward);
    emit changed();
}

bool Session::pick(int option)
{
    if (questionPhase() != QuestionPhase::Discussing)
        return false;
    if (option < 1 || option > static_cast<int>(slide().question.options.size()))
        return false;
    QuestionRecord &record = m_questions[m_index];
    if (std::find(record.picks.begin(), record.picks.end(), option) != record.picks.end())
        return false;
    record.picks.push_back(option);
    emit changed();
    return true;
}

bool Session::undoPick()
{
    if (questionPhase() == QuestionPhase::None)
        return false;
    auto it = m_questions.find(m_index);
    if (it == m_questions.end() || it->second.picks.empty())
        return false;
    it->second.picks.pop_back();
    emit changed();
    return true;
}

void Session::reveal()
{
    if (questionPhase() != QuestionPhase::Discussing)
        return;
    m_questions[m_index].revealedByFacilitator = true;
    emit changed();
}

void Session::setBlank(Blank blank)
{
    if (m_blank == blank)
        return;
    m_blank = blank;
    emit changed();
}

void Session::toggleBlank(Blank blank)
{
    setBlank(m_blank == blank ? Blank::None : blank);
}

void Session::skipFilm()
{
    if (m_filmPhase != FilmPhase::Playing)
        return;
    finishFilm();
    emit changed();
}

void Session::replaySegment()
{
    if (!isFilmSlide())
        return;
    m_filmPhase = FilmPhase::Playing;
    m_skipArmedAt.reset();
    ++m_segmentRun;
    emit changed();
}

void Session::filmReachedStop(int run)
{
    if (run != m_segmentRun || m_filmPhase != FilmPhase::Playing)
        return;
    finishFilm();
    emit changed();
}

void Session::setFilmAvailable(bool available)
{
    if (m_filmAvailable == available)
        return;
    m_filmAvailable = available;
    emit changed();
}

void Session::filmEnded(int run)
{
    filmReachedStop(run);
}

AudienceView Session::audienceView() const
{
    AudienceView view = viewOf(m_index, m_buildStep, m_filmPhase, false);
    view.blank = m_blank;
    return view;
}

std::optional<AudienceView> Session::previewOfNext() const
{
    if (m_blank != Blank::None)
        return viewOf(m_index, m_buildStep, m_filmPhase, false);
    if (m_buildStep < slide().buildCount())
        return viewOf(m_index, m_buildStep + 1, m_filmPhase, false);
    if (m_filmPhase == FilmPhase::Playing)
        return viewOf(m_index, m_buildStep, isQuestionSlide() ? FilmPhase::AtStop : FilmPhase::Ended, false);
    if (questionPhase() == QuestionPhase::Discussing)
        return viewOf(m_index, m_buildStep, m_filmPhase, true);
    if (m_index + 1 >= slideCount())
        return std::nullopt;
    const Slide &next = m_lesson.slides[m_index + 1];
    return viewOf(m_index + 1, 0, m_lesson.segmentFor(next) ? FilmPhase::Playing : FilmPhase::Idle, false);
}

AudienceView Session::thumbnailOf(int slideIndex) const
{
    const Slide &s = m_lesson.slides[slideIndex];
    const FilmPhase phase = s.kind == SlideKind::FilmQuestion  ? FilmPhase::AtStop
                            : s.kind == SlideKind::FilmSegment ? FilmPhase::Ended
                                                               : FilmPhase::Idle;
    AudienceView view = viewOf(slideIndex, s.buildCount(), phase, false);
    view.picks.clear();
    view.questionPhase = phase == FilmPhase::AtStop ? QuestionPhase::Discussing : QuestionPhase::None;
    view.slide.question.answer = 0;
    return view;
}

AudienceView Session::viewOf(int index, int buildStep, FilmPhase filmPhase, bool revealAll) const
{
    const Slide &source = m_lesson.slides[index];
    AudienceView view;
    view.slideIndex = index;
    view.buildStep = buildStep;
    view.filmPhase = filmPhase;
    view.slide = source;
    view.slide.notes.clear();
    if (source.kind == SlideKind::FilmQuestion && filmPhase == FilmPhase::AtStop) {
        auto it = m_questions.find(index);
        const QuestionRecord record = it == m_questions.end() ? QuestionRecord{} : it->second;
        view.picks = record.picks;
        const bool pickedAnswer = std::find(record.picks.begin(), record.picks.end(), source.question.answer)
                                  != record.picks.end();
        view.questionPhase = revealAll || record.revealedByFacilitator || pickedAnswer ? QuestionPhase::Revealed
                                                                                        : QuestionPhase::Discussing;
    }
    Question &q = view.slide.question;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        QuestionOption &option = q.options[i];
        option.talkingPoints.clear();
        if (std::find(view.picks.begin(), view.picks.end(), static_cast<int>(i) + 1) == view.picks.end())
            option.feedback.clear();
    }
    if (view.questionPhase != QuestionPhase::Revealed)
        q.answer = 0;
    return view;
}

} // namespace stoppunkt
