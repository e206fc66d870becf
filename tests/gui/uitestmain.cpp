// SPDX-License-Identifier: MIT
// The GUI tests' main: Qt's offscreen platform with two named screens ("laptop" and "projector"), and a
// private settings folder, so the tests need no display and leave nothing behind.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations/lessonproblems.h"
#include "translations/uitranslator.h"
#include "ui/theme.h"

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" STOPPUNKT_TWO_SCREENS);
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    stoppunkt::UiTranslator english;  // as the program speaks by default
    english.use(QStringLiteral("en"));
    stoppunkt::tellLessonProblemsInUiLanguage();
    QCoreApplication::setOrganizationName(QStringLiteral("StoppunktTests"));
    QCoreApplication::setApplicationName(QStringLiteral("stoppunkt-tests"));
    return Catch::Session().run(argc, argv);
}
