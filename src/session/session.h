// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "lesson/timeplan.h"
#include "session/presentationstate.h"
#include "session/sessionevent.h"
#include "session/sessionsnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <optional>

namespace stoppunkt {

/// Whether any of the lesson's films shows its subtitles from the start.
bool subtitlesShownAtStart(const Lesson &lesson);

/// The single owner of presentation state: slide, build step, film phase, question phase, picks and blank.
/// Commands are plain methods; every change emits changed() once. It plays no video: the player follows
/// filmPhase() and segmentRun(), and reports back with filmReachedStop() and filmEnded().

class Session : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;  ///< milliseconds, monotonic
    static constexpr qint64 kSkipWindowMs = 2000;

    explicit Session(Lesson lesson, QObject *parent = nullptr, Clock clock = {});

    const Lesson &lesson() const { return m_lesson; }
    /// The lesson's planned time per slide (empty when it plans none).
    const TimePlan &timePlan() const { return m_plan; }
    /// Adds the current slide's planned time to an event's details, where the lesson plans any: a slide
    /// begins (entered, resumed, or the record starts or continues on it).
    void addPlannedTime(SessionEvent &event) const;
    int slideCount() const { return static_cast<int>(m_lesson.slides.size()); }
    int slideIndex() const { return m_index; }
    const Slide &slide() const { return m_lesson.slides[m_index]; }
    int buildStep() const { return m_buildStep; }
    Blank blank() const { return m_blank; }
    FilmPhase filmPhase() const { return m_filmPhase; }
    QuestionPhase questionPhase() const;
    /// The question the room discusses now (its slide key), on which the phones may vote; empty on any other
    /// slide, and once the answer is shown. The room's vote closes when this changes.
    QString questionOpenForVotes() const;
    /// The film segment this slide plays, if any.
    std::optional<FilmSegment> segment() const { return m_lesson.segmentFor(slide()); }
    /// Counts segment starts, so the player restarts a segment that is replayed or re-entered.
    int segmentRun() const { return m_segmentRun; }
    /// The picks on the current slide's question (empty on other slides).
    std::vector<int> picks() const;
    const QuestionRecord *questionRecord(int slideIndex) const;
    /// One Next was pressed while the film plays; another within kSkipWindowMs skips to the stop.
    bool skipArmed() const;
    /// One Next was pressed while the room discusses a question; another within kSkipWindowMs reveals it.
    bool revealArmed() const;
    bool atLessonEnd() const;
    AudienceView audienceView() const;
    /// What the room will see after one more Next (the console's preview); nothing at the lesson's end.
    std::optional<AudienceView> previewOfNext() const;
    /// Any slide complete, as the overview grid shows it: all builds, a question without marks.
    AudienceView thumbnailOf(int slideIndex) const;
    /// Any slide complete, with the picks and the reveal the room saw on it: what a report prints under the
    /// strokes drawn there.
    AudienceView lastSeenOf(int slideIndex) const;

    // Commands, as the facilitator gives them.
    void next();
    void previous();
    void goTo(int slideIndex);
    void goToFirst() { goTo(0); }
    void goToLast() { goTo(slideCount() - 1); }
    bool pick(int option);
    bool undoPick();
    void reveal();
    void setBlank(Blank blank);
    void toggleBlank(Blank blank);
    /// Skips the rest of the playing segment at once (the console's own button; Next asks twice).
    void skipFilm();
    void replaySegment();
    /// Whether the film's subtitles are on: the lesson's choice ("shown") at first, then the facilitator's.
    bool subtitlesShown() const { return m_subtitlesShown; }
    void toggleSubtitles();

