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
    /// The player cannot show the film, or can again (empty). While it cannot, Next skips at once and the
    /// questions still work; the projector shows a card and the console the problem.
    void setFilmProblem(const QString &problem);
    /// Where the player is: emits filmProgressed(), not changed(), since the room's view does not change.
    void setFilmProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs);

    // The room's phones (RoomPresence): the server's state, the join card, the votes' chart; a phone's
    // suggestion is recorded as it arrives (its text only), accepted onto the flip chart or not.
    void setParticipation(ParticipationState state);
    void toggleJoinCard();
    void toggleDistribution();
    void noteRoomSuggestion(const QString &text);

    // The hand: one tool at a time. The pointer (Pointer) is not recorded and emits pointerMoved(); the pen
    // (Pen) records each finished stroke, erase, undo and clear at once; the zoom (Zoom) ends on another slide.
    void togglePointerTool(PointerTool tool);
    void pointAt(double x, double y);
    void hidePointer();
    void toggleInkMode(InkMode mode);
    void cycleInkColour();
    void cycleInkWidth();
    /// A stroke at (x, y) on the slide (0..1) shows as it grows (inkMoved()), and is kept at endStroke().
    bool beginStroke(double x, double y, double pressure = 1);
    void extendStroke(double x, double y, double pressure = 1);
    void endStroke();
    bool eraseAt(double x, double y);
    bool undoInk();
    bool clearInk();
    void zoomAround(double x, double y, double factor);
    void panZoom(double dx, double dy);

    // The flip chart of the current slide (Flipcharts), only on slides whose lesson asks for one.
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
