// SPDX-License-Identifier: MIT
#include "media/filmplayer.h"

#include "media/mpvnames.h"
#include "media/softwaresurface.h"

#include <mpv/client.h>

#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>
#include <clocale>
#include <cmath>

namespace stoppunkt {

namespace {
QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 4);
}
}  // namespace

FilmPlayer::FilmPlayer(Settings settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    // mpv refuses to start unless numbers are formatted the C way.
    std::setlocale(LC_NUMERIC, "C");
    m_mpv = mpv_create();
    if (!m_mpv) {
        m_error = tr("The video library could not start.");
        return;
    }
    for (const auto &option : mpvname::kHardening)
        mpv_set_option_string(m_mpv, option[0], option[1]);
    mpv_set_option_string(m_mpv, mpvname::kKeepOpen, "yes");
    mpv_set_option_string(m_mpv, mpvname::kPause, "yes");
    mpv_set_option_string(m_mpv, mpvname::kVideoOutput, settings.output == Output::None ? "null" : "libmpv");
    if (!settings.audio) {
        mpv_set_option_string(m_mpv, mpvname::kAudio, "no");
        mpv_set_option_string(m_mpv, mpvname::kAudioOutput, "null");
    }
    mpv_set_option_string(m_mpv, mpvname::kSpeed, QByteArray::number(settings.speed).constData());
    // Subtitles for the back of the room and for hearing-impaired trainees: large, bold, on a dark box.
    for (const auto &option : mpvname::kSubtitleStyle)
        mpv_set_option_string(m_mpv, option[0], option[1]);
    if (mpv_initialize(m_mpv) < 0) {
        mpv_terminate_destroy(m_mpv);
        m_mpv = nullptr;
        m_error = tr("The video library could not start.");
        return;
    }
    mpv_observe_property(m_mpv, kObservePosition, mpvname::kTimePos, MPV_FORMAT_DOUBLE);
    mpv_observe_property(m_mpv, kObserveDuration, mpvname::kDuration, MPV_FORMAT_DOUBLE);
    mpv_observe_property(m_mpv, kObservePause, mpvname::kPause, MPV_FORMAT_FLAG);
    mpv_observe_property(m_mpv, kObserveEof, mpvname::kEofReached, MPV_FORMAT_FLAG);
    mpv_set_wakeup_callback(
        m_mpv,
        [](void *self) { QMetaObject::invokeMethod(static_cast<FilmPlayer *>(self), &FilmPlayer::drainEvents, Qt::QueuedConnection); },
        this);
    if (settings.output == Output::Software)
        m_surface = std::make_unique<SoftwareSurface>(m_mpv);
    m_surfaceReady = settings.output != Output::OpenGL;
}

void FilmPlayer::setSurfaceReady(bool ready)
{
    m_surfaceReady = ready;
    if (ready && !m_waitingFile.isEmpty())
        load(std::exchange(m_waitingFile, {}));
}

void FilmPlayer::surfaceFailed()
{
    m_waitingFile.clear();
    fail(tr("The film cannot be shown: the projector's OpenGL video surface did not start."));
}

void FilmPlayer::load(const QByteArray &file)
{
    if (!m_surfaceReady) {
        m_waitingFile = file;
        return;
    }
    const char *command[] = {"loadfile", file.constData(), nullptr};
    mpv_command_async(m_mpv, 0, command);
}

void FilmPlayer::unload()
{
    // Freeing a render context waits for the core to take the video chain down; while a film played (fast, on a
    // busy machine) the core did not always get to it, and quitting hung. Stopped first, no video chain is left.
    if (!m_mpv)
        return;
    const char *stop[] = {"stop", nullptr};
    mpv_command(m_mpv, stop);
}

FilmPlayer::~FilmPlayer()
{
    if (!m_mpv)
        return;
    // The order matters: playback stops, the render context goes, then the callbacks, then the core.
    unload();
    m_surface.reset();
    mpv_set_wakeup_callback(m_mpv, nullptr, nullptr);
    mpv_terminate_destroy(m_mpv);
}

qint64 FilmPlayer::halfFrameMs() const
{
    return qint64(500.0 / m_fps);
}

bool FilmPlayer::open(const QString &path, double fps)
{
    m_heldFrameMs = -1;
    if (!m_mpv) {
        emit errorOccurred(m_error);
        return false;
    }
    const QFileInfo info(path);
    if (path.contains(QLatin1String("://")) || !info.isAbsolute() || !info.isFile()
        || info.canonicalFilePath() != QFileInfo(path).absoluteFilePath()) {
        fail(tr("%1 is not a film file (it must be an existing file, named by its full path)").arg(path));
        return false;
    }
    // The player stands alone: it keeps a frame rate it can divide by, whatever it is given.
    if (fps >= 1.0 && fps <= 240.0)
        m_fps = fps;
    m_open = false;
    m_error.clear();
    m_state = State::Loading;
    load(info.canonicalFilePath().toUtf8());
    return true;
}

void FilmPlayer::fail(const QString &message)
{
    m_open = false;
    m_state = State::Closed;
    m_error = message;
    emit errorOccurred(message);
}

