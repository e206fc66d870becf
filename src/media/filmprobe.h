// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace stoppunkt {

/// Looks inside a film file with libmpv, without showing it: is it a video that plays on its own (not a
/// playlist, a reference file or a picture), and how long does it run. Used by --validate.
class FilmProbe {
    Q_DECLARE_TR_FUNCTIONS(FilmProbe)

public:
    struct Result {
        bool playable = false;
        QString problem;  ///< why not, when not playable
        qint64 durationMs = -1;
        QString format;  ///< the container, as mpv names it ("mov,mp4,m4a,3gp,3g2,mj2")
    };

    /// `path` must be a canonical path to a regular file (the loader's containment rule has passed).
    static Result probe(const QString &path, int timeoutMs = 10000);
};

}  // namespace stoppunkt