    // Reports from the player; `run` is segmentRun() when the segment started, so late reports are ignored.
    void filmReachedStop(int run);
    void filmEnded(int run);
    /// The player cannot show the film (missing or broken file), or can again (an empty problem). While it
    /// cannot, Next skips at once, since there is no scene to protect from a stray click, and the questions
    /// still work; the projector shows a card and the console the problem.
    void setFilmProblem(const QString &problem);
    /// Where the player is in the film: for the console's film strip. Emits filmProgressed(), not changed(),
    /// since the room's view does not change with it.
    void setFilmProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs);
    const FilmStatus &filmStatus() const { return m_filmStatus; }
    bool filmAvailable() const { return m_filmStatus.available(); }

    // The room's phones (src/room): the server's state, pushed in by the app; what the projector shows of it.
    const ParticipationState &participation() const { return m_participation; }
    void setParticipation(ParticipationState state);
    /// The projector shows the join card (QR code, address, room code) instead of the slide, or not.
    void toggleJoinCard();
    bool joinCardShown() const { return m_joinCardShown; }
    /// The projector shows the room's votes on this question as a bar chart, or not. Only at a question
    /// the room has voted on.
    void toggleDistribution();
    bool distributionShown() const { return m_distributionShown; }
    /// Records a phone's flip-chart suggestion as it arrives (its text only, never the nickname), so the
    /// record keeps every one, accepted onto the flip chart or not.
    void noteRoomSuggestion(const QString &text);

    // The facilitator's pointer over the projector. It is not recorded: it only shows where she points.
    PointerTool pointerTool() const { return m_pointer.tool; }
    /// Takes up the dot or the spotlight; the same tool again puts it away.
    void togglePointerTool(PointerTool tool);
    /// Moves the pointer to (x, y) on the slide (0..1, clamped); the room sees it until hidePointer(). Emits
    /// pointerMoved(), not changed(): a pointer moves many times a second, and nothing else changes with it.
    void pointAt(double x, double y);
    /// The pointer was idle: the room no longer sees it, and the tool stays taken up.
    void hidePointer();

    // The facilitator's pen on the current slide. Strokes are kept per slide, in slide coordinates, and each
    // finished stroke, erase, undo and clear is recorded at once; the snapshot carries them for --resume.
    InkMode inkMode() const { return m_inkMode; }
    /// Takes up the pen, the highlighter or the eraser (the pointer is put away); the same mode again, or
    /// InkMode::Off, leaves drawing. Strokes stay.
    void toggleInkMode(InkMode mode);
    InkColour inkColour() const { return m_inkColour; }
    InkWidth inkWidth() const { return m_inkWidth; }
    void cycleInkColour();
    void cycleInkWidth();
    /// The room sees strokes now: no blank, no join card, no film playing.
    bool inkShown() const;
    /// A stroke of the pen or highlighter at (x, y) on the slide (0..1, clamped), with pressure 0..1. The
    /// stroke shows as it grows (inkMoved()), and is kept and recorded at endStroke().
    bool beginStroke(double x, double y, double pressure = 1);
    void extendStroke(double x, double y, double pressure = 1);
    void endStroke();
    /// With the eraser: removes the newest stroke that passes near (x, y).
    bool eraseAt(double x, double y);
    /// Takes back the last change to this slide's strokes (a stroke, an erase or a clear).
    bool undoInk();
    /// Removes all strokes on this slide (undo brings them back).
    bool clearInk();
    const SlideInk &ink(int slideIndex) const;
    static constexpr double kEraserRadius = 0.02;  ///< of the slide's height

    // Zoom: a part of the slide fills the projector, drawn at full resolution; it ends on another slide.
    const RoomZoom &zoom() const { return m_zoom; }
    /// Shows the part of the slide around (x, y), `factor` times larger (1 to kMaxZoom; 1 shows it whole).
    void zoomAround(double x, double y, double factor);
    /// Moves the zoomed part by (dx, dy) of the slide, within the slide.
    void panZoom(double dx, double dy);
    static constexpr double kMaxZoom = 8;

    // The digital flip chart of the current slide (only on slides whose lesson asks for one).
    const QStringList &flipchart(int slideIndex) const;
    bool addFlipchartEntry(const QString &text);
    bool editFlipchartEntry(int entry, const QString &text);
    bool removeFlipchartEntry(int entry);

    /// Takes a new version of the lesson (live preview): stays on the same slide where it still exists, and
    /// keeps the picks and flip-chart entries of slides that still fit.
    /// `origin`, when given, says where each new slide was before (origin[i], -1 for a new one): the author
    /// moved, copied or deleted slides, and the session's picks, flip charts and ink follow their slides.
    void replaceLesson(Lesson lesson, const std::vector<int> &origin = {});
    /// Starts another lesson from its first slide (the group chose it on the summary slide): nothing of
    /// the previous lesson's picks or flip charts carries over.
    void startLesson(Lesson lesson);
    /// Records which lesson the group chose to take next (the summary's choice), before it is opened.
    void noteNextLesson(const std::string &id, const std::string &title);

    /// Everything needed to resume: slide, build step, phases, picks, flip-chart entries, blank.
    SessionSnapshot snapshot() const;
    /// Resumes from a snapshot, matching its slides to this lesson by their keys: picks and flip-chart entries
    /// go back to their slides wherever those are now. What no longer fits is left out and listed.
    RestoreResult restore(const SessionSnapshot &snapshot);

