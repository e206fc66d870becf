// SPDX-License-Identifier: MIT
// The session's snapshot for the session record, and resuming from one, matched to the lesson by slide keys.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

SessionSnapshot Session::snapshot() const
{
    SessionSnapshot s;
    s.slide = m_index;
    s.build = m_buildStep;
    s.film = m_filmPhase;
    s.blank = m_blank;
    s.questions = m_questions;
    s.flipcharts = m_flipcharts;
    for (const auto &[index, strokes] : m_ink)
        if (!strokes.empty())
            s.ink[index] = strokes;
    s.slideKeys[m_index] = m_lesson.slideKey(m_index);
    for (const auto &[index, record] : m_questions)
        s.slideKeys[index] = m_lesson.slideKey(index);
    for (const auto &[index, entries] : m_flipcharts)
        s.slideKeys[index] = m_lesson.slideKey(index);
    for (const auto &[index, strokes] : s.ink)
        s.slideKeys[index] = m_lesson.slideKey(index);
    return s;
}

namespace {
/// "Film #2" (slide 12), for a message about a slide of the record.
QString slideName(const SessionSnapshot &snapshot, int savedIndex)
{
    auto it = snapshot.slideKeys.find(savedIndex);
    if (it == snapshot.slideKeys.end())
        return Session::tr("slide %1").arg(savedIndex + 1);
    const QString key = QString::fromStdString(it->second);
    const int colon = key.indexOf(QLatin1Char(':'));
    return Session::tr("\"%1\" (slide %2)").arg(colon < 0 ? key : key.mid(colon + 1)).arg(savedIndex + 1);
}
}  // namespace

int Session::slideOfSnapshot(const SessionSnapshot &snapshot, int savedIndex) const
{
    auto it = snapshot.slideKeys.find(savedIndex);
    if (it != snapshot.slideKeys.end())
        return m_lesson.slideWithKey(it->second);
    return savedIndex < slideCount() ? savedIndex : -1;  // a record written before slide keys
}

RestoreResult Session::restore(const SessionSnapshot &snapshot)
{
    RestoreResult result;
    int index = slideOfSnapshot(snapshot, snapshot.slide);
    bool exact = index >= 0;
    if (!exact) {
        index = std::clamp(snapshot.slide, 0, slideCount() - 1);
        result.lost
            << tr("%1 is no longer in the lesson; the session goes on at slide %2").arg(slideName(snapshot, snapshot.slide)).arg(index + 1);
    }
    const Slide &target = m_lesson.slides[index];
    const bool filmSlide = m_lesson.segmentFor(target).has_value();
    const bool phaseFits = filmSlide ? snapshot.film != FilmPhase::Idle || target.announce : snapshot.film == FilmPhase::Idle;
    exact = exact && snapshot.build <= target.buildCount() && phaseFits;

    std::map<int, QuestionRecord> questions;
    for (const auto &[saved, record] : snapshot.questions) {
        const int at = slideOfSnapshot(snapshot, saved);
        const bool fits = at >= 0 && m_lesson.slides[at].isQuestion() && std::all_of(record.picks.begin(), record.picks.end(), [&](int p) {
                              return p >= 1 && p <= int(m_lesson.slides[at].question.options.size());
                          });
        if (fits)
            questions[at] = record;
        else
            result.lost << tr("the picks on %1 no longer fit a question of the lesson").arg(slideName(snapshot, saved));
    }
    std::map<int, std::vector<std::string>> flipcharts;
    for (const auto &[saved, entries] : snapshot.flipcharts) {
        const int at = slideOfSnapshot(snapshot, saved);
        if (at >= 0 && m_lesson.slides[at].flipchart)
            flipcharts[at] = entries;
        else if (!entries.empty()) {
            const int count = int(entries.size());
            result.lost << tr("%n flip-chart entries of %1 have no flip-chart slide in the lesson now", nullptr, count)
                               .arg(slideName(snapshot, saved));
        }
    }
    std::map<int, SlideInk> ink;
    for (const auto &[saved, strokes] : snapshot.ink) {
        const int at = slideOfSnapshot(snapshot, saved);
        if (at >= 0)
            ink[at] = strokes;
        else if (!strokes.empty())
            result.lost << tr("%n strokes drawn on %1 have no slide in the lesson now", nullptr, int(strokes.size()))
                               .arg(slideName(snapshot, saved));
    }

    commitStroke();
    m_index = index;
    m_zoom = {};
    if (exact) {
        m_buildStep = snapshot.build;
        m_filmPhase = snapshot.film;
        if (m_filmPhase == FilmPhase::Playing)
            ++m_segmentRun;  // a film that was playing starts again from its last stop: the segment replays
    } else {
        // As if coming back to the slide: all of it built, the question at its stop, the segment ended.
        m_buildStep = target.buildCount();
        m_filmPhase = !filmSlide ? FilmPhase::Idle : target.isQuestion() ? FilmPhase::AtStop : FilmPhase::Ended;
    }
    m_blank = snapshot.blank;
    m_questions = std::move(questions);
    m_flipcharts = std::move(flipcharts);
    m_ink = std::move(ink);
    m_inkHistory.clear();
    m_nextArmedAt.reset();
    record({.type = EventType::Resume});
    emit changed();
    result.restored = true;
    return result;
}

}  // namespace stoppunkt
