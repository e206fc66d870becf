// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace stoppunkt {

/// Everything needed to resume a session: where it was, and what the group did. Slides are named by
/// index and by Lesson::slideKey(), so a snapshot still fits a lesson whose slides moved.
struct SessionSnapshot {
    int slide = 0;
    int build = 0;
    FilmPhase film = FilmPhase::Idle;
    Blank blank = Blank::None;
    std::map<int, QuestionRecord> questions;
    std::map<int, QStringList> flipcharts;
    /// The facilitator's strokes, per slide.
    std::map<int, SlideInk> ink;
    /// The key of each slide named above; empty in records written before keys existed.
    std::map<int, std::string> slideKeys;

    bool operator==(const SessionSnapshot &other) const = default;
};

/// What resuming made of a snapshot: whether it applied, and each thing that no longer fits the lesson.
struct RestoreResult {
    bool restored = false;
    QStringList lost;
};

}  // namespace stoppunkt
