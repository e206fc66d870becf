// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "clicommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace stoppunkt {

int runCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stoppunkt"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stoppunkt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOPPUNKT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Stoppunkt presents a training lesson on two screens: "
                                            "the projector for the room, a private console for the facilitator."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption validateOption(
        QStringLiteral("validate"),
        QCoreApplication::translate("main", "Check the lesson files and print every problem. "
                                            "Exit 0 when all are valid, 1 on lesson errors, 2 on usage errors."));
    const QCommandLineOption outlineOption(
        QStringLiteral("outline"),
        QCoreApplication::translate("main", "Print one line per slide, with question options (* = right) "
                                            "and film segments, for review."));
    parser.addOption(validateOption);
    parser.addOption(outlineOption);
    parser.addPositionalArgument(QStringLiteral("lesson"),
                                 QCoreApplication::translate("main", "Lesson file(s) (lesson.json)."),
                                 QStringLiteral("[lesson...]"));

    auto usageError = [&](const QString &message) {
        err << "stoppunkt: " << message << '\n'
            << QCoreApplication::translate("main", "Try 'stoppunkt --help' for more information.") << '\n';
        return ExitUsage;
    };
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(validateOption) && parser.isSet(outlineOption))
        return usageError(QCoreApplication::translate("main", "--validate and --outline cannot be combined"));
    if (parser.isSet(validateOption)) {
        if (files.isEmpty())
            return usageError(QCoreApplication::translate("main", "--validate needs at least one lesson file"));
        return validateLessons(files, out, err);
    }
    if (parser.isSet(outlineOption)) {
        if (files.size() != 1)
            return usageError(QCoreApplication::translate("main", "--outline takes exactly one lesson file"));
        return outlineLesson(files.first(), out, err);
    }
    return usageError(QCoreApplication::translate("main", "the presenter windows are not built yet; "
                                                          "use --validate or --outline"));
}

} // namespace stoppunkt
