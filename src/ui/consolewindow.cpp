// SPDX-License-Identifier: MIT
#include "ui/consolewindow.h"

#include "input/commanddispatcher.h"
#include "media/videoframes.h"
#include "session/presentationtimer.h"
#include "session/sessionview.h"
#include "ui/consoleaccessible.h"
#include "ui/consolepanels.h"
#include "ui/flipchartline.h"
#include "ui/helpoverlay.h"
#include "ui/roompanel.h"
#include "ui/screenplacement.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include "session/sessionsummary.h"

#include <QPainter>
#include <QSettings>

namespace stoppunkt {

using namespace consolepanels;
using theme::uiFont;

ConsoleWindow::ConsoleWindow(const SessionView &session, PresentationTimer &timer, CommandDispatcher &dispatcher,
                             const ScreenPlacement &placement, QWidget *parent)
    : QWidget(parent), m_session(session), m_timer(timer), m_dispatcher(dispatcher), m_placement(placement)
{
    updateTitle();
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(theme::consoleMinimumWidthPx, theme::consoleMinimumHeightPx);
    m_layout = ConsoleLayout::of(size());
    m_notesZoom =
        std::clamp(QSettings().value(QStringLiteral("console/notesZoom"), 0).toInt(), theme::notesZoomFewest, theme::notesZoomMost);
    connect(&session, &SessionView::changed, this, qOverload<>(&QWidget::update));
    ConsoleAccessible::follow(this, session);
    connect(&session, &SessionView::recorded, this, [this] { m_summary.reset(); });
    connect(&timer, &PresentationTimer::changed, this, [this] { m_summary.reset(); });  // the record notes the timer too
    connect(&session, &SessionView::lessonReplaced, this, [this] {
        m_summary.reset();
        updateTitle();  // the window names the lesson it shows
    });
    connect(&session, &SessionView::pointerMoved, this, [this] { updateNowSlide(); });
    connect(&session, &SessionView::inkMoved, this, [this] { updateNowSlide(); });
    setMouseTracking(true);
    connect(&session, &SessionView::filmProgressed, this, qOverload<>(&QWidget::update));
    connect(&timer, &PresentationTimer::changed, this, qOverload<>(&QWidget::update));
    connect(&dispatcher, &CommandDispatcher::jumpBufferChanged, this, [this] {
        // In the overview, the selection follows the number being typed, so one Enter goes there.
        if (m_overview.isOpen() && !m_dispatcher.jumpBuffer().isEmpty())
            m_overview.select(std::clamp(m_dispatcher.jumpBuffer().toInt() - 1, 0, m_session.slideCount() - 1));
        update();
    });
    // The overview's keys mean what the dispatcher says; the selection is the overview's own.
    connect(&dispatcher, &CommandDispatcher::overviewMoveRequested, this, [this](int dx, int dy) {
        if (m_overview.isOpen()) {
            m_overview.move(dx, dy, m_session.slideCount());
            update();
        }
    });
    connect(&dispatcher, &CommandDispatcher::overviewChoiceRequested, this, [this] {
        if (m_overview.isOpen()) {
            m_dispatcher.goTo(m_overview.selected());
            m_overview.close();
            update();
        }
    });
    connect(&placement, &ScreenPlacement::changed, this, qOverload<>(&QWidget::update));
    connect(&m_clockTick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clockTick.start(500);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        update();
    });
    m_flipLine = new FlipchartLine(session, dispatcher, this);
    connect(m_flipLine, &FlipchartLine::editingChanged, this, qOverload<>(&QWidget::update));
    connect(m_flipLine, &FlipchartLine::closed, this, [this] { setFocus(); });
}

void ConsoleWindow::updateNowSlide()
{
    update(m_layout.nowSlide.toAlignedRect().marginsAdded(QMargins(2, 2, 2, 2)));  // its frame's line too
}

void ConsoleWindow::setVideoSurface(const VideoFrames *surface)
{
    m_videoSurface = surface;
    connect(surface, &VideoFrames::frameReady, this, [this] {
        if (m_session.filmPhase() == FilmPhase::Playing)
            updateNowSlide();  // only the slide, not the whole console
    });
}

SlideFrame ConsoleWindow::nowOnProjector() const
{
    return stoppunkt::roomFrame(m_session, m_videoSurface ? m_videoSurface->frame() : QImage());
}

void ConsoleWindow::setNotice(const QString &notice)
{
    m_notice = notice;
    m_noticeTimer.start(20000);
    update();
}

void ConsoleWindow::setRecordProblem(const QString &problem)
{
    m_recordProblem = problem;
    update();
}

void ConsoleWindow::setRecordSource(std::function<RecordDocument()> source)
{
    m_recordSource = std::move(source);
    m_summary.reset();
}

bool ConsoleWindow::flipchartInputOpen() const
{
    return m_flipLine->isVisible();
}

void ConsoleWindow::openFlipchartInput(int edit)
{
    m_flipLine->open(edit);
}

void ConsoleWindow::updateTitle()
{
    setWindowTitle(tr("Stoppunkt — %1").arg(QString::fromStdString(m_session.lesson().title)));
}

void ConsoleWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
        update();
    }
    QWidget::changeEvent(event);
}

void ConsoleWindow::resizeEvent(QResizeEvent *)
{
    m_layout = ConsoleLayout::of(size());
    m_flipLine->setGeometry(m_layout.flipLine.toRect());
}

