// SPDX-License-Identifier: MIT
#include "ui/stopeditorview.h"

#include "authoring/stopeditor.h"
#include "lesson/timecode.h"
#include "media/videoframes.h"
#include "ui/filmtimeline.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QKeyEvent>
#include <QPainter>

namespace stoppunkt {

namespace {
QString timeText(qint64 ms)
{
    return QString::fromStdString(formatTimecode(ms));
}
}  // namespace

StopEditorView::StopEditorView(StopEditor &editor, const VideoFrames *frames, QString filmTitle, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_frames(frames), m_filmTitle(std::move(filmTitle)), m_label(this)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    m_label.setFont(theme::uiFont(theme::stopEditorTextPx + 2));
    m_label.setStyleSheet(theme::dialogStyleSheet());
    m_label.setPlaceholderText(tr("The stop's label, as the console and the film card name it; Enter keeps it, Esc leaves it"));
    m_label.hide();
    m_label.installEventFilter(this);  // its Enter and Esc end the label here, and go no further
    connect(&m_editor, &StopEditor::positionChanged, this, qOverload<>(&QWidget::update));
    connect(&m_editor, &StopEditor::stopsChanged, this, qOverload<>(&QWidget::update));
    if (m_frames)
        connect(m_frames, &VideoFrames::frameReady, this, qOverload<>(&QWidget::update));
}

StopEditorView::Layout StopEditorView::layoutFor(const QSizeF &size)
{
    const qreal m = theme::stopEditorMarginPx;
    const qreal line = theme::stopEditorTextPx * theme::stopEditorLineShare;
    Layout l;
    l.heading = QRectF(m, m, size.width() - 2 * m, line * theme::stopEditorHeadingShare);
    const qreal keysHeight = line * 2;
    const qreal timelineHeight = theme::stopEditorTimelinePx;
    const qreal below = keysHeight + timelineHeight + line + 3 * m;
    const qreal frameWidth = std::min((size.width() - 3 * m) * theme::stopEditorFrameShare,
                                      (size.height() - l.heading.bottom() - m - below) / theme::filmAspect);
    l.frame = QRectF(m, l.heading.bottom() + m / 2, std::max<qreal>(frameWidth, 0), std::max<qreal>(frameWidth * theme::filmAspect, 0));
    l.list = QRectF(l.frame.right() + m, l.frame.top(), size.width() - l.frame.right() - 2 * m, l.frame.height());
    l.timeline = QRectF(m, l.frame.bottom() + m, size.width() - 2 * m, timelineHeight);
    l.labelLine = QRectF(m, l.timeline.bottom() + m / 2, size.width() - 2 * m, line);
    l.keys = QRectF(m, l.labelLine.bottom() + m / 2, size.width() - 2 * m, keysHeight);
    return l;
}

void StopEditorView::resizeEvent(QResizeEvent *)
{
    m_label.setGeometry(layoutFor(size()).labelLine.toRect());
}

void StopEditorView::run(bool ok)
{
    m_refusal = ok ? QString() : m_editor.problem();
    update();
}

void StopEditorView::beginLabel()
{
    const int here = m_editor.stopHere();
    if (here < 0) {
        m_refusal = tr("there is no stop on this frame: set one with S first");
        update();
        return;
    }
    m_label.setText(QString::fromStdString(m_editor.stops()[here].label));
    m_label.show();
    m_label.setFocus();
}

void StopEditorView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left: shift ? m_editor.stepMs(-1000) : m_editor.stepFrames(-1); break;
    case Qt::Key_Right: shift ? m_editor.stepMs(1000) : m_editor.stepFrames(1); break;
    case Qt::Key_PageUp: m_editor.goToStop(-1); break;
    case Qt::Key_PageDown: m_editor.goToStop(+1); break;
    case Qt::Key_S:
    case Qt::Key_Insert: run(m_editor.setStop()); return;
    case Qt::Key_M: run(m_editor.moveSelected()); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: run(m_editor.deleteStop()); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: beginLabel(); return;
    case Qt::Key_Z:
        if (ctrl)
            run(shift ? m_editor.redo() : m_editor.undo());
        return;
    case Qt::Key_Y:
        if (ctrl)
            run(m_editor.redo());
        return;
    case Qt::Key_Escape: emit closeRequested(); return;
    default: QWidget::keyPressEvent(event); return;
    }
    m_refusal.clear();
}

bool StopEditorView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_label || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Return && key != Qt::Key_Enter && key != Qt::Key_Escape)
        return false;
    if (key != Qt::Key_Escape)
        run(m_editor.setLabel(m_label.text()));
    m_label.hide();
    setFocus();
    return true;
}

void StopEditorView::scrubAt(qreal x)
{
    const QRectF bar = layoutFor(size()).timeline;
    const double share = std::clamp((x - bar.left()) / std::max<qreal>(bar.width(), 1), 0.0, 1.0);
    m_editor.scrubTo(qint64(share * double(m_editor.durationMs())));
}

