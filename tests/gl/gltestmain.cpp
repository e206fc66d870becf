// SPDX-License-Identifier: MIT
// The OpenGL tests' main: they need a real display with OpenGL, so CTest runs them under xvfb-run
// (Mesa's llvmpipe); they cannot run on the offscreen platform, where QOpenGLWidget does not work.
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
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    stoppunkt::UiTranslator english;  // as the program speaks by default
    english.use(QStringLiteral("en"));
    stoppunkt::tellLessonProblemsInUiLanguage();
    QCoreApplication::setOrganizationName(QStringLiteral("StoppunktTests"));
    return Catch::Session().run(argc, argv);
}