void FilmPlayer::setFlag(const char *name, bool value)
{
    int flag = value ? 1 : 0;
    mpv_set_property_async(m_mpv, 0, name, MPV_FORMAT_FLAG, &flag);
}

void FilmPlayer::setEnd(qint64 ms)
{
    // Asynchronous, like everything the player asks of mpv on the UI thread: a synchronous set waits for
    // the core, which can be busy decoding (measured: 128 ms between Next and the film moving). mpv runs
    // async requests in order, so the end is in place before the seek that follows.
    const QByteArray end = ms < 0 ? QByteArray("none") : seconds(ms + halfFrameMs()).toLatin1();
    const char *value = end.constData();
    mpv_set_property_async(m_mpv, 0, mpvname::kEnd, MPV_FORMAT_STRING, &value);
}

void FilmPlayer::seekExact(qint64 ms)
{
    const QByteArray target = seconds(std::max<qint64>(0, ms)).toLatin1();
    const char *command[] = {"seek", target.constData(), "absolute+exact", nullptr};
    m_state = State::Seeking;
    mpv_command_async(m_mpv, 0, command);
}

void FilmPlayer::playSegment(qint64 fromMs, qint64 toMs, int token)
{
    m_token = token;
    m_segmentTo = toMs;
    if (m_state == State::Loading || !m_open) {
        m_pending = Pending::Segment;
        m_pendingFrom = fromMs;
        return;
    }
    setEnd(toMs);
    m_holdAfterSeek = false;
    m_heldFrameMs = -1;
    seekExact(fromMs < 0 ? 0 : fromMs);
    setFlag(mpvname::kPause, false);
}

void FilmPlayer::showFrameAt(qint64 ms)
{
    m_segmentTo = ms;
    m_heldFrameMs = ms;
    if (m_state == State::Loading || !m_open) {
        m_pending = Pending::Frame;
        m_pendingFrom = ms;
        return;
    }
    setFlag(mpvname::kPause, true);
    // An exact seek paused shows the first frame at or after its target: a quarter frame before the frame's
    // start finds exactly that frame, and paused, no later one follows. No `end` here: mpv stops reading
    // packets at `end`, so a frame stored after a later one (a B-frame) would never be decoded and the frame
    // before it would show instead (frame 1252 of the demo film showed 1251).
    setEnd(-1);
    m_holdAfterSeek = true;
    seekExact(std::max<qint64>(0, ms - halfFrameMs() / 2));
}

void FilmPlayer::applyPending()
{
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Segment)
        playSegment(m_pendingFrom, m_segmentTo, m_token);
    else if (pending == Pending::Frame)
        showFrameAt(m_pendingFrom);
}

void FilmPlayer::pause()
{
    if (m_mpv)
        setFlag(mpvname::kPause, true);
}
void FilmPlayer::resume()
{
    if (m_mpv && m_state == State::Playing)
        setFlag(mpvname::kPause, false);
}
void FilmPlayer::togglePause()
{
    m_paused ? resume() : pause();
}

void FilmPlayer::seekBy(qint64 ms)
{
    if (!m_open || m_position < 0)
        return;
    const bool wasPlaying = m_state == State::Playing && !m_paused;
    // From the start of the frame shown: 10 s back from a frame is exactly 250 frames back at 25 fps. A held
    // frame (a stop, or one shown by showFrameAt()) is known exactly, while mpv's position may still be a seek's
    // target or the frame before a re-shown stop; playing, the position is the frame's own time.
    const qint64 frameStart =
        m_heldFrameMs >= 0 ? m_heldFrameMs : qint64(std::floor(std::floor(double(m_position) * m_fps / 1000.0 + 1e-6) * 1000.0 / m_fps));
    const qint64 target = std::max<qint64>(0, frameStart + ms);
    m_heldFrameMs = wasPlaying ? -1 : target;
    // As showFrameAt() does: a quarter frame before the frame's start finds exactly that frame.
    seekExact(std::max<qint64>(0, target - halfFrameMs() / 2));
    if (wasPlaying)
        setFlag(mpvname::kPause, false);
}

void FilmPlayer::setVolume(int percent)
{
    if (!m_mpv)
        return;
    double volume = std::clamp(percent, 0, 130);
    mpv_set_property_async(m_mpv, 0, mpvname::kVolume, MPV_FORMAT_DOUBLE, &volume);
}

void FilmPlayer::setSubtitleFile(const QString &path)
{
    // The same rule as for films: a canonical path to an existing regular file, never a URL.
    const QFileInfo info(path);
    m_subtitleFile = !path.isEmpty() && info.isAbsolute() && info.isFile() && info.canonicalFilePath() == info.absoluteFilePath()
                         ? info.canonicalFilePath().toUtf8()
                         : QByteArray();
}

void FilmPlayer::setSubtitlesVisible(bool visible)
{
    if (m_mpv)
        setFlag(mpvname::kSubtitleVisibility, visible);
}

void FilmPlayer::stop()
{
    m_pending = Pending::None;
    m_heldFrameMs = -1;
    ++m_token;  // whatever the film still reports belongs to no segment
    if (m_mpv)
        setFlag(mpvname::kPause, true);
    if (m_state != State::Closed && m_state != State::Loading)
        m_state = State::Holding;
}

}  // namespace stoppunkt