void StopEditorView::mousePressEvent(QMouseEvent *event)
{
    if (layoutFor(size()).timeline.adjusted(0, -theme::stopEditorGrabPx, 0, theme::stopEditorGrabPx).contains(event->position()))
        scrubAt(event->position().x());
}

void StopEditorView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrubAt(event->position().x());
}

void StopEditorView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), theme::consoleOverlay);
    const Layout l = layoutFor(size());
    const QString heading = tr("Stop points of %1").arg(m_filmTitle);
    const QString where = tr("%1 · frame %2").arg(timeText(m_editor.position())).arg(m_editor.frame());
    textlayout::draw(painter, l.heading, heading, theme::uiFont(theme::stopEditorHeadingPx, QFont::Bold), theme::consoleText,
                     Qt::AlignLeft | Qt::AlignVCenter);
    textlayout::draw(painter, l.heading, where, theme::uiFont(theme::stopEditorHeadingPx, QFont::Bold), theme::consoleHighlight,
                     Qt::AlignRight | Qt::AlignVCenter);
    // The frame the player shows: where the film holds when it stops here.
    painter.fillRect(l.frame, theme::filmLetterbox);
    // As the frame's own pixels: the surface leaves its X byte 0, which a scaled draw would read as alpha.
    const QImage frame = m_frames ? m_frames->frame().convertToFormat(QImage::Format_RGB32) : QImage();
    if (!frame.isNull()) {
        const QSizeF fitted = QSizeF(frame.size()).scaled(l.frame.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(l.frame.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted), frame);
    } else {
        textlayout::draw(painter, l.frame, tr("The film is loading…"), theme::uiFont(theme::stopEditorTextPx), theme::consoleMuted,
                         Qt::AlignCenter);
    }
    paintList(painter, l);
    paintTimeline(painter, l);
    if (!m_label.isVisible())
        textlayout::draw(painter, l.labelLine, m_refusal, theme::uiFont(theme::stopEditorTextPx, QFont::Bold), theme::consoleAlert,
                         Qt::AlignLeft | Qt::AlignVCenter);
    textlayout::draw(painter, l.keys,
                     tr("←/→ one frame · Shift+←/→ one second · PgUp/PgDn the stops · S set a stop here · M move the selected stop here · "
                        "Delete delete the stop here · Enter its label · Ctrl+Z undo · Ctrl+Shift+Z redo · Esc close. "
                        "Each change is saved in the lesson file at once."),
                     theme::uiFont(theme::stopEditorTextPx - 1), theme::consoleMuted, Qt::AlignLeft | Qt::AlignTop);
}

void StopEditorView::paintList(QPainter &painter, const Layout &l) const
{
    const QFont font = theme::uiFont(theme::stopEditorTextPx);
    const qreal line = theme::stopEditorTextPx * theme::stopEditorListLineShare;
    qreal y = l.list.top();
    const int here = m_editor.stopHere();
    for (std::size_t i = 0; i < m_editor.stops().size() && y + line <= l.list.bottom(); ++i, y += line) {
        const StopPoint &stop = m_editor.stops()[i];
        const QColor colour = int(i) == here                  ? theme::consoleHighlight
                              : int(i) == m_editor.selected() ? theme::consoleText
                                                              : theme::consoleMuted;
        // Numbered as the timeline's marks are, by place; a stop's id is the lesson's business, not the author's here.
        const QStringList questions = m_editor.questionsAt(stop.id);
        const QString label = stop.label.empty() ? tr("(no label)") : QString::fromStdString(stop.label);
        const QString text =
            QStringLiteral("%1   %2   %3   \u2192 %4")
                .arg(i + 1)
                .arg(timeText(stop.atMs), label, questions.isEmpty() ? tr("no question yet") : questions.join(QStringLiteral(", ")));
        textlayout::draw(painter, QRectF(l.list.left(), y, l.list.width(), line),
                         QFontMetricsF(font).elidedText(text, Qt::ElideRight, l.list.width()), font, colour,
                         Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (m_editor.stops().empty())
        textlayout::draw(painter, l.list, tr("No stop points yet: go to a frame and press S."), font, theme::consoleMuted,
                         Qt::AlignLeft | Qt::AlignTop);
}

void StopEditorView::paintTimeline(QPainter &painter, const Layout &l) const
{
    FilmTimeline timeline{.durationMs = m_editor.durationMs(), .selectedStop = m_editor.selected(), .positionMs = m_editor.position()};
    for (const StopPoint &stop : m_editor.stops())
        timeline.stopsMs.push_back(stop.atMs);
    timeline.paint(painter,
                   QRectF(l.timeline.left(), l.timeline.top() + theme::consoleStopMarkPx, l.timeline.width(), theme::consoleTimelinePx));
}

}  // namespace stoppunkt
