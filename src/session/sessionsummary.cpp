// SPDX-License-Identifier: MIT
#include "session/sessionsummary.h"

#include "lesson/timeplan.h"
#include "session/recordformat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <optional>

namespace stoppunkt {

namespace key = recordformat::key;
namespace event = recordformat::event;

QString durationText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QCoreApplication::translate("Summary", "%1 s").arg(s);
    return QCoreApplication::translate("Summary", "%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

SessionSummary SessionSummary::fromRecord(const Lesson &lesson, const QJsonObject &record)
{
    SessionSummary summary;
    summary.lessonTitle = QString::fromStdString(lesson.title);
    summary.started = record.value(key::started).toString();
    const QJsonObject state = record.value(key::state).toObject();
    const QJsonArray events = record.value(key::events).toArray();
    const int slideCount = int(lesson.slides.size());

    // The lesson's time is the presentation timer's: it starts at F5 or the first Next, pauses with T and
    // starts again from 0 with Shift+T, so set-up before the start counts nowhere. A slide's time is the
    // lesson's time while it was shown. (Records without timer events count from the record's start.)
    const bool timed = std::any_of(events.begin(), events.end(),
                                   [](const QJsonValue &e) { return e.toObject().value(key::type).toString() == event::timer; });
    qint64 timerBase = 0;  // the timer's elapsed time at its last change
    std::optional<qint64> runningFrom = timed ? std::nullopt : std::optional<qint64>(0);
    const auto lessonMs = [&](qint64 ms) { return timerBase + (runningFrom ? ms - *runningFrom : 0); };
    std::map<int, qint64> slideMs;
    int current = -1;
    qint64 since = 0, last = 0;
    std::map<int, qint64> questionShownAt;  // the latest time each question appeared
    std::map<int, qint64> answeredAt;
    std::map<int, qint64> plannedAt;  // as the record says: what the lesson planned when the slide was shown
    std::map<int, QJsonObject> roomVotes;  // the last vote of the room's phones on each question
    for (const QJsonValue &value : events) {
        const QJsonObject e = value.toObject();
        const QString type = e.value(key::type).toString();
        const qint64 ms = e.value(key::ms).toInteger();
        const int slide = e.value(key::slide).toInt(-1);
        last = std::max(last, ms);
        if (type == event::timer) {
            if (current >= 0)
                slideMs[current] += std::max<qint64>(0, lessonMs(ms) - since);
            timerBase = e.value(key::elapsedMs).toInteger();
            runningFrom = e.value(key::running).toBool() ? std::optional<qint64>(ms) : std::nullopt;
            since = lessonMs(ms);
        }
        if (type == event::nextLesson)
            summary.nextLesson = e.value(key::title).toString();
        if (type == event::roomVote)
            if (const int voted = lesson.slideWithKey(e.value(key::question).toString().toStdString()); voted >= 0)
                roomVotes[voted] = e;
        if (type == event::slide || type == event::resume || type == event::start || type == event::resumed) {
            if (current >= 0)
                slideMs[current] += std::max<qint64>(0, lessonMs(ms) - since);
            current = slide;
            since = lessonMs(ms);
            if (e.contains(key::plannedMs))
                plannedAt[slide] = e.value(key::plannedMs).toInteger();
            // A question without film shows at once; a film question does when entered from behind.
            const bool known = slide >= 0 && slide < slideCount;
            if (type == event::slide && known
                && (lesson.slides[slide].kind == SlideKind::Question
                    || (lesson.slides[slide].kind == SlideKind::FilmQuestion && !e.value(key::forward).toBool(true))))
                questionShownAt[slide] = ms;
        } else if (type == event::filmStop && slide >= 0) {
            questionShownAt[slide] = ms;
        } else if ((type == event::reveal || (type == event::pick && e.value(key::right).toBool())) && slide >= 0
                   && !answeredAt.count(slide) && questionShownAt.count(slide)) {
            answeredAt[slide] = ms - questionShownAt[slide];
        }
    }
    // The end is the timer as the record last saw it (the console's summary: now), else the last event.
    const QJsonObject timerAtEnd = record.value(key::timer).toObject();
    const qint64 endMs = timed && timerAtEnd.contains(key::elapsedMs) ? timerAtEnd.value(key::elapsedMs).toInteger() : lessonMs(last);
    if (current >= 0)
        slideMs[current] += std::max<qint64>(0, endMs - since);
    summary.totalMs = endMs;

    const TimePlan plan = TimePlan::of(lesson);  // for records written before they kept the plan
    summary.plannedMs = plan.totalMs;
    const QJsonObject questions = state.value(key::questions).toObject();
    const QJsonObject flipcharts = state.value(key::flipcharts).toObject();
    for (int i = 0; i < slideCount; ++i) {
        const Slide &slide = lesson.slides[i];
        const QString title = QString::fromStdString(slide.title);
        if (slide.isQuestion()) {
            QuestionResult q;
            q.slide = i;
            q.title = title;
            q.answer = slide.question.answer;
            for (const QJsonValue &p : questions.value(QString::number(i)).toObject().value(key::picks).toArray())
                q.picks.push_back(p.toInt());
            q.foundByPicking = std::find(q.picks.begin(), q.picks.end(), q.answer) != q.picks.end();
            q.msToAnswer = answeredAt.count(i) ? answeredAt[i] : -1;
            if (const auto vote = roomVotes.find(i); vote != roomVotes.end()) {
                for (const QJsonValue &votes : vote->second.value(key::tally).toArray())
                    q.roomVotes.push_back(votes.toInt());
                q.roomVoters = vote->second.value(key::voters).toInt();
                q.roomJoined = vote->second.value(key::joined).toInt();
            }
            summary.questions.push_back(q);
        }
        if (slide.flipchart) {
            Flipchart f{i, title, {}};
            for (const QJsonValue &entry : flipcharts.value(QString::number(i)).toArray())
                f.entries << entry.toString();
            summary.flipcharts.push_back(f);
        }
        if (slideMs.count(i))
            summary.slideTimes.push_back({i, title, slideMs[i], plannedAt.count(i) ? plannedAt[i] : plan.slideMs[i]});
    }
    return summary;
}

}  // namespace stoppunkt
