// SPDX-License-Identifier: MIT
// FilmPlayer's side of mpv's events: the position, the end of a segment, errors.
#include "media/filmplayer.h"

#include "media/mpvnames.h"
#include "media/softwaresurface.h"

#include <mpv/client.h>

#include <algorithm>
#include <clocale>
#include <cmath>

namespace stoppunkt {

void FilmPlayer::drainEvents()
{
    while (m_mpv) {
        mpv_event *event = mpv_wait_event(m_mpv, 0);
        if (event->event_id == MPV_EVENT_NONE)
            break;
        handleEvent(*event);
    }
}

void FilmPlayer::handleEvent(const mpv_event &event)
{
    switch (event.event_id) {
    case MPV_EVENT_FILE_LOADED:
        if (!m_subtitleFile.isEmpty()) {
            const char *command[] = {"sub-add", m_subtitleFile.constData(), "select", nullptr};
            mpv_command_async(m_mpv, 0, command);
        }
        m_open = true;
        m_state = State::Holding;
        emit loaded();
        applyPending();
        break;
    case MPV_EVENT_END_FILE: {
        const auto *end = static_cast<const mpv_event_end_file *>(event.data);
        if (end->reason == MPV_END_FILE_REASON_ERROR)
            fail(tr("The film cannot be played: %1").arg(QString::fromUtf8(mpv_error_string(end->error))));
        break;
    }
    case MPV_EVENT_PLAYBACK_RESTART:
        if (m_state == State::Seeking)
            m_state = m_holdAfterSeek ? State::Holding : State::Playing;
        break;
    case MPV_EVENT_PROPERTY_CHANGE: {
        const auto *property = static_cast<const mpv_event_property *>(event.data);
        if (property->format == MPV_FORMAT_NONE)
            break;
        if (event.reply_userdata == kObservePosition) {
            m_position = qint64(*static_cast<double *>(property->data) * 1000.0 + 0.5);
            emit positionChanged(m_position);
        } else if (event.reply_userdata == kObserveDuration) {
            m_duration = qint64(*static_cast<double *>(property->data) * 1000.0 + 0.5);
            emit durationChanged(m_duration);
        } else if (event.reply_userdata == kObservePause) {
            m_paused = *static_cast<int *>(property->data) != 0;
            emit pausedChanged(m_paused);
        } else if (event.reply_userdata == kObserveEof && *static_cast<int *>(property->data) && m_state == State::Playing) {
            m_state = State::Holding;
            if (m_segmentTo < 0) {
                emit ended(m_token);
            } else {
                const int token = m_token;
                const qint64 stop = m_segmentTo;
                m_heldFrameMs = stop;  // the frame the film stops on, shown once more below
                emit stopReached(m_token);
                // A frame the video output dropped while the machine was busy is not drawn again when the film
                // stops on it: show the stop's frame once more, exactly, so the surface holds the stop frame.
                // Unless whoever heard of the stop already asked for something else.
                if (m_state == State::Holding && m_token == token && m_segmentTo == stop)
                    showFrameAt(stop);
            }
        }
        break;
    }
    default: break;
    }
}

}  // namespace stoppunkt
