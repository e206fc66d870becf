// SPDX-License-Identifier: MIT
#include "sessionsummary.h"

#include "recordformat.h"
#include "timeplan.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>

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

    // Time per slide: from each "slide" event to the next one (or the last event).
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
        if (type == event::nextLesson)
            summary.nextLesson = e.value(key::title).toString();
        if (type == event::roomVote)
            if (const int voted = lesson.slideWithKey(e.value(key::question).toString().toStdString()); voted >= 0)
                roomVotes[voted] = e;
        if (type == event::slide || type == event::resume || type == event::start
            || type == event::resumed) {
            if (current >= 0)
                slideMs[current] += ms - since;
            current = slide;
            since = ms;
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
        } else if ((type == event::reveal || (type == event::pick && e.value(key::right).toBool()))
                   && slide >= 0 && !answeredAt.count(slide) && questionShownAt.count(slide)) {
            answeredAt[slide] = ms - questionShownAt[slide];
        }
    }
    if (current >= 0)
        slideMs[current] += last - since;
    summary.totalMs = last;

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

} // namespace stoppunkt
