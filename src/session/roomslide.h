// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/slide.h"

#include <string>
#include <vector>

namespace stoppunkt {

/// One answer option as the room may see it: its text, and its feedback once the group has picked it.
struct RoomOption {
    std::string text;
    std::string feedback;

    bool operator==(const RoomOption &other) const = default;
};

/// A question as the room may see it; `answer` is 0 until the answer is picked or revealed.
struct RoomQuestion {
    std::string prompt;
    std::vector<RoomOption> options;
    int answer = 0;

    bool operator==(const RoomQuestion &other) const = default;
};

/// The public part of a slide: only what the projector may draw. It is built field by field from a Slide
/// (publicPartOf()), never copied whole and then cleared, so a field added to Slide later stays private
/// until someone adds it here on purpose. Notes, talking points, planned minutes and ids have no place here.
struct RoomSlide {
    SlideKind kind = SlideKind::Bullets;
    std::string title;
    std::string subtitle;
    std::string lead;
    std::string prompt;
    std::vector<std::string> bullets;
    std::string saysHeading;
    std::string actionHeading;
    std::vector<StaircaseStep> steps;
    RoomQuestion question;
    TableData table;
    MatrixAxis xAxis;
    MatrixAxis yAxis;
    std::vector<MatrixQuadrant> quadrants;
    ChartData chart;
    std::string caption;
    std::vector<LinkedLesson> nextLessons;
    std::string lessonsHeading;
    PageRef page;  ///< the deck's page the slide shows, or its backdrop
    bool build = false;
    bool flipchart = false;
    bool announce = false;

    bool isQuestion() const { return kind == SlideKind::FilmQuestion || kind == SlideKind::Question; }
    bool operator==(const RoomSlide &other) const = default;
};

/// The slide's public fields, with every option's feedback and the answer left out: the session adds back
/// what the room has earned (feedback of picked options, the answer once revealed).
RoomSlide publicPartOf(const Slide &slide);

}  // namespace stoppunkt