signals:
    void changed();
    /// The pointer moved, showed or hid (see pointAt()).
    void pointerMoved();
    /// The stroke being drawn grew (see extendStroke()).
    void inkMoved();
    /// The film's position, length or pause state moved (see setFilmProgress()).
    void filmProgressed();
    /// The lesson was replaced by a new version of its file, or by another lesson (films may have changed).
    void lessonReplaced();
    /// One event for the session record (recordcodec writes it).
    void recorded(const SessionEvent &event);

private:
    enum class Direction { Forward, Backward };
    void enter(int index, Direction direction);
    bool isFilmSlide() const;
    /// A Next pressed within kSkipWindowMs waits for its second press (skip or reveal).
    bool armed() const;
    bool isQuestionSlide() const { return slide().isQuestion(); }
    void finishFilm();
    std::optional<AudienceView> previewWithoutZoom() const;
    /// The room's view of any slide state; audienceView() and previewOfNext() both use it.
    AudienceView viewOf(int index, int buildStep, FilmPhase filmPhase, bool revealAll) const;
    bool pickedRight(const QuestionRecord &record) const;
    /// The one rule for where a question is: shown or not, discussed, or revealed (by a right pick or R).
    QuestionPhase questionPhaseOf(int index, FilmPhase filmPhase) const;
    /// Names the slide in the event and tells the recorder.
    void record(SessionEvent event);
    /// Where a slide of a snapshot is in this lesson: by its key, or by index in a record without keys; -1 if gone.
    int slideOfSnapshot(const SessionSnapshot &snapshot, int savedIndex) const;
    bool hasFlipchart() const { return slide().flipchart; }
    qint64 now() const;

    Lesson m_lesson;
    TimePlan m_plan;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_armExpiry;
    int m_index = 0;
    int m_buildStep = 0;
    Blank m_blank = Blank::None;
    FilmPhase m_filmPhase = FilmPhase::Idle;
    int m_segmentRun = 0;
    std::optional<qint64> m_nextArmedAt;
    std::map<int, QuestionRecord> m_questions;
    FilmStatus m_filmStatus;
    bool m_subtitlesShown = false;
    std::map<int, QStringList> m_flipcharts;
    ParticipationState m_participation;
    bool m_joinCardShown = false;
    bool m_distributionShown = false;
    /// Keeps the stroke being drawn, on the slide it was begun on (before the session leaves a slide).
    void commitStroke();
    void changeInk(SlideInk ink, SessionEvent event);

    RoomPointer m_pointer;  ///< the tool taken up and where it is; the room sees it while shown
    bool m_pointerShown = false;
    InkMode m_inkMode = InkMode::Off;
    InkColour m_inkColour = InkColour::Red;
    InkWidth m_inkWidth = InkWidth::Medium;
    std::map<int, SlideInk> m_ink;
    std::map<int, std::vector<SlideInk>> m_inkHistory;  ///< per slide, the strokes before each change (for undo)
    std::optional<InkStroke> m_stroke;  ///< being drawn on the current slide
    RoomZoom m_zoom;
};

}  // namespace stoppunkt
