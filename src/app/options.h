// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace stoppunkt {

/// What the command line asked for, once parsed.
struct Options {
    enum class Mode { Present, Validate, Outline, Walkthrough, StopFrames, Report, Handout, Import, Help, Version };
    Mode mode = Mode::Present;
    QStringList lessons;
    bool windowed = false;
    QString projectorScreen;
    QString walkthroughDir;
    QSize size{1920, 1080};
    bool timing = false;
    bool exitAfterPaint = false;
    enum class Video { Auto, OpenGL, Software, None };
    Video video = Video::Auto;
    bool author = false;
    QString stopFramesDir;
    bool resume = false;
    QString reportOutput;
    QString handoutOutput;
    QString handoutDrawings;  ///< a session record whose strokes the handout prints (--drawings)
    QString importDeck;  ///< --import: the deck to bring in as a lesson folder (-o)
    bool replace = false;  ///< --replace: an import may overwrite a lesson.json that differs
    bool watch = false;
    QString script;  ///< keys to press once the windows show (automation and tests)
    bool printState = false;
    bool inWindow = false;  ///< --validate shows its result in a window (from the desktop menu)
    bool accessibility = false;  ///< --validate also checks what keeps some trainees out (--accessibility)
    bool record = true;  ///< off for the walkthrough
    /// A person is at the console to answer questions in dialogs (resume the interrupted session? the lesson
    /// has errors). The command line sets it for a normal start; automation and tests leave it off.
    bool interactive = false;
    // Not on the command line: the walkthrough and the window tests run without a film player, and the
    // film tests run it fast and silent.
    bool film = true;
    double filmSpeed = 1.0;
    bool filmAudio = true;
    QString helpText;
    QString roomAddress;  ///< --room-address: where the room's phones connect; empty for the local network's
    QString uiLanguage;  ///< --ui-language: da, nb, sv or en; empty for the remembered or system choice
};

/// Parses arguments (argv as strings); on a usage error returns false and sets `error`.
bool parseOptions(const QStringList &arguments, Options &options, QString &error);

}  // namespace stoppunkt
