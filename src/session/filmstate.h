// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

namespace stoppunkt {

/// The film as the session knows it: where the current slide's segment is (its phase), how many times a
/// segment started (its run, so late reports of the player are ignored), what the player reports, and
/// whether the subtitles are on. Which phase follows which is the session's rule.
class FilmState {
public:
    FilmPhase phase() const { return m_phase; }
    int run() const { return m_run; }
    const FilmStatus &status() const { return m_status; }
    bool subtitlesShown() const { return m_subtitlesShown; }
    /// A report of the player for `run` counts: that run is the one playing.
    bool playing(int run) const { return run == m_run && m_phase == FilmPhase::Playing; }

    /// A segment starts (again): it plays, in a new run.
    void start();
    /// The segment waits for Next (Idle), waits at its stop, or ended; a Playing phase starts a new run.
    void setPhase(FilmPhase phase);
    /// The player's problem (empty: it can play); false when it is the same.
    bool setProblem(const QString &problem);
    /// Where the player is; false when nothing moved.
    bool setProgress(bool loaded, bool paused, qint64 positionMs, qint64 durationMs);
    /// The player is another one now (another lesson's films): nothing it said still holds.
    void forgetStatus() { m_status = {}; }
    void toggleSubtitles() { m_subtitlesShown = !m_subtitlesShown; }
    void setSubtitlesShown(bool shown) { m_subtitlesShown = shown; }

private:
    FilmPhase m_phase = FilmPhase::Idle;
    int m_run = 0;
    FilmStatus m_status;
    bool m_subtitlesShown = false;
};

}  // namespace stoppunkt
