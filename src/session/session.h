// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionsnapshot.h"
#include "session/sessionview.h"

#include <QTimer>

namespace stoppunkt {

/// The single owner of presentation state: slide, build step, film phase, question phase, picks and blank.
/// Commands are plain methods; every change emits changed() once. It plays no video: the player follows
/// filmPhase() and segmentRun(), and reports back with filmReachedStop() and filmEnded().
/// Readers take the SessionView it is; only the dispatcher and resume hold the Session itself.
class Session : public SessionView {
    Q_OBJECT
public:
    explicit Session(Lesson lesson, QObject *parent = nullptr, Clock clock = {});

    /// Adds the current slide's planned time to an event's details, where the lesson plans any: a slide
    /// begins (entered, resumed, or the record starts or continues on it).
    void addPlannedTime(SessionEvent &event) const;

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

    // The room's phones: the server's state, pushed in by the app.
    void setParticipation(ParticipationState state);
    /// The projector shows the join card (QR code, address, room code) instead of the slide, or not.
    void toggleJoinCard();
    /// The projector shows the room's votes on this question as a bar chart, or not. Only at a question
    /// the room has voted on.
    void toggleDistribution();
    /// Records a phone's flip-chart suggestion as it arrives (its text only, never the nickname), so the
    /// record keeps every one, accepted onto the flip chart or not.
    void noteRoomSuggestion(const QString &text);

    // The facilitator's pointer over the projector. It is not recorded: it only shows where she points.
    /// Takes up the dot or the spotlight; the same tool again puts it away.
    void togglePointerTool(PointerTool tool);
    /// Moves the pointer to (x, y) on the slide (0..1, clamped); the room sees it until hidePointer(). Emits
    /// pointerMoved(), not changed(): a pointer moves many times a second, and nothing else changes with it.
    void pointAt(double x, double y);
    /// The pointer was idle: the room no longer sees it, and the tool stays taken up.
    void hidePointer();

    // The facilitator's pen on the current slide. Strokes are kept per slide, in slide coordinates, and each
    // finished stroke, erase, undo and clear is recorded at once; the snapshot carries them for --resume.
    /// Takes up the pen, the highlighter or the eraser (the pointer is put away); the same mode again, or
    /// InkMode::Off, leaves drawing. Strokes stay.
    void toggleInkMode(InkMode mode);
    void cycleInkColour();
    void cycleInkWidth();
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
    static constexpr double kEraserRadius = Pen::kEraserRadius;

    // Zoom: a part of the slide fills the projector, drawn at full resolution; it ends on another slide.
    /// Shows the part of the slide around (x, y), `factor` times larger (1 to kMaxZoom; 1 shows it whole).
    void zoomAround(double x, double y, double factor);
    /// Moves the zoomed part by (dx, dy) of the slide, within the slide.
    void panZoom(double dx, double dy);
    static constexpr double kMaxZoom = Zoom::kMax;

    // The digital flip chart of the current slide (only on slides whose lesson asks for one).
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

private:
    enum class Direction { Forward, Backward };
    void enter(int index, Direction direction);
    void finishFilm();
    /// Names the slide in the event and tells the recorder.
    void record(SessionEvent event);
    /// Where a slide of a snapshot is in this lesson: by its key, or by index in a record without keys; -1 if gone.
    int slideOfSnapshot(const SessionSnapshot &snapshot, int savedIndex) const;
    /// Keeps the stroke being drawn, on the slide it was begun on (before the session leaves a slide).
    void commitStroke();
    /// Records what a part changed, if it changed anything, and says whether it did.
    bool recordIfAny(std::optional<SessionEvent> event);
    /// The same, and the session changed (changed() is emitted).
    bool changedBy(std::optional<SessionEvent> event);

    QTimer m_armExpiry;
};

}  // namespace stoppunkt
