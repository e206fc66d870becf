// SPDX-License-Identifier: MIT
#pragma once

#include "session/recorddocument.h"
#include "session/sessionsummary.h"
#include "ui/consolelayout.h"
#include "ui/notesview.h"
#include "ui/overviewgrid.h"
#include "ui/sliderenderer.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

namespace stoppunkt {

class CommandDispatcher;
class FlipchartLine;
struct PaceText;
class PresentationTimer;
class ScreenPlacement;
class SessionView;
class VideoFrames;

/// What the meeting leader sees: the slide as the room sees it, the next step, the notes, the timers,
/// the film strip and, at a question, the right answer. It reads state and draws; commands go to the
/// dispatcher or the session.
class ConsoleWindow : public QWidget {
    Q_OBJECT
public:
    ConsoleWindow(const SessionView &session, PresentationTimer &timer, CommandDispatcher &dispatcher, const ScreenPlacement &placement,
                  QWidget *parent = nullptr);

    /// Where the film's frames come from, so "now on the projector" shows the moving film: every frame of
    /// the software surface, or the OpenGL surface's small copies.
    void setVideoSurface(const VideoFrames *surface);
    const VideoFrames *videoSurface() const { return m_videoSurface; }
    /// A sentence for the facilitator that stays in the status line for a while (resumed, record set aside).
    void setNotice(const QString &notice);
    /// Author mode: the help (F1) lists the author's keys.
    void setAuthorMode(bool on) { m_authorMode = on; }
    QString notice() const { return m_notice; }
    /// Why the session record cannot be saved (the reason, not the path); shown in the status line, before
    /// anything else, until it is
    /// empty again. A crash now would lose the session, so the facilitator must know at once.
    void setRecordProblem(const QString &problem);
    QString recordProblem() const { return m_recordProblem; }
    /// Where the end-of-lesson summary comes from: the session record.
    void setRecordSource(std::function<RecordDocument()> source);
    /// Opens the flip-chart line: a new entry, or the entry `edit` to change (empty text removes it).
    void openFlipchartInput(int edit = -1);
    bool flipchartInputOpen() const;
    void toggleOverview();
    void toggleHelp();
    void zoomNotes(int steps);
    void scrollNotes(int steps);
    /// The notes as last laid out (tests read where each note is and how far the panel scrolls).
    const NotesView &notesView() const { return m_notes; }
    /// What "now on the projector" draws: the projector's own value (roomFrame()), film frame and film card
    /// included, never a copy of the session's state.
    SlideFrame nowOnProjector() const;
    /// Where "now on the projector" is drawn, as last laid out.
    QRectF nowRect() const { return m_layout.nowSlide; }
    /// The right column, with the notes: where author mode writes them.
    QRectF notesPanelRect() const { return m_layout.rightPanel; }
    /// Closes an open overlay; false when none was open.
    bool closeOverlay();
    bool overviewOpen() const { return m_overview.isOpen(); }
    bool helpOpen() const { return m_help; }

    /// The console's painted parts, as assistive technology (a screen reader) gets them: a name, and in
    /// words what the part shows now (consolespoken.cpp; ConsoleAccessible exposes them).
    enum class Part { Now, Next, Notes, Timer, Question };
    static QString partName(Part part);
    QString spoken(Part part) const;
    /// Where a part is drawn, as last laid out (an empty rectangle when it shows nothing now).
    QRectF partRect(Part part) const;

signals:
    void firstPainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// A new UI language: the title and every painted word follow at once.
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    /// With the pointer or the spotlight taken up, the mouse over "now on the projector" moves it on the slide.
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    /// A tablet's pen over "now on the projector" draws with its pressure.
    void tabletEvent(QTabletEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    /// The window names the lesson it shows, in the UI language.
    void updateTitle();
    void updateNowSlide();
    void paintTopBar(QPainter &painter);
    /// Now on the projector, the next step and the film strip; true at the lesson's end (no next step).
    bool paintLeftColumn(QPainter &painter);
    /// The question, the room, the flip chart and the notes; at the lesson's end the summary above them.
    void paintRightColumn(QPainter &painter, bool atEnd);
    QString statusLine() const;
    /// The timer as the top bar shows it ("00:12:05", and "paused"), and the time plan's line beside it.
    QString timerText() const;
    PaceText pace() const;

    const SessionView &m_session;
    PresentationTimer &m_timer;
    CommandDispatcher &m_dispatcher;
    const ScreenPlacement &m_placement;
    SlideRenderer m_renderer;
    OverviewGrid m_overview;
    NotesView m_notes;
    bool m_authorMode = false;
    QTimer m_clockTick;
    bool m_help = false;
    int m_notesZoom = 0;
    const VideoFrames *m_videoSurface = nullptr;
    bool m_painted = false;
    ConsoleLayout m_layout;  ///< where everything goes at this size; a click on the slide now shown is Next
    QString m_notice;
    QTimer m_noticeTimer;
    QString m_recordProblem;
    std::function<RecordDocument()> m_recordSource;
    /// The lesson's summary from the record, read again only after the session records something (not at
    /// each paint, nor at each tick of the clock).
    std::optional<SessionSummary> m_summary;
    FlipchartLine *m_flipLine = nullptr;
    std::vector<QRectF> m_optionRects;
    std::vector<QRectF> m_entryRects;
};

}  // namespace stoppunkt
