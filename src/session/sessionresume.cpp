// SPDX-License-Identifier: MIT
// The session's snapshot for the session record, and resuming from one, matched to the lesson by slide keys.
#include "session/session.h"

#include <algorithm>

namespace stoppunkt {

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
/// The snapshot's build step and film phase are still possible on its slide, so the session resumes exactly there.
bool fitsExactly(const SessionSnapshot &snapshot, const Slide &target, bool filmSlide)
{
    const bool phaseFits = filmSlide ? snapshot.film != FilmPhase::Idle || target.announce : snapshot.film == FilmPhase::Idle;
    return snapshot.build <= target.buildCount() && phaseFits;
}

/// A snapshot's per-slide entries, moved to where their slides are in the lesson now. An entry whose slide is
/// gone, or where `fits` says it no longer belongs, is left out and handed to `lost`.
template <typename Entry, typename SlideOf, typename Fits, typename Lost>
std::map<int, Entry> movedToSlides(const std::map<int, Entry> &saved, SlideOf slideOf, Fits fits, Lost lost)
{
    std::map<int, Entry> moved;
    for (const auto &[index, entry] : saved) {
        const int at = slideOf(index);
        if (at >= 0 && fits(at, entry))
            moved[at] = entry;
        else
            lost(index, entry);
    }
    return moved;
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
    const int found = slideOfSnapshot(snapshot, snapshot.slide);
    const int index = found >= 0 ? found : std::clamp(snapshot.slide, 0, slideCount() - 1);
    if (found < 0)
        result.lost
            << tr("%1 is no longer in the lesson; the session goes on at slide %2").arg(slideName(snapshot, snapshot.slide)).arg(index + 1);
    const Slide &target = m_lesson.slides[index];
    const bool filmSlide = m_lesson.segmentFor(target).has_value();
    const bool exact = found >= 0 && fitsExactly(snapshot, target, filmSlide);

    const auto slideOf = [&](int saved) { return slideOfSnapshot(snapshot, saved); };
    const auto question = [&](int at, const QuestionRecord &record) {
        const Slide &slide = m_lesson.slides[at];
        return slide.isQuestion() && std::all_of(record.picks.begin(), record.picks.end(), [&](int p) {
                   return p >= 1 && p <= int(slide.question.options.size());
               });
    };
    auto questions = movedToSlides(snapshot.questions, slideOf, question, [&](int saved, const QuestionRecord &) {
        result.lost << tr("the picks on %1 no longer fit a question of the lesson").arg(slideName(snapshot, saved));
    });
    const auto flipchart = [&](int at, const QStringList &) { return m_lesson.slides[at].flipchart; };
    auto flipcharts = movedToSlides(snapshot.flipcharts, slideOf, flipchart, [&](int saved, const QStringList &entries) {
        const int count = int(entries.size());
        if (count > 0)
            result.lost << tr("%n flip-chart entries of %1 have no flip-chart slide in the lesson now", nullptr, count)
                               .arg(slideName(snapshot, saved));
    });
    auto ink = movedToSlides(
        snapshot.ink, slideOf, [](int, const SlideInk &) { return true; },
        [&](int saved, const SlideInk &strokes) {
            if (!strokes.empty())
                result.lost << tr("%n strokes drawn on %1 have no slide in the lesson now", nullptr, int(strokes.size()))
                                   .arg(slideName(snapshot, saved));
        });

    commitStroke();
    m_index = index;
    m_zoom.reset();
    if (exact) {
        m_buildStep = snapshot.build;
        m_film.setPhase(snapshot.film);  // a film that was playing starts again from its last stop: the segment replays
    } else {
        // As if coming back to the slide: all of it built, the question at its stop, the segment ended.
        m_buildStep = target.buildCount();
        m_film.setPhase(!filmSlide ? FilmPhase::Idle : target.isQuestion() ? FilmPhase::AtStop : FilmPhase::Ended);
    }
    m_blank = snapshot.blank;
    m_questions.replace(std::move(questions));
    m_flipcharts.replace(std::move(flipcharts));
    m_pen.replaceStrokes(std::move(ink));
    m_nextArmedAt.reset();
    record({.type = EventType::Resume});
    emit changed();
    result.restored = true;
    return result;
}

}  // namespace stoppunkt
