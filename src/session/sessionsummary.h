// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace stoppunkt {

struct RecordDocument;

/// What happened in a session, read from its record: the console's end-of-lesson summary and the report.
struct SessionSummary {
    struct QuestionResult {
        int slide = 0;
        QString title;
        std::vector<int> picks;  ///< in the order the group proposed them
        int answer = 0;
        qint64 msToAnswer = -1;  ///< from the question appearing to the right pick or the reveal; -1 if never
        bool foundByPicking = false;
        std::vector<int> roomVotes;  ///< the room's phones' votes per option, when the room voted
        int roomVoters = 0;
        int roomJoined = 0;
    };
    struct Flipchart {
        int slide = 0;
        QString title;
        QStringList entries;
    };
    struct SlideTime {
        int slide = 0;
        QString title;
        qint64 ms = 0;
        qint64 plannedMs = 0;  ///< 0 when the lesson planned no time for it
    };

    QString lessonTitle;
    QString started;
    qint64 totalMs = 0;
    qint64 plannedMs = 0;  ///< the lesson's whole time plan (0: none)
    std::vector<QuestionResult> questions;
    std::vector<Flipchart> flipcharts;
    std::vector<SlideTime> slideTimes;
    QString nextLesson;  ///< the title of the lesson the group chose to take next, if one was opened

    static SessionSummary fromRecord(const Lesson &lesson, const RecordDocument &record);
};

/// "4 min 05 s", "58 s"
QString durationText(qint64 ms);

}  // namespace stoppunkt
