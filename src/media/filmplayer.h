// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <memory>

struct mpv_handle;
struct mpv_event;

namespace stoppunkt {

class SoftwareSurface;

/// Plays one film with libmpv and stops on the authored frame. It owns the one mpv handle, and reports
/// typed signals. A stop is enforced by mpv's own `end` option, set half a frame past the stop's frame,
/// with `keep-open`, so no later frame is ever shown, however busy the machine is.
class FilmPlayer : public QObject {
    Q_OBJECT
public:
    enum class Output { Software, OpenGL, None };
    struct Settings {
        Output output = Output::Software;
        bool audio = true;
        double speed = 1.0;  ///< tests run at 100
    };

    explicit FilmPlayer(Settings settings, QObject *parent = nullptr);
    ~FilmPlayer() override;

    /// Opens a film. Only a canonical path to an existing regular file is accepted: no URL, no protocol.
    bool open(const QString &path, double fps);
    bool isOpen() const { return m_open; }
    mpv_handle *handle() const { return m_mpv; }
    /// The OpenGL surface has (or no longer has) its render context. mpv can start a film's video only
    /// once it has one, so with OpenGL output a film opened earlier is loaded when the surface is ready.
    void setSurfaceReady(bool ready);
    /// The OpenGL surface could not get a render context: the film cannot show, and errorOccurred says so.
    void surfaceFailed();
    SoftwareSurface *softwareSurface() const { return m_surface.get(); }

    /// Plays from `fromMs` (negative: the start) and holds on the frame at `toMs` (negative: to the end).
    /// `token` comes back with stopReached() or ended(), so a late report can be told from a current one.
    void playSegment(qint64 fromMs, qint64 toMs, int token);
    /// Shows the frame at `ms`, paused (entering a question from behind, or skipping to its stop).
    void showFrameAt(qint64 ms);
    void pause();
    /// Stops playback and unloads the film, waiting until mpv has done so: before a render context is freed (a
    /// window closing, the program quitting), so that freeing it never waits on a core busy playing.
    void unload();
    void resume();
    void togglePause();
    void seekBy(qint64 ms);
    void setVolume(int percent);
    /// The subtitle file (SRT or WebVTT, a full path to an existing file) that the next open() loads with
    /// the film; empty for none.
    void setSubtitleFile(const QString &path);
    /// Shows or hides the loaded subtitles.
    void setSubtitlesVisible(bool visible);
    /// Leaves the film: pauses and forgets the segment.
    void stop();

    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    /// The open film's frames per second (as given to open(), else the file's).
    double fps() const { return m_fps; }
    bool paused() const { return m_paused; }
    qint64 halfFrameMs() const;

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void pausedChanged(bool paused);
    void stopReached(int token);
    void ended(int token);
    void errorOccurred(const QString &message);
    void loaded();

private:
    /// The properties observed from mpv, as their events name them.
    enum ObservedProperty : uint64_t { kObservePosition = 1, kObserveDuration, kObservePause, kObserveEof };
    enum class State { Closed, Loading, Seeking, Playing, Holding };
    void drainEvents();
    void handleEvent(const mpv_event &event);
    void setEnd(qint64 ms);
    void seekExact(qint64 ms);
    void setFlag(const char *name, bool value);
    void fail(const QString &message);
    void applyPending();
    void load(const QByteArray &file);

    Settings m_settings;
    mpv_handle *m_mpv = nullptr;
    std::unique_ptr<SoftwareSurface> m_surface;
    State m_state = State::Closed;
    bool m_open = false;
    bool m_holdAfterSeek = false;
    QString m_error;
    double m_fps = 25;
    qint64 m_position = -1;
    qint64 m_duration = -1;
    bool m_paused = true;
    int m_token = 0;
    qint64 m_segmentTo = -1;
    qint64 m_heldFrameMs = -1;  ///< the frame held paused (a stop, showFrameAt(), a seek while paused), or -1
    // A request made while the film is still loading, applied once it has loaded.
    enum class Pending { None, Segment, Frame } m_pending = Pending::None;
    qint64 m_pendingFrom = -1;
    bool m_surfaceReady = false;
    QByteArray m_waitingFile;  ///< opened before the surface was ready
    QByteArray m_subtitleFile;  ///< added to the film once it has loaded
};

}  // namespace stoppunkt
