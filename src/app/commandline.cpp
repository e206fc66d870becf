// SPDX-License-Identifier: MIT
#include "app/commandline.h"

#include "app/clicommands.h"
#include "app/clitext.h"
#include "app/commandmodes.h"
#include "app/diagnostics.h"
#include "app/lessonpaths.h"
#include "app/options.h"
#include "translations/lessonproblems.h"
#include "translations/uilanguage.h"
#include "translations/uitranslator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcessEnvironment>

#include <clocale>
#include <cstdio>

namespace stoppunkt {

namespace {
/// Installs the UI language the command line, the console's last choice or the locale asks for, then parses
/// the arguments again: the help text and any usage error come out in that language.
void useStartLanguage(UiTranslator &translator, const QStringList &arguments, Options &options, QString &error)
{
    // A usage error stops the parser before it reads --ui-language; the error is still told in that language.
    QString asked = options.uiLanguage;
    for (qsizetype i = 1; asked.isEmpty() && i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--ui-language"))
            asked = arguments.value(i + 1);
        else if (arguments[i].startsWith(QLatin1String("--ui-language=")))
            asked = arguments[i].section(QLatin1Char('='), 1);
    }
    translator.use(startUiLanguage(asked, QProcessEnvironment::systemEnvironment()));
    tellLessonProblemsInUiLanguage();
    const Options parsedBefore = options;
    error.clear();
    parseOptions(arguments, options, error);
    options.lessons = parsedBefore.lessons;  // as resolved before
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

/// The application object the mode needs here: --validate --in-window shows its result in a window when
/// there is a display to show it on.
ModeApplication applicationFor(const Options &options, bool parsed)
{
    if (!parsed)
        return ModeApplication::Terminal;
    if (options.mode == Options::Mode::Validate && options.inWindow && hasDisplay())
        return ModeApplication::Windows;
    if (options.mode == Options::Mode::Validate && options.accessibility)
        return ModeApplication::Images;  // the check draws every slide to measure its text
    return commandMode(options.mode).application;
}

/// Runs the mode once its application object exists: the UI language first, then the mode from the table.
int runMode(const QStringList &arguments, Options &options, QString &error, const QElapsedTimer &sinceStart)
{
    UiTranslator translator;
    useStartLanguage(translator, arguments, options, error);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!error.isEmpty()) {
        err << "stoppunkt: " << error << '\n' << CliText::tr("Try 'stoppunkt --help' for more information.") << '\n';
        return ExitUsage;
    }
    return commandMode(options.mode).run(ModeRun{options, translator, out, err, sinceStart});
}
}  // namespace

int runCommandLine(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setApplicationName(QStringLiteral("stoppunkt"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stoppunkt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STOPPUNKT_VERSION));
    useMessagePattern();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    Options options;
    QString error;
    const bool parsed = parseOptions(arguments, options, error);
    if (parsed && options.mode != Options::Mode::Report)
        for (QString &lesson : options.lessons)
            lesson = resolveLessonArgument(lesson);  // a file, a lesson's folder, or an installed lesson's name
    const ModeApplication application = applicationFor(options, parsed);
    if (application == ModeApplication::Terminal) {
        QCoreApplication app(argc, argv);
        return runMode(arguments, options, error, sinceStart);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !hasDisplay()) {
        if (application == ModeApplication::Images) {
            qputenv("QT_QPA_PLATFORM", "offscreen");  // these only draw into images
        } else {
            QTextStream(stderr) << "stoppunkt: "
                                << CliText::tr("there is no display to show the windows on (DISPLAY is not set). Start it in a "
                                               "desktop session, or use --walkthrough, --validate or --outline.")
                                << '\n';
            return ExitUsage;
        }
    }
    QApplication app(argc, argv);
    // libmpv needs C number formatting; Qt sets the locale from the environment.
    std::setlocale(LC_NUMERIC, "C");
    return runMode(arguments, options, error, sinceStart);
}

}  // namespace stoppunkt
