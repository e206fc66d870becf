// SPDX-License-Identifier: MIT
#include "session/sessionsummary.h"

#include "lesson/timeplan.h"
#include "session/recorddocument.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <optional>

namespace stoppunkt {

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QCoreApplication::translate("Summary", "%1 s").arg(s);
    return QCoreApplication::translate("Summary", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

namespace {
/// What the events tell: each slide's time on the presentation timer, when each question appeared and was
/// answered, what the plan gave each slide then, and the room's last vote on each question.
struct EventTimes {
    std::map<int, qint64> slideMs;
    std::map<int, qint64> questionShownAt;  // the latest time each question appeared
    std::map<int, qint64> answeredAt;
    std::map<int, qint64> plannedAt;  // as the record says: what the lesson planned when the slide was shown
    std::map<int, SessionEvent> roomVotes;
    QString nextLesson;
    qint64 totalMs = 0;
};

bool entersSlide(EventType type)
{
    return type == EventType::Slide || type == EventType::Resume || type == EventType::Start || type == EventType::Resumed;
}

/// A question without film shows at once; a film question does when entered from behind.
bool showsQuestion(const Lesson &lesson, const SessionEvent &e, int slide)
{
    if (e.type != EventType::Slide || slide < 0 || slide >= int(lesson.slides.size()))
        return false;
    const SlideKind kind = lesson.slides[slide].kind;
    return kind == SlideKind::Question || (kind == SlideKind::FilmQuestion && !e.forward.value_or(true));
}

// The lesson's time is the presentation timer's: it starts at F5 or the first Next, pauses with T and starts
// again from 0 with Shift+T, so set-up before the start counts nowhere. A slide's time is the lesson's time
// while it was shown. (Records without timer events count from the record's start.)
EventTimes readEvents(const Lesson &lesson, const RecordDocument &record)
{
    EventTimes t;
    const bool timed =
        std::any_of(record.events.begin(), record.events.end(), [](const RecordedEvent &e) { return e.event.type == EventType::Timer; });
    qint64 timerBase = 0;  // the timer's elapsed time at its last change
    std::optional<qint64> runningFrom = timed ? std::nullopt : std::optional<qint64>(0);
    const auto lessonMs = [&](qint64 ms) { return timerBase + (runningFrom ? ms - *runningFrom : 0); };
    int current = -1;
    qint64 since = 0, last = 0;
    const auto leaveCurrent = [&](qint64 ms) {
        if (current >= 0)
            t.slideMs[current] += std::max<qint64>(0, lessonMs(ms) - since);
    };
    for (const RecordedEvent &recorded : record.events) {
        const SessionEvent &e = recorded.event;
        const qint64 ms = recorded.ms;
        const int slide = e.slide.value_or(-1);
        last = std::max(last, ms);
        if (e.type == EventType::Timer) {
            leaveCurrent(ms);
            timerBase = e.elapsedMs.value_or(0);
            runningFrom = e.running.value_or(false) ? std::optional<qint64>(ms) : std::nullopt;
            since = lessonMs(ms);
        } else if (e.type == EventType::NextLesson) {
            t.nextLesson = e.title.value_or(QString());
        } else if (e.type == EventType::RoomVote) {
            if (const int voted = lesson.slideWithKey(e.question.value_or(QString()).toStdString()); voted >= 0)
                t.roomVotes[voted] = e;
        } else if (entersSlide(e.type)) {
            leaveCurrent(ms);
            current = slide;
            since = lessonMs(ms);
            if (e.plannedMs)
                t.plannedAt[slide] = *e.plannedMs;
            if (showsQuestion(lesson, e, slide))
                t.questionShownAt[slide] = ms;
        } else if (e.type == EventType::FilmStop && slide >= 0) {
            t.questionShownAt[slide] = ms;
        } else if ((e.type == EventType::Reveal || (e.type == EventType::Pick && e.right.value_or(false))) && slide >= 0
                   && !t.answeredAt.count(slide) && t.questionShownAt.count(slide)) {
            t.answeredAt[slide] = ms - t.questionShownAt[slide];
        }
    }
    // The end is the timer as the record last saw it (the console's summary: now), else the last event.
    const qint64 endMs = timed && record.timerElapsedMs ? *record.timerElapsedMs : lessonMs(last);
    if (current >= 0)
        t.slideMs[current] += std::max<qint64>(0, endMs - since);  // endMs is the lesson's time already
    t.totalMs = endMs;
    return t;
}
}  // namespace

SessionSummary SessionSummary::fromRecord(const Lesson &lesson, const RecordDocument &record)
{
    SessionSummary summary;
    summary.lessonTitle = QString::fromStdString(lesson.title);
    summary.started = record.started.toString(Qt::ISODateWithMs);
    EventTimes times = readEvents(lesson, record);
    summary.totalMs = times.totalMs;
    summary.nextLesson = times.nextLesson;
    const TimePlan plan = TimePlan::of(lesson);  // for records written before they kept the plan
    summary.plannedMs = plan.totalMs;
    const SessionSnapshot state = record.state.value_or(SessionSnapshot());
    for (int i = 0; i < int(lesson.slides.size()); ++i) {
        const Slide &slide = lesson.slides[i];
        const QString title = QString::fromStdString(slide.title);
        if (slide.isQuestion()) {
            QuestionResult q;
            q.slide = i;
            q.title = title;
            q.answer = slide.question.answer;
            if (const auto asked = state.questions.find(i); asked != state.questions.end())
                q.picks = asked->second.picks;
            q.foundByPicking = std::find(q.picks.begin(), q.picks.end(), q.answer) != q.picks.end();
            q.msToAnswer = times.answeredAt.count(i) ? times.answeredAt[i] : -1;
            if (const auto vote = times.roomVotes.find(i); vote != times.roomVotes.end()) {
                q.roomVotes = vote->second.tally.value_or(std::vector<int>());
                q.roomVoters = vote->second.voters.value_or(0);
                q.roomJoined = vote->second.joined.value_or(0);
            }
            summary.questions.push_back(q);
        }
        if (slide.flipchart) {
            Flipchart f{i, title, {}};
            if (const auto chart = state.flipcharts.find(i); chart != state.flipcharts.end())
                f.entries = chart->second;
            summary.flipcharts.push_back(f);
        }
        if (times.slideMs.count(i))
            summary.slideTimes.push_back({i, title, times.slideMs[i], times.plannedAt.count(i) ? times.plannedAt[i] : plan.slideMs[i]});
    }
    return summary;
}

}  // namespace stoppunkt
