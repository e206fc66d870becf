// SPDX-License-Identifier: MIT
#include "ui/consolewindow.h"

#include "input/commanddispatcher.h"
#include "ui/consolelayout.h"
#include "ui/consolepanels.h"
#include "ui/flipchartline.h"
#include "ui/handstatus.h"
#include "ui/helpoverlay.h"
#include "ui/pacetext.h"
#include "session/presentationtimer.h"
#include "ui/roompanel.h"
#include "ui/screenplacement.h"
#include "session/session.h"
#include "ui/slidehand.h"
#include "media/videoframes.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include "session/sessionsummary.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QSettings>
#include <QWheelEvent>
#include <QPainter>
#include <QTime>

namespace stoppunkt {

using namespace consolepanels;
using theme::uiFont;

namespace {
QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ConsoleWindow::ConsoleWindow(Session &session, PresentationTimer &timer, CommandDispatcher &dispatcher,
                             const ScreenPlacement &placement, QWidget *parent)
    : QWidget(parent), m_session(session), m_timer(timer), m_dispatcher(dispatcher), m_placement(placement)
{
    setWindowTitle(tr("Stoppunkt — %1").arg(QString::fromStdString(m_session.lesson().title)));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(theme::consoleMinimumWidthPx, theme::consoleMinimumHeightPx);
    m_layout = ConsoleLayout::of(size());
    m_notesZoom = std::clamp(QSettings().value(QStringLiteral("console/notesZoom"), 0).toInt(), -4, 8);
    connect(&session, &Session::changed, this, qOverload<>(&QWidget::update));
    connect(&session, &Session::recorded, this, [this] { m_summary.reset(); });
    connect(&timer, &PresentationTimer::changed, this, [this] { m_summary.reset(); });  // the record notes the timer too
    connect(&session, &Session::lessonReplaced, this, [this] { m_summary.reset(); });
    connect(&session, &Session::pointerMoved, this, [this] { updateNowSlide(); });
    connect(&session, &Session::inkMoved, this, [this] { updateNowSlide(); });
    setMouseTracking(true);
    connect(&session, &Session::filmProgressed, this, qOverload<>(&QWidget::update));
    connect(&timer, &PresentationTimer::changed, this, qOverload<>(&QWidget::update));
    connect(&dispatcher, &CommandDispatcher::jumpBufferChanged, this, [this] {
        // In the overview, the selection follows the number being typed, so one Enter goes there.
        if (m_overview.isOpen() && !m_dispatcher.jumpBuffer().isEmpty())
            m_overview.select(std::clamp(m_dispatcher.jumpBuffer().toInt() - 1, 0, m_session.slideCount() - 1));
        update();
    });
    connect(&placement, &ScreenPlacement::changed, this, qOverload<>(&QWidget::update));
    connect(&m_clockTick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_clockTick.start(500);
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] {
        m_notice.clear();
        update();
    });
    m_flipLine = new FlipchartLine(session, this);
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

void ConsoleWindow::setRecordSource(std::function<QJsonObject()> source)
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

void ConsoleWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Stoppunkt — %1").arg(QString::fromStdString(m_session.lesson().title)));
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
    m_notesZoom = std::clamp(m_notesZoom + steps, -4, 8);
    QSettings().setValue(QStringLiteral("console/notesZoom"), m_notesZoom);  // the facilitator's size, kept
    update();
}

void ConsoleWindow::scrollNotes(int steps)
{
    if (m_notes.scrollBy(steps))
        update();
}

void ConsoleWindow::wheelEvent(QWheelEvent *event)
{
    if (!m_overview.isOpen() && !m_help && handleSlideHand(m_dispatcher, m_layout.nowSlide, event))
        return event->accept();
    if (!m_notes.area().contains(event->position()) || event->angleDelta().y() == 0)
        return QWidget::wheelEvent(event);
    scrollNotes(event->angleDelta().y() < 0 ? 1 : -1);
    event->accept();
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

QString ConsoleWindow::statusLine() const
{
    if (!m_recordProblem.isEmpty())
        return tr("The session record is NOT being saved: %1").arg(m_recordProblem);
    if (!m_notice.isEmpty())
        return m_notice;
    if (!m_dispatcher.jumpBuffer().isEmpty())
        return tr("Go to slide %1: press Enter (Esc cancels)").arg(m_dispatcher.jumpBuffer());
    if (m_session.skipArmed())
        return tr("Press Next again within 2 s to skip to the stop point");
    if (m_session.revealArmed())
        return tr("Press Next again within 2 s to reveal the answer (%1 reveals at once)")
            .arg(m_dispatcher.bindings().keysText(Action::Reveal));
    if (m_placement.projectorLost())
        return tr("Projector %1 disconnected: the lesson goes on here; plug it back in to continue there")
            .arg(m_placement.lostName());
    if (m_session.blank() == Blank::Black)
        return tr("The projector is black (%1 to show the slide)").arg(m_dispatcher.bindings().keysText(Action::BlackScreen));
    if (m_session.blank() == Blank::White)
        return tr("The projector is white (%1 to show the slide)").arg(m_dispatcher.bindings().keysText(Action::WhiteScreen));
    if (const QString hand = handStatusText(m_session, m_dispatcher.bindings()); !hand.isEmpty())
        return hand;
    if (const QString room = roompanel::statusText(m_session, m_dispatcher.bindings()); !room.isEmpty())
        return room;
    if (m_placement.windowed() || !m_placement.projectorScreen())
        return tr("Rehearsal: both windows are normal windows");
    return tr("Projector on %1").arg(m_placement.projectorScreen()->name());
}

void ConsoleWindow::paintTopBar(QPainter &painter)
{
    const Lesson &lesson = m_session.lesson();
    const QString counter = QStringLiteral("%1 %2/%3").arg(slideWord(QString::fromStdString(lesson.language)))
                                .arg(m_session.slideIndex() + 1).arg(m_session.slideCount());
    textlayout::draw(painter, m_layout.counter, counter, uiFont(theme::consoleCounterPx, QFont::Bold), theme::consoleText,
                     Qt::AlignLeft | Qt::AlignVCenter);
    const bool alert = m_placement.projectorLost() || m_session.skipArmed() || m_session.revealArmed() || !m_dispatcher.jumpBuffer().isEmpty()
                       || !m_notice.isEmpty() || !m_recordProblem.isEmpty();
    // A long status (the room and the remote on, a resume's notice) grows smaller to stay whole in the bar;
    // only past the smallest size is its end cut, never its lines clipped.
    const QRectF &statusArea = m_layout.status;
    QString status = statusLine();
    const QFont::Weight weight = alert ? QFont::Bold : QFont::Normal;
    int statusPx = theme::consoleStatusPx;
    while (statusPx > theme::consoleSmallestTextPx && textlayout::height(status, uiFont(statusPx, weight), statusArea.width()) > statusArea.height())
        --statusPx;
    const QFont statusFont = uiFont(statusPx, weight);
    const QFontMetricsF statusMetrics(statusFont);
    const int lines = std::max(1, int(statusArea.height() / statusMetrics.lineSpacing()));
    if (textlayout::height(status, statusFont, statusArea.width()) > statusArea.height())
        status = statusMetrics.elidedText(status, Qt::ElideRight, statusArea.width() * lines * 0.9);
    textlayout::draw(painter, statusArea, status, statusFont,
                     !m_recordProblem.isEmpty() ? theme::consoleAlert : alert ? theme::consoleHighlight : theme::consoleMuted,
                     Qt::AlignLeft | Qt::AlignVCenter);
    const QString timer = clockText(m_timer.elapsedMs()) + (m_timer.running() ? QString() : QStringLiteral("  ") + tr("paused"));
    const QColor timerColour = m_timer.running() ? theme::consoleText : theme::consoleHighlight;
    const PaceText pace = PaceText::of(m_session.timePlan(), m_session.slideIndex(), m_timer.elapsedMs(),
                                       m_timer.running() || m_timer.elapsedMs() > 0, QTime::currentTime());
    if (pace.text.isEmpty()) {
        textlayout::draw(painter, m_layout.timer, timer, uiFont(theme::consoleTimerPx, QFont::Bold), timerColour,
                         Qt::AlignRight | Qt::AlignVCenter);
    } else {
        // With a time plan, the timer shares its place with the plan's line, so the notes lose no room.
        textlayout::draw(painter, m_layout.timerLine, timer, uiFont(theme::consoleTimerWithPacePx, QFont::Bold), timerColour,
                         Qt::AlignRight | Qt::AlignVCenter);
        textlayout::draw(painter, m_layout.paceLine, pace.text, uiFont(theme::consolePacePx, QFont::Bold), pace.colour,
                         Qt::AlignRight | Qt::AlignVCenter);
    }
    textlayout::draw(painter, m_layout.clock, QTime::currentTime().toString(QStringLiteral("HH:mm")),
                     uiFont(theme::consoleClockPx), theme::consoleMuted, Qt::AlignRight | Qt::AlignVCenter);
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
        HelpLayout::of(rect(), m_dispatcher.bindings()).paint(painter, rect());
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
        textlayout::draw(painter, m_layout.nextSlide, tr("End of the lesson"), uiFont(theme::consoleEndOfLessonPx),
                         theme::consoleMuted, Qt::AlignCenter);
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
    lower.setTop(lower.top() + roompanel::paintVotes(painter, lower, m_session, keys));
    lower.setTop(lower.top() + paintFlipchart(painter, lower, m_session, keys, m_flipLine->editing(), &m_entryRects));
    lower.setTop(lower.top() + roompanel::paintSuggestions(painter, lower, m_session, keys));
    lower.setTop(lower.top() + paintNextLessons(painter, lower, m_session, keys));
    m_notes.layout(m_session.slide().notes, paintHeading(painter, lower, tr("Notes")), NotesView::fontPx(height(), m_notesZoom));
    m_notes.paint(painter, keys.keysText(Action::NotesDown), keys.keysText(Action::NotesUp));
}

void ConsoleWindow::keyPressEvent(QKeyEvent *event)
{
    const bool modifierAlone = event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control;
    if (m_help && !modifierAlone) {
        toggleHelp();
        return;
    }
    // Like the help, the remote's pairing code takes the next key to close (its secret then stops working),
    // so a clicker pressed while it shows changes nothing that the room sees.
    if (!m_session.participation().pairingUrl.empty() && !modifierAlone) {
        m_dispatcher.trigger(Action::PairRemote);
        return;
    }
    if (m_overview.isOpen()) {
        if (m_overview.moveByKey(event->key(), m_session.slideCount()))
            return update();
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            m_dispatcher.goTo(m_overview.selected());
            m_overview.close();
            return update();
        }
        // Digits type a slide number here, even over a question (where they would otherwise pick).
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9
            && !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)))
            return m_dispatcher.typeSlideDigit(event->key() - Qt::Key_0);
    }
    if (!m_dispatcher.handleKey(*event))
        QWidget::keyPressEvent(event);
}

