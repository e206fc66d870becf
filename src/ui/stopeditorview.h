// SPDX-License-Identifier: MIT
#pragma once

#include <QLineEdit>
#include <QRectF>
#include <QWidget>

namespace stoppunkt {

class StopEditor;
class VideoFrames;

/// The stop editor over the console (author mode): the film's frame as the player shows it, the timeline with
/// every stop, the list of stops, and the keys. It turns keys and mouse into StopEditor calls and draws what the
/// editor holds; the player shows the frame the editor asks for, so the frame here is the one a stop will hold.
class StopEditorView : public QWidget {
    Q_OBJECT
public:
    StopEditorView(StopEditor &editor, const VideoFrames *frames, QString filmTitle, QWidget *parent);

    /// The regions, worked out from the widget's size.
    struct Layout {
        QRectF heading;
        QRectF frame;
        QRectF list;
        QRectF timeline;  ///< the bar the mouse scrubs
        QRectF labelLine;
        QRectF keys;
    };
    static Layout layoutFor(const QSizeF &size);

signals:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Runs one editor command; a refusal is shown until the next command.
    void run(bool ok);
    void scrubAt(qreal x);
    void beginLabel();
    void paintTimeline(QPainter &painter, const Layout &layout) const;
    void paintList(QPainter &painter, const Layout &layout) const;

    StopEditor &m_editor;
    const VideoFrames *m_frames;
    QString m_filmTitle;
    QString m_refusal;
    QLineEdit m_label;
};

}  // namespace stoppunkt
