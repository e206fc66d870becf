// SPDX-License-Identifier: MIT
// One Catch2 main for every test binary: a QCoreApplication first, so Qt objects work in tests, speaking
// English as the program does (its plural forms come from the English translation).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations/lessonproblems.h"
#include "translations/uitranslator.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    stoppunkt::UiTranslator english;
    english.use(QStringLiteral("en"));
    stoppunkt::tellLessonProblemsInUiLanguage();
    return Catch::Session().run(argc, argv);
}