void ConsoleWindow::mousePressEvent(QMouseEvent *event)
{
    if (m_overview.isOpen()) {
        const int slide = m_overview.slideAt(rect(), m_session.slideCount(), event->position());
        if (slide >= 0)
            m_dispatcher.goTo(slide);
        m_overview.close();
        update();
        return;
    }
    for (std::size_t i = 0; i < m_optionRects.size(); ++i) {
        if (m_optionRects[i].contains(event->position())) {
            m_dispatcher.pick(int(i) + 1);  // the group proposed this option: the keys' own path
            return;
        }
    }
    for (std::size_t i = 0; i < m_entryRects.size(); ++i) {
        if (m_entryRects[i].contains(event->position())) {
            openFlipchartInput(int(i));
            return;
        }
    }
    if (handleSlideHand(m_dispatcher, m_layout.nowSlide, event))
        return;  // drawing, erasing or panning
    if (m_layout.nowSlide.contains(event->position()))
        m_dispatcher.trigger(event->button() == Qt::RightButton ? Action::Previous : Action::Next);
}

void ConsoleWindow::mouseMoveEvent(QMouseEvent *event)
{
    handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

void ConsoleWindow::mouseReleaseEvent(QMouseEvent *event)
{
    handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

void ConsoleWindow::tabletEvent(QTabletEvent *event)
{
    if (!m_overview.isOpen() && !m_help)
        handleSlideHand(m_dispatcher, m_layout.nowSlide, event);
}

} // namespace stoppunkt
