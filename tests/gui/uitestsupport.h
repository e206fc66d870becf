// SPDX-License-Identifier: MIT
#pragma once

#include "app/presenter.h"
#include "lesson/lessonloader.h"
#include "seedlesson.h"
#include "ui/sliderenderer.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScreen>
#include <qpa/qplatformnativeinterface.h>

#include <catch2/catch.hpp>

namespace stoppunkt::test {

/// The window tests run without a film player, so film reports cannot interleave with their steps;
/// tests/gui/ui_film_tests.cpp runs the presenter with the film.
inline Options noFilm()
{
    Options options;
    options.film = false;
    return options;
}

/// Author mode in windows, on a lesson the test may write: the film in software at 100 times speed, without
/// sound, and no session record.
inline Options authorMode()
{
    Options options;
    options.windowed = true;
    options.video = Options::Video::Software;
    options.filmSpeed = 100;
    options.filmAudio = false;
    options.author = true;
    options.record = false;
    return options;
}

/// Runs the stoppunkt program to its end and requires exit code 0; its error output is shown on failure.
inline void runStoppunkt(const QStringList &arguments)
{
    QProcess run;
    run.start(STOPPUNKT_EXE, arguments);
    REQUIRE(run.waitForFinished(120000));
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);
}

inline void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

inline QScreen *screenNamed(const QString &name)
{
    for (QScreen *s : QGuiApplication::screens())
        if (s->name() == name)
            return s;
    return nullptr;
}

/// Plugs screens in and out of the offscreen platform: `names` are the screens of two-screens.json to keep.
inline void setScreens(const QStringList &names)
{
    QFile file(STOPPUNKT_TWO_SCREENS);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray kept;
    for (const QJsonValue &screen : config[QStringLiteral("screens")].toArray())
        if (names.contains(screen[QStringLiteral("name")].toString()))
            kept.append(screen);
    config[QStringLiteral("screens")] = kept;
    QPlatformNativeInterface *native = QGuiApplication::platformNativeInterface();
    void *function = native->nativeResourceForIntegration("setConfiguration");
    REQUIRE(function != nullptr);
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    reinterpret_cast<SetConfiguration>(function)(config, native);
    settle();
}

/// The point (x, y) of the slide (0..1) drawn into `target`, letterboxed as the renderer draws it.
inline QPointF onSlide(const QRectF &target, double x, double y)
{
    const QRectF box = SlideRenderer::letterbox(target);
    return {box.left() + x * box.width(), box.top() + y * box.height()};
}

}  // namespace stoppunkt::test
