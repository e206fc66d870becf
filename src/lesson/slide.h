// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

enum class SlideKind { Cover, Bullets, Discussion, Staircase, FilmQuestion, FilmSegment, Summary, Question, Table, Matrix, Chart, Page };

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
    /// 0: the note belongs to the whole slide. n ≥ 1: it belongs to the slide's n-th state (1 is the slide as it
    /// opens, 2 after the first Next of its build), and the console shows it only then: a deck's build step
    /// keeps the notes written on its page.
    int step = 0;

    bool operator==(const Note &other) const = default;
};

/// One step of the escalation staircase, listed bottom (mildest) to top.
struct StaircaseStep {
    std::string number;  ///< shown on the step's riser only when the lesson gives one ("5")
    std::string label;
    std::string detail;  ///< a short explanation under the label
    std::string says;  ///< what the customer says on this step
    std::string action;  ///< what you can do on this step

    bool operator==(const StaircaseStep &other) const = default;
};

/// One answer option of a multiple-choice question.
struct QuestionOption {
    std::string text;
    std::vector<std::string> talkingPoints;  ///< private to the facilitator
    std::string feedback;  ///< shown to the room when this option is picked

    bool operator==(const QuestionOption &other) const = default;
};

/// A part of the lesson with a planned time, opened by its first slide ("section" in the lesson).
struct PlanSection {
    std::string title;  ///< may be empty
    double minutes = 0;
};

/// A multiple-choice question: at a film's stop point (film-question), or on its own (question).
struct Question {
    std::string filmId;
    std::string stopId;
    std::string prompt;
    std::vector<QuestionOption> options;
    int answer = 1;  ///< 1-based, as the handout says "nr. 4"
    bool vote = true;  ///< the room's phones may vote on it while it is discussed ("vote": false: they may not)
};

/// A table slide's grid: a header row and rows of cells; a cell's lines are separated by '\n'.
struct TableData {
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;

    bool operator==(const TableData &other) const = default;
};

/// One axis of a 2×2 matrix: its name and the words at its low and high ends.
struct MatrixAxis {
    std::string label;
    std::string low;
    std::string high;

    bool operator==(const MatrixAxis &other) const = default;
};

/// One quadrant of a 2×2 matrix, placed by which end of each axis it lies at.
struct MatrixQuadrant {
    bool highX = false;
    bool highY = false;
    std::string label;
    std::string detail;
    bool highlight = false;  ///< the quadrant to aim for, drawn stronger

    bool operator==(const MatrixQuadrant &other) const = default;
};

/// One group of bars in a bar chart: a label and one value per series.
struct ChartCategory {
    std::string label;
    std::vector<double> values;

    bool operator==(const ChartCategory &other) const = default;
};

/// A bar chart's data, drawn by the renderer (never a picture).
struct ChartData {
    std::vector<std::string> series;  ///< the legend, one name per value of each category
    std::vector<ChartCategory> categories;
    std::string unit;  ///< after each value ("%"); may be empty
    double maximum = 0;  ///< the scale's end; 0 means 100 for "%", else the largest value

    bool operator==(const ChartData &other) const = default;
};

/// A lesson the summary slide offers next, by its folder name; title and language are read from its file.
struct LinkedLesson {
    std::string id;
    std::string title;  ///< empty when the file is missing or unreadable
    std::string language;

    bool operator==(const LinkedLesson &other) const = default;
};

/// One page of a PDF deck: the whole of a page slide, or the backdrop of a question or a discussion.
struct PageRef {
    std::string deck;  ///< as written in the lesson, relative to the lesson file
    int number = 0;  ///< 1-based; 0 when the slide shows no page
    int lastNumber = 0;  ///< a page slide's last page: Next steps through the pages between (the deck's builds)
    std::string file;  ///< the deck's absolute path once checked; empty when it is missing or refused
    /// The page's text alternative ("description"): what it shows, for whoever cannot see it (the handout, the
    /// report, the console's screen reader). Empty when the author marked the page decorative (""); none when
    /// the author wrote nothing, which the accessibility check reports.
    std::optional<std::string> description;

    /// The page's text alternative, empty when it has none or is decorative.
    std::string_view alternativeText() const { return description ? std::string_view(*description) : std::string_view(); }

    bool shown() const { return number > 0; }
    bool operator==(const PageRef &other) const = default;
};

/// One slide of any kind; fields a kind does not use stay empty.
struct Slide {
    SlideKind kind = SlideKind::Bullets;
    std::string id;  ///< optional, unique in the lesson: names the slide in the session record
    std::string title;
    std::string subtitle;
    std::string lead;  ///< a line above the bullets ("En kunde, der er vred eller oprevet")
    std::string prompt;  ///< the question to the room on a discussion slide
    std::vector<std::string> bullets;
    std::string saysHeading;  ///< staircase: heading of the "says" column
    std::string actionHeading;  ///< staircase: heading of the "what you can do" column
    std::vector<StaircaseStep> steps;
    Question question;  ///< film-question and question
    TableData table;  ///< table only
    MatrixAxis xAxis;  ///< matrix: the horizontal axis
    MatrixAxis yAxis;  ///< matrix: the vertical axis
    std::vector<MatrixQuadrant> quadrants;  ///< matrix only
    ChartData chart;  ///< chart only
    std::string caption;  ///< table and chart: a source line under the data
    std::vector<LinkedLesson> nextLessons;  ///< summary: the lessons the group may choose next
    std::string lessonsHeading;  ///< summary: a heading over them ("Tillægsmodulet")
    PageRef page;  ///< page: the page shown; question, film-question, discussion: a backdrop
    std::string filmId;  ///< film-segment only
    std::string fromStop;  ///< film-segment: empty means the film's start
    std::string toStop;  ///< film-segment: empty means the film's end
    bool build = false;  ///< items appear one Next at a time
    bool flipchart = false;  ///< the facilitator captures the room's answers
    bool announce = false;  ///< film-segment: its title shows first, and Next starts the film
    std::vector<Note> notes;
    double minutes = 0;  ///< planned time on this slide; 0 when the lesson plans none
    /// Opens a section of the time plan here, which runs until the next slide that opens one.
    std::optional<PlanSection> section;

    /// A multiple-choice question, with or without a film before it.
    bool isQuestion() const { return kind == SlideKind::FilmQuestion || kind == SlideKind::Question; }
    /// How many Next presses the builds take on this slide (0 when nothing builds).
    int buildCount() const;
    /// The notes the console shows at `buildStep` (0 as the slide opens): the whole slide's, and that step's.
    std::vector<Note> notesAt(int buildStep) const;
};

}  // namespace stoppunkt
