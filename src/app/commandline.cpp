// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "consolequestion.h"
#include "lessonpaths.h"

#include "clicommands.h"
#include "diagnostics.h"
#include "clitext.h"
#include "lessonproblems.h"
#include "options.h"
#include "presenter.h"
#include "reportcommand.h"
#include "stopframes.h"
#include "theme.h"
#include "uilanguage.h"
#include "uitranslator.h"
#include "walkthrough.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <clocale>
#include <cstdio>

namespace stoppunkt {

bool parseOptions(const QStringList &arguments, Options &options, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Stoppunkt presents a training lesson on two screens: "
                                        "the projector for the room, a private console for the facilitator."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption validate(QStringLiteral("validate"),
        CliText::tr("Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, "
           "2 on usage errors."));
    const QCommandLineOption inWindow(QStringLiteral("in-window"),
        CliText::tr("With --validate: show the result in a window instead of the terminal (the desktop menu's \"Check a lesson\")."));
    const QCommandLineOption outline(QStringLiteral("outline"),
        CliText::tr("Print one line per slide, with question options (* = right) and film segments, for review."));
    const QCommandLineOption walkthrough(QStringLiteral("walkthrough"),
        CliText::tr("Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and "
           "step-NNN-console.png into <dir>, then exit."), CliText::tr("dir"));
    const QCommandLineOption size(QStringLiteral("size"), CliText::tr("Window size for --walkthrough (default 1920x1080)."),
                                  CliText::tr("WxH"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
        CliText::tr("Rehearsal: both windows as normal windows, nothing full screen."));
    const QCommandLineOption projector(QStringLiteral("projector-screen"),
        CliText::tr("Put the projector window on the screen with this name."), CliText::tr("name"));
    const QCommandLineOption timing(QStringLiteral("timing"),
        CliText::tr("Print the time from start until both windows have painted the first slide."));
    const QCommandLineOption exitAfterPaint(QStringLiteral("exit-after-paint"),
        CliText::tr("Quit once both windows have painted (for benchmarks)."));
    const QCommandLineOption videoOutput(QStringLiteral("video-output"),
        CliText::tr("How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works)."),
        QStringLiteral("gl|sw|auto"), QStringLiteral("auto"));
    const QCommandLineOption stopFrames(QStringLiteral("stop-frames"),
        CliText::tr("Write the exact frame shown at each stop point as <dir>/stop-N.png at the film's size, then exit."),
        CliText::tr("dir"));
    const QCommandLineOption author(QStringLiteral("author"),
        CliText::tr("Author mode: M prints the film's position as a stop-point entry."));
    const QCommandLineOption resume(QStringLiteral("resume"),
        CliText::tr("Resume the interrupted session of this lesson without asking."));
    const QCommandLineOption report(QStringLiteral("report"),
        CliText::tr("Write the summary of a session record (SESSION.json) as a PDF; give the file with -o."), CliText::tr("session"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
        CliText::tr("The report's PDF file, or the lesson folder an import writes."), CliText::tr("file"));
    const QCommandLineOption script(QStringLiteral("script"),
        CliText::tr("Press these keys once the windows show, e.g. \"Right,Right,2\"; \"flipchart:TEXT\" adds a flip-chart "
           "entry; \"lesson:N\" opens the summary slide's Nth lesson, \"lesson:FILE\" any lesson (for automation)."), CliText::tr("keys"));
    const QCommandLineOption printState(QStringLiteral("print-state"),
        CliText::tr("Print the session's state as JSON once the windows show (for automation)."));
    const QCommandLineOption handout(QStringLiteral("handout"),
        CliText::tr("Write the facilitator's handout (two slides per page, with their notes) as a PDF, then exit."), CliText::tr("pdf"));
    const QCommandLineOption drawings(QStringLiteral("drawings"),
        CliText::tr("With --handout: print the strokes drawn in this session record (SESSION.json) on their slides."),
        CliText::tr("session"));
    const QCommandLineOption importDeck(QStringLiteral("import"),
        CliText::tr("Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, "
           "its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or "
           "an Impress .odp (pages drawn by LibreOffice)."), CliText::tr("deck"));
    const QCommandLineOption replace(QStringLiteral("replace"),
        CliText::tr("With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak)."));
    const QCommandLineOption watch(QStringLiteral("watch"),
        CliText::tr("Reload the lesson when its file changes, staying on the same slide (live preview)."));
    const QCommandLineOption roomAddress(QStringLiteral("room-address"),
        CliText::tr("The address the room's phones connect to when participation is on (Ctrl+J by default). Without it, "
           "this computer's address on the local network."), CliText::tr("address"));
    const QCommandLineOption uiLanguage(QStringLiteral("ui-language"),
        CliText::tr("The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the "
           "language last chosen in the console (key L), else the system's."), QStringLiteral("da|nb|sv|en"));
    for (const auto &o : {validate, inWindow, outline, walkthrough, stopFrames, report, handout, drawings, importDeck, replace, watch, output, size, windowed, projector,
                          videoOutput, author, resume, script, printState, timing, exitAfterPaint, uiLanguage, roomAddress})
        parser.addOption(o);
    parser.addPositionalArgument(CliText::tr("lesson"), CliText::tr("Lesson file(s) (lesson.json)."), CliText::tr("[lesson...]"));

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    // Parsed before any QCoreApplication exists, so the parser cannot know the program's name itself.
    options.inWindow = parser.isSet(inWindow);
    options.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("stoppunkt"));
    options.lessons = parser.positionalArguments();
    options.windowed = parser.isSet(windowed);
    options.uiLanguage = parser.value(uiLanguage);
    options.roomAddress = parser.value(roomAddress);
    if (parser.isSet(roomAddress) && QHostAddress(options.roomAddress).isNull()) {
        error = CliText::tr("--room-address takes an IP address, like 192.168.1.20");
        return false;
    }
    if (parser.isSet(uiLanguage) && !uiLanguages().contains(options.uiLanguage)) {
        error = CliText::tr("--ui-language takes da, nb, sv or en");
        return false;
    }
    options.projectorScreen = parser.value(projector);
    options.timing = parser.isSet(timing);
    options.exitAfterPaint = parser.isSet(exitAfterPaint);
    const int modes = int(parser.isSet(validate)) + int(parser.isSet(outline)) + int(parser.isSet(walkthrough))
                      + int(parser.isSet(stopFrames)) + int(parser.isSet(report)) + int(parser.isSet(handout))
                      + int(parser.isSet(importDeck));
    if (modes > 1) {
        error = CliText::tr("--validate, --outline, --walkthrough, --stop-frames, --report, --handout and --import cannot be combined");
        return false;
    }
    options.author = parser.isSet(author);
    options.resume = parser.isSet(resume);
    options.script = parser.value(script);
    options.printState = parser.isSet(printState);
    options.interactive = !options.exitAfterPaint && options.script.isEmpty() && !options.printState;
    options.reportOutput = parser.value(output);
    options.handoutOutput = parser.value(handout);
    options.handoutDrawings = parser.value(drawings);
    options.importDeck = parser.value(importDeck);
    options.replace = parser.isSet(replace);
    options.watch = parser.isSet(watch);
    const QString video = parser.value(videoOutput);
    if (video == QLatin1String("gl"))
        options.video = Options::Video::OpenGL;
    else if (video == QLatin1String("sw"))
        options.video = Options::Video::Software;
    else if (video != QLatin1String("auto")) {
        error = CliText::tr("--video-output takes gl, sw or auto");
        return false;
    }
    if (parser.isSet(help))
        options.mode = Options::Mode::Help;
    else if (parser.isSet(version))
        options.mode = Options::Mode::Version;
    else if (parser.isSet(validate))
        options.mode = Options::Mode::Validate;
    else if (parser.isSet(outline))
        options.mode = Options::Mode::Outline;
    else if (parser.isSet(walkthrough))
        options.mode = Options::Mode::Walkthrough;
    else if (parser.isSet(stopFrames))
        options.mode = Options::Mode::StopFrames;
    else if (parser.isSet(handout))
        options.mode = Options::Mode::Handout;
    else if (parser.isSet(importDeck))
        options.mode = Options::Mode::Import;
    else if (parser.isSet(report)) {
        options.mode = Options::Mode::Report;
        options.lessons = {parser.value(report)};
    }
    options.walkthroughDir = parser.value(walkthrough);
    options.stopFramesDir = parser.value(stopFrames);
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QRegularExpression::anchoredPattern(QStringLiteral("(\\d{2,5})x(\\d{2,5})"))).match(parser.value(size));
        if (!match.hasMatch()) {
            error = CliText::tr("--size takes WIDTHxHEIGHT, like 1920x1080");
            return false;
        }
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (options.mode == Options::Mode::Report && (options.reportOutput.isEmpty() || parser.positionalArguments().size() > 0))
        error = CliText::tr("--report SESSION.json needs -o report.pdf, and nothing else");
    else if (options.mode == Options::Mode::Import && (options.reportOutput.isEmpty() || !options.lessons.isEmpty()))
        error = CliText::tr("--import DECK needs -o FOLDER, the lesson folder to write, and nothing else");
    else if (parser.isSet(replace) && options.mode != Options::Mode::Import)
        error = CliText::tr("--replace goes with --import");
    else if (parser.isSet(drawings) && options.mode != Options::Mode::Handout)
        error = CliText::tr("--drawings SESSION.json goes with --handout");
    else if (options.mode == Options::Mode::Validate && options.lessons.isEmpty())
        error = CliText::tr("--validate needs at least one lesson file");
    else if ((options.mode == Options::Mode::Outline || options.mode == Options::Mode::Walkthrough
              || options.mode == Options::Mode::StopFrames || options.mode == Options::Mode::Handout)
             && options.lessons.size() != 1)
        error = CliText::tr("%1 takes exactly one lesson file")
                    .arg(options.mode == Options::Mode::Outline       ? QStringLiteral("--outline")
                         : options.mode == Options::Mode::Walkthrough ? QStringLiteral("--walkthrough")
                         : options.mode == Options::Mode::Handout     ? QStringLiteral("--handout")
                                                                      : QStringLiteral("--stop-frames"));
    else if (options.mode == Options::Mode::Present && options.lessons.size() > 1)
        error = CliText::tr("give one lesson to present");
    return error.isEmpty();
}

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
} // namespace

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
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (parsed && options.mode == Options::Mode::Validate && options.inWindow && display) {
        // From the desktop menu there is no terminal: the same report, in a window.
        QApplication app(argc, argv);
        UiTranslator translator;
        useStartLanguage(translator, arguments, options, error);
        QString text;
        QTextStream out(&text);
        const int code = validateLessons(options.lessons, out, out);
        out.flush();
        tellOnConsole(nullptr, code == ExitOk ? CliText::tr("The lesson is ready") : CliText::tr("The lesson has problems"), text.trimmed());
        return code;
    }
    if (!parsed || options.mode == Options::Mode::Validate || options.mode == Options::Mode::Outline
        || options.mode == Options::Mode::Import || options.mode == Options::Mode::Help || options.mode == Options::Mode::Version) {
        QCoreApplication app(argc, argv);
        UiTranslator translator;
        useStartLanguage(translator, arguments, options, error);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (!parsed) {
            err << "stoppunkt: " << error << '\n' << CliText::tr("Try 'stoppunkt --help' for more information.") << '\n';
            return ExitUsage;
        }
        switch (options.mode) {
        case Options::Mode::Help: out << options.helpText; return ExitOk;
        case Options::Mode::Version:
            out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return ExitOk;
        case Options::Mode::Validate: return validateLessons(options.lessons, out, err);
        case Options::Mode::Import: return importLesson(options, translator.language(), out, err);
        default: return outlineLesson(options.lessons.first(), out, err);
        }
    }

    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!platformChosen && !display) {
        if (options.mode == Options::Mode::Walkthrough || options.mode == Options::Mode::StopFrames
            || options.mode == Options::Mode::Report || options.mode == Options::Mode::Handout) {
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
    UiTranslator translator;
    useStartLanguage(translator, arguments, options, error);
    if (options.mode == Options::Mode::Walkthrough)
        return runWalkthrough(options);
    if (options.mode == Options::Mode::StopFrames)
        return runStopFrames(options);
    if (options.mode == Options::Mode::Report)
        return runReport(options);
    if (options.mode == Options::Mode::Handout)
        return runHandout(options);
    return runPresenter(options, sinceStart, translator);
}

} // namespace stoppunkt
