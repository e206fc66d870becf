// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

enum class SlideKind { Cover, Bullets, Discussion, Staircase, FilmQuestion, FilmSegment, Summary };

/// The kind's name as written in lesson JSON ("film-question"), and back; unknown names give false.
std::string_view slideKindName(SlideKind kind);
bool slideKindFromName(std::string_view name, SlideKind &kind);
std::vector<std::string_view> slideKindNames();

enum class NoteKind { Plain, Continue, Discuss, Important };

std::string_view noteKindName(NoteKind kind);
bool noteKindFromName(std::string_view name, NoteKind &kind);
std::vector<std::string_view> noteKindNames();

/// One facilitator note: only the meeting leader sees it.
struct Note {
    NoteKind kind = NoteKind::Plain;
    std::string text;
};

/// One step of the escalation staircase, listed bottom (mildest) to top.
struct StaircaseStep {
    std::string label;
    std::string detail;  ///< a short explanation under the label
    std::string says;    ///< what the customer says on this step
    std::string action;  ///< what you can do on this step
};

/// One answer option of a multiple-choice question.
struct QuestionOption {
    std::string text;
    std::vector<std::string> talkingPoints;  ///< private to the facilitator
    std::string feedback;                    ///< shown to the room when this option is picked
};

/// A multiple-choice question shown at a film's stop point.
struct Question {
    std::string filmId;
    std::string stopId;
    std::string prompt;
    std::vector<QuestionOption> options;
    int answer = 1;  ///< 1-based, as the handout says "nr. 4"
};

/// One slide of any kind; fields a kind does not use stay empty.
struct Slide {
    SlideKind kind = SlideKind::Bullets;
    std::string title;
    std::string subtitle;
    std::string lead;    ///< a line above the bullets ("En kunde, der er vred eller oprevet")
    std::string prompt;  ///< the question to the room on a discussion slide
    std::vector<std::string> bullets;
    std::string saysHeading;    ///< staircase: heading of the "says" column
    std::string actionHeading;  ///< staircase: heading of the "what you can do" column
    std::vector<StaircaseStep> steps;
    Question question;          ///< film-question only
    std::string filmId;         ///< film-segment only
    std::string fromStop;       ///< film-segment: empty means the film's start
    std::string toStop;         ///< film-segment: empty means the film's end
    bool build = false;         ///< items appear one Next at a time
    bool flipchart = false;     ///< the facilitator captures the room's answers
    std::vector<Note> notes;

    /// How many Next presses the builds take on this slide (0 when nothing builds).
    int buildCount() const;
};

} // namespace stoppunkt
