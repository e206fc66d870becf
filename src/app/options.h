// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace stoppunkt {

/// What the command line asked for, once parsed.
struct Options {
    enum class Mode { Present, Validate, Outline, Walkthrough, Help, Version };
    Mode mode = Mode::Present;
    QStringList lessons;
    bool windowed = false;
    QString projectorScreen;
    QString walkthroughDir;
    QSize size{1920, 1080};
    bool timing = false;
    bool exitAfterPaint = false;
    QString helpText;
};

/// Parses arguments (argv as strings); on a usage error returns false and sets `error`.
bool parseOptions(const QStringList &arguments, Options &options, QString &error);

} // namespace stoppunkt
