// SPDX-License-Identifier: MIT
#include "media/filmprobe.h"

#include "media/mpvnames.h"

#include <mpv/client.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <clocale>
#include <memory>

namespace stoppunkt {

namespace {
/// Containers that name other files instead of holding a film: mpv would follow them elsewhere.
constexpr const char *kReferenceFormats[] = {"hls", "concat", "edl", "mf", "playlist", "cue", "ffconcat"};

QString stringProperty(mpv_handle *mpv, const char *name)
{
    char *value = mpv_get_property_string(mpv, name);
    const QString out = value ? QString::fromUtf8(value) : QString();
    mpv_free(value);
    return out;
}
}  // namespace

FilmProbe::Result FilmProbe::probe(const QString &path, int timeoutMs)
{
    Result result;
    std::setlocale(LC_NUMERIC, "C");
    std::unique_ptr<mpv_handle, decltype(&mpv_terminate_destroy)> mpv(mpv_create(), &mpv_terminate_destroy);
    if (!mpv) {
        result.problem = tr("the video library could not start");
        return result;
    }
    for (const auto &option : mpvname::kHardening)
        mpv_set_option_string(mpv.get(), option[0], option[1]);
    for (const char *option : {"vo", "ao"})
        mpv_set_option_string(mpv.get(), option, "null");
    mpv_set_option_string(mpv.get(), mpvname::kAudio, "no");
    mpv_set_option_string(mpv.get(), mpvname::kPause, "yes");
    mpv_set_option_string(mpv.get(), "load-unsafe-playlists", "no");
    mpv_set_option_string(mpv.get(), "demuxer-lavf-probe-info", "yes");
    if (mpv_initialize(mpv.get()) < 0) {
        result.problem = tr("the video library could not start");
        return result;
    }
    const QByteArray file = path.toUtf8();
    const char *command[] = {"loadfile", file.constData(), nullptr};
    mpv_command(mpv.get(), command);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        const mpv_event *event = mpv_wait_event(mpv.get(), double(timeoutMs - waited.elapsed()) / 1000.0);
        if (event->event_id == MPV_EVENT_END_FILE) {
            const auto *end = static_cast<const mpv_event_end_file *>(event->data);
            result.problem = end->reason == MPV_END_FILE_REASON_REDIRECT
                                 ? tr("is a playlist or a reference to other files, not a video file")
                                 : tr("is not a video file that can be played (%1)").arg(QString::fromUtf8(mpv_error_string(end->error)));
            return result;
        }
        if (event->event_id != MPV_EVENT_FILE_LOADED)
            continue;
        result.format = stringProperty(mpv.get(), "file-format");
        for (const char *reference : kReferenceFormats)
            if (result.format == QLatin1String(reference)) {
                result.problem = tr("is a playlist or a reference to other files (%1), not a video file").arg(result.format);
                return result;
            }
        const QString video = stringProperty(mpv.get(), "current-tracks/video/image");
        if (stringProperty(mpv.get(), "vid") == QLatin1String("no") || video.isEmpty()) {
            result.problem = tr("has no video in it");
            return result;
        }
        if (video == QLatin1String("yes")) {
            result.problem = tr("is a picture, not a film");
            return result;
        }
        double seconds = -1;
        if (mpv_get_property(mpv.get(), mpvname::kDuration, MPV_FORMAT_DOUBLE, &seconds) >= 0 && seconds > 0)
            result.durationMs = qint64(seconds * 1000.0 + 0.5);
        result.playable = true;
        return result;
    }
    result.problem = tr("could not be read within %1 s").arg(timeoutMs / 1000);
    return result;
}

}  // namespace stoppunkt