void ConsoleWindow::toggleOverview()
{
    m_help = false;
    m_overview.isOpen() ? m_overview.close() : m_overview.open(m_session.slideIndex());
    update();
}

void ConsoleWindow::toggleHelp()
{
    m_overview.close();
    m_help = !m_help;
    update();
}

void ConsoleWindow::zoomNotes(int steps)
{
    m_notesZoom = std::clamp(m_notesZoom + steps, theme::notesZoomFewest, theme::notesZoomMost);
    QSettings().setValue(QStringLiteral("console/notesZoom"), m_notesZoom);  // the facilitator's size, kept
    update();
}

void ConsoleWindow::scrollNotes(int steps)
{
    if (m_notes.scrollBy(steps))
        update();
}

bool ConsoleWindow::closeOverlay()
{
    if (!m_help && !m_overview.isOpen())
        return false;
    m_help = false;
    m_overview.close();
    update();
    return true;
}

void ConsoleWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(rect(), theme::consoleBackground);
    paintTopBar(painter);
    const bool atEnd = paintLeftColumn(painter);
    paintRightColumn(painter, atEnd);
    if (m_overview.isOpen())
        m_overview.paint(painter, rect(), m_session, m_dispatcher.jumpBuffer());
    if (m_help)
        HelpLayout::of(rect(), m_dispatcher.bindings(), m_authorMode).paint(painter, rect());
    roompanel::paintPairingCard(painter, rect(), m_session);
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
    }
}

bool ConsoleWindow::paintLeftColumn(QPainter &painter)
{
    // Now: exactly what the room sees, blank and build step included.
    paintHeading(painter, m_layout.nowColumn, tr("Now on the projector"));
    m_renderer.render(painter, m_layout.nowSlide, nowOnProjector());
    painter.setPen(QPen(theme::consoleMuted, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(m_layout.nowSlide);

    // Under it, side by side: the next step (a reminder, not a reading copy) and the film strip. The whole
    // right-hand column is left to the question and the notes.
    paintHeading(painter, m_layout.nextColumn, tr("Next"));
    const auto preview = m_session.previewOfNext();  // one copy of the next step per paint
    if (preview)
        m_renderer.render(painter, m_layout.nextSlide, frameFor(m_session, *preview));
    else
        textlayout::draw(painter, m_layout.nextSlide, tr("End of the lesson"), uiFont(theme::consoleEndOfLessonPx), theme::consoleMuted,
                         Qt::AlignCenter);
    paintPanel(painter, m_layout.filmStrip);
    paintFilmStrip(painter, m_layout.filmStripInner, m_session, m_dispatcher.bindings());
    return !preview.has_value();
}

void ConsoleWindow::paintRightColumn(QPainter &painter, bool atEnd)
{
    paintPanel(painter, m_layout.rightPanel);
    QRectF lower = m_layout.rightInner;
    if (atEnd && m_recordSource) {
        // The lesson's end: what happened, from the session record, above the notes.
        const QRectF summaryArea(lower.topLeft(), QSizeF(lower.width(), lower.height() * theme::consoleSummaryShare));
        if (!m_summary)
            m_summary = SessionSummary::fromRecord(m_session.lesson(), m_recordSource());
        lower.setTop(lower.top() + paintSummary(painter, summaryArea, *m_summary));
    }
    m_optionRects.clear();
    m_entryRects.clear();
    // The question's panel leaves the notes at least a third of the room, even on a small laptop screen.
    const QRectF questionArea(lower.topLeft(), QSizeF(lower.width(), lower.height() * theme::consoleQuestionShare));
    const KeyBindings &keys = m_dispatcher.bindings();
    lower.setTop(lower.top() + paintQuestion(painter, questionArea, m_session, keys, &m_optionRects));
    // The notes the facilitator acts on stay in view: the room's panels (votes, flip chart, suggestions, next
    // lessons) take what the notes leave, and never more than their share of the column.
    const std::vector<Note> notes = m_session.slide().notesAt(m_session.buildStep());
    const qreal notesPx = NotesView::fontPx(height(), m_notesZoom);
    NotesView measure;
    measure.layout(notes, QRectF(lower.left(), 0, lower.width(), lower.height()), notesPx);
    const qreal notesNeed = std::min(lower.height() * theme::consoleNotesKeptShare, measure.contentHeight() + theme::consoleHeadingStepPx);
    QRectF panels = lower;
    panels.setBottom(lower.bottom() - notesNeed);
    panels.setTop(panels.top() + roompanel::paintVotes(painter, panels, m_session, keys));
    // The phones' suggestions wait for a decision (A adds one to the flip chart): above the entries, which the
    // projector shows too.
    panels.setTop(panels.top() + roompanel::paintSuggestions(painter, panels, m_session, keys));
    panels.setTop(panels.top() + paintFlipchart(painter, panels, m_session, keys, m_flipLine->editing(), &m_entryRects));
    panels.setTop(panels.top() + paintNextLessons(painter, panels, m_session, keys));
    lower.setTop(std::min(panels.top(), lower.bottom() - notesNeed));
    m_notes.layout(notes, paintHeading(painter, lower, tr("Notes")), notesPx);
    m_notes.paint(painter, keys.keysText(Action::NotesDown), keys.keysText(Action::NotesUp));
}

}  // namespace stoppunkt
