// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/film.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

#include <string>
#include <vector>

namespace stoppunkt {

class LessonFile;

/// One film's stop points as the author edits them on its timeline: a position that moves by whole frames,
/// stops set, moved, deleted and labelled at that frame, each change written into the lesson file at once
/// (only the "stops" array's text is rewritten) through the lesson file's one history, so undo and redo take
/// back the author's other edits too. A change that would leave the lesson with errors (a question's stop
/// deleted, two stops on one frame) is refused with the loader's words, and the file stays as it was.
class StopEditor : public QObject {
    Q_OBJECT
public:
    /// `fps` is the film's frame rate (the position is always the start of a frame); `durationMs` its length.
    StopEditor(LessonFile &file, int filmIndex, double fps, qint64 durationMs, QObject *parent = nullptr);

    /// Reads the lesson; false, with problem() set, when it does not load or has no such film.
    bool open();
    const std::vector<StopPoint> &stops() const { return m_stops; }
    const QString &problem() const { return m_problem; }

    /// The film edited, by its place in the lesson's films.
    int film() const { return m_film; }
    qint64 position() const { return m_position; }
    qint64 durationMs() const { return m_duration; }
    double fps() const { return m_fps; }
    int frame() const { return frameAt(m_position); }
    int frameAt(qint64 ms) const;
    /// Where frame `frame` starts, in whole milliseconds inside the frame (what a stop's "at" says).
    qint64 frameStart(int frame) const;
    /// The stop on the frame shown, or -1.
    int stopHere() const;
    /// The stop last set, moved or gone to: the one move() moves (-1 when none).
    int selected() const { return m_selected; }
    /// Selects the stop on the frame shown, when there is one (the editor opened on it).
    void selectStopHere();
    /// The titles of the question slides that stop at this stop ("Film #2"); empty when none does yet.
    QStringList questionsAt(const std::string &stopId) const;

    void stepFrames(int frames);
    void stepMs(qint64 ms);
    /// Goes to the frame that holds `ms`.
    void scrubTo(qint64 ms);
    /// Goes to the next (+1) or previous (-1) stop and selects it.
    void goToStop(int direction);

    /// Sets a stop on this frame, named "stop-N" and without a label, and selects it.
    bool setStop();
    /// Moves the selected stop to this frame.
    bool moveSelected();
    /// Deletes the stop on this frame.
    bool deleteStop();
    /// Gives the stop on this frame a label (empty: none).
    bool setLabel(const QString &label);
    /// Takes back the lesson file's last change, or makes it again (any editor's, the stops' included).
    bool undo();
    bool redo();
    bool canUndo() const;

signals:
    /// The frame to show: the player seeks exactly there, so what the author sees is what the stop will hold.
    void positionChanged(qint64 ms);
    /// The stops changed and the file holds them.
    void stopsChanged();

private:
    /// Writes `stops` into the file and selects stop `select`; false (problem() says why) when refused.
    bool write(const std::vector<StopPoint> &stops, int select);
    /// The stops and their questions as the lesson file now has them.
    void refresh();
    void setPosition(qint64 ms);

    LessonFile &m_file;
    int m_film = 0;
    double m_fps = 25;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    int m_selected = -1;
    std::vector<StopPoint> m_stops;
    std::map<std::string, QStringList> m_questions;  ///< stop id → the question slides at it
    QString m_problem;
};

}  // namespace stoppunkt
