// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "lesson/timeplan.h"
#include "session/filmstate.h"
#include "session/flipcharts.h"
#include "session/pen.h"
#include "session/pointer.h"
#include "session/presentationstate.h"
#include "session/questionbook.h"
#include "session/roompresence.h"
#include "session/sessionevent.h"
#include "session/sessionsnapshot.h"
#include "session/zoom.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>
#include <optional>

namespace stoppunkt {

/// Whether any of the lesson's films shows its subtitles from the start.
bool subtitlesShownAtStart(const Lesson &lesson);

/// What every reader of the session sees: the projector, the console's panels, the room's server and remote,
/// the report. It is read-only and says when it changed; only Session (through the dispatcher and resume)
/// changes it. What the room sees is one value, audienceView(), compared whole.
class SessionView : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< milliseconds, monotonic
    static constexpr qint64 kSkipWindowMs = 2000;

    const Lesson &lesson() const { return m_lesson; }
    /// The lesson's planned time per slide (empty when it plans none).
    const TimePlan &timePlan() const { return m_plan; }
    int slideCount() const { return static_cast<int>(m_lesson.slides.size()); }
    int slideIndex() const { return m_index; }
    const Slide &slide() const { return m_lesson.slides[m_index]; }
    int buildStep() const { return m_buildStep; }
    Blank blank() const { return m_blank; }
    FilmPhase filmPhase() const { return m_film.phase(); }
    QuestionPhase questionPhase() const;
    /// The question the room discusses now (its slide key), on which the phones may vote; empty on any other
    /// slide, and once the answer is shown. The room's vote closes when this changes.
    QString questionOpenForVotes() const;
    /// The film segment this slide plays, if any.
    std::optional<FilmSegment> segment() const { return m_lesson.segmentFor(slide()); }
    /// Counts segment starts, so the player restarts a segment that is replayed or re-entered.
    int segmentRun() const { return m_film.run(); }
    /// The picks on the current slide's question (empty on other slides).
    std::vector<int> picks() const;
    const QuestionRecord *questionRecord(int slideIndex) const { return m_questions.record(slideIndex); }
    /// One Next was pressed while the film plays; another within kSkipWindowMs skips to the stop.
    bool skipArmed() const;
    /// One Next was pressed while the room discusses a question; another within kSkipWindowMs reveals it.
    bool revealArmed() const;
    bool atLessonEnd() const;
    AudienceView audienceView() const;
    /// What the room will see after one more Next (the console's preview); nothing at the lesson's end.
    std::optional<AudienceView> previewOfNext() const;
    /// Adds the current slide's planned time to an event's details, where the lesson plans any: a slide
    /// begins (entered, resumed, or the record starts or continues on it).
    void addPlannedTime(SessionEvent &event) const;
    /// Everything needed to resume: slide, build step, phases, picks, flip-chart entries, ink, blank.
    SessionSnapshot snapshot() const;
    /// Any slide complete, as the overview grid shows it: all builds, a question without marks.
    AudienceView thumbnailOf(int slideIndex) const;
    /// Any slide complete, with the picks and the reveal the room saw on it: what a report prints under the
    /// strokes drawn there.
    AudienceView lastSeenOf(int slideIndex) const;

    /// Whether the film's subtitles are on: the lesson's choice ("shown") at first, then the facilitator's.
    bool subtitlesShown() const { return m_film.subtitlesShown(); }
    const FilmStatus &filmStatus() const { return m_film.status(); }
    bool filmAvailable() const { return m_film.status().available(); }

    // The room's phones (src/room): the server's state, pushed in by the app; what the projector shows of it.
    const ParticipationState &participation() const { return m_room.state(); }
    bool joinCardShown() const { return m_room.joinCardShown(); }
    bool distributionShown() const { return m_room.distributionShown(); }

    // The facilitator's hand: the pointer (not recorded), the pen and the zoom.
    PointerTool pointerTool() const { return m_pointer.tool(); }
    const Pen &pen() const { return m_pen; }
    InkMode inkMode() const { return m_pen.tip().mode; }
    InkColour inkColour() const { return m_pen.tip().colour; }
    InkWidth inkWidth() const { return m_pen.tip().width; }
    /// The room sees strokes now: no blank, no join card, no film playing.
    bool inkShown() const;
    const SlideInk &ink(int slideIndex) const { return m_pen.strokesBySlide().at(slideIndex); }
    const RoomZoom &zoom() const { return m_zoom.area(); }

    /// The digital flip chart of a slide (only on slides whose lesson asks for one).
    const QStringList &flipchart(int slideIndex) const { return m_flipcharts.entries(slideIndex); }
    const Flipcharts &flipcharts() const { return m_flipcharts; }
    const QuestionBook &questions() const { return m_questions; }

signals:
    void changed();
    /// The pointer moved, showed or hid (see Session::pointAt()).
    void pointerMoved();
    /// The stroke being drawn grew (see Session::extendStroke()).
    void inkMoved();
    /// The film's position, length or pause state moved (see Session::setFilmProgress()).
    void filmProgressed();
    /// The lesson was replaced by a new version of its file, or by another lesson (films may have changed).
    void lessonReplaced();
    /// One event for the session record (recordcodec writes it).
    void recorded(const SessionEvent &event);

protected:
    SessionView(Lesson lesson, QObject *parent, Clock clock);

    bool isFilmSlide() const;
    bool isQuestionSlide() const { return slide().isQuestion(); }
    /// A Next pressed within kSkipWindowMs waits for its second press (skip or reveal).
    bool armed() const;
    qint64 now() const;
    /// The one rule for where a question is: shown or not, discussed, or revealed (by a right pick or R).
    QuestionPhase questionPhaseOf(int index, FilmPhase filmPhase) const
    {
        return m_questions.phaseOf(index, m_lesson.slides[index], filmPhase);
    }
    bool hasFlipchart() const { return slide().flipchart; }

    Lesson m_lesson;
    TimePlan m_plan;
    int m_index = 0;
    int m_buildStep = 0;
    Blank m_blank = Blank::None;
    FilmState m_film;
    std::optional<qint64> m_nextArmedAt;
    QuestionBook m_questions;
    Flipcharts m_flipcharts;
    RoomPresence m_room;
    Pointer m_pointer;
    Pen m_pen;
    Zoom m_zoom;

private:
    std::optional<AudienceView> previewWithoutZoom() const;
    /// The room's view of any slide state; audienceView() and previewOfNext() both use it.
    AudienceView viewOf(int index, int buildStep, FilmPhase filmPhase, bool revealAll) const;

    Clock m_clock;
    QElapsedTimer m_elapsed;
};

}  // namespace stoppunkt
