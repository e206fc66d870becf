// SPDX-License-Identifier: MIT
#include "app/options.h"

#include "app/clitext.h"
#include "app/commandmodes.h"
#include "translations/uilanguage.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QRegularExpression>

namespace stoppunkt {

namespace {
/// An option that takes no value.
void flag(QCommandLineParser &parser, const char *name, const QString &help)
{
    parser.addOption(QCommandLineOption(QLatin1String(name), help));
}

/// An option that takes a value, named `valueName` in the help.
void value(QCommandLineParser &parser, const char *name, const QString &help, const QString &valueName, const QString &byDefault = {})
{
    parser.addOption(QCommandLineOption(QLatin1String(name), help, valueName, byDefault));
}

/// The options that check, print or bring in a lesson, with their help lines: a flat table.
void addAuthorOptions(QCommandLineParser &parser)
{
    flag(parser, "validate",
         CliText::tr("Check the lesson files and print every problem. Exit 0 when all are valid, 1 on lesson errors, "
                     "2 on usage errors."));
    flag(parser, "in-window",
         CliText::tr("With --validate: show the result in a window instead of the terminal (the desktop menu's \"Check a lesson\")."));
    flag(parser, "accessibility",
         CliText::tr("With --validate: also warn about what keeps some trainees out: a page slide with no text alternative, a "
                     "film with no subtitles in the lesson's language, text drawn too small to read from the back of the room."));
    flag(parser, "outline", CliText::tr("Print one line per slide, with question options (* = right) and film segments, for review."));
    value(parser, "walkthrough",
          CliText::tr("Step through the lesson as a Next-only clicker would, writing step-NNN-projector.png and "
                      "step-NNN-console.png into <dir>, then exit."),
          CliText::tr("dir"));
    value(parser, "stop-frames",
          CliText::tr("Write the exact frame shown at each stop point as <dir>/stop-N.png at the film's size, then exit."),
          CliText::tr("dir"));
    value(parser, "report", CliText::tr("Write the summary of a session record (SESSION.json) as a PDF; give the file with -o."),
          CliText::tr("session"));
    value(parser, "handout", CliText::tr("Write the facilitator's handout (two slides per page, with their notes) as a PDF, then exit."),
          CliText::tr("pdf"));
    value(parser, "drawings", CliText::tr("With --handout: print the strokes drawn in this session record (SESSION.json) on their slides."),
          CliText::tr("session"));
    value(parser, "import",
          CliText::tr("Bring a deck in as a lesson: write the lesson folder given with -o, with one page slide per page, "
                      "its titles and its speaker notes. Takes a PDF (notes from a .pdfpc file beside it), a PowerPoint .pptx or "
                      "an Impress .odp (pages drawn by LibreOffice)."),
          CliText::tr("deck"));
    flag(parser, "replace",
         CliText::tr("With --import: overwrite a lesson.json that differs from the import (the old one is kept as lesson.json.bak)."));
}

/// Every option, with its help line: a flat table.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CliText::tr("Stoppunkt presents a training lesson on two screens: "
                                                 "the projector for the room, a private console for the facilitator."));
    parser.addHelpOption();
    parser.addVersionOption();
    addAuthorOptions(parser);
    flag(parser, "watch", CliText::tr("Reload the lesson when its file changes, staying on the same slide (live preview)."));
    parser.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                                        CliText::tr("The report's PDF file, or the lesson folder an import writes."), CliText::tr("file")));
    value(parser, "size", CliText::tr("Window size for --walkthrough (default 1920x1080)."), CliText::tr("WxH"));
    flag(parser, "windowed", CliText::tr("Rehearsal: both windows as normal windows, nothing full screen."));
    value(parser, "projector-screen", CliText::tr("Put the projector window on the screen with this name."), CliText::tr("name"));
    value(parser, "video-output",
          CliText::tr("How the projector draws the film: gl (OpenGL), sw (software) or auto (gl where OpenGL works)."),
          QStringLiteral("gl|sw|auto"), QStringLiteral("auto"));
    flag(parser, "author", CliText::tr("Author mode: M prints the film's position as a stop-point entry."));
    flag(parser, "resume", CliText::tr("Resume the interrupted session of this lesson without asking."));
    value(parser, "script",
          CliText::tr("Press these keys once the windows show, e.g. \"Right,Right,2\"; \"flipchart:TEXT\" adds a flip-chart "
                      "entry; \"lesson:N\" opens the summary slide's Nth lesson, \"lesson:FILE\" any lesson (for automation)."),
          CliText::tr("keys"));
    flag(parser, "print-state", CliText::tr("Print the session's state as JSON once the windows show (for automation)."));
    flag(parser, "timing", CliText::tr("Print the time from start until both windows have painted the first slide."));
    flag(parser, "exit-after-paint", CliText::tr("Quit once both windows have painted (for benchmarks)."));
    value(parser, "ui-language",
          CliText::tr("The language of the console, the dialogs and these messages: da, nb, sv or en. Without it, the "
                      "language last chosen in the console (key L), else the system's."),
          QStringLiteral("da|nb|sv|en"));
    value(parser, "room-address",
          CliText::tr("The address the room's phones connect to when participation is on (Ctrl+J by default). Without it, "
                      "this computer's address on the local network."),
          CliText::tr("address"));
    parser.addPositionalArgument(CliText::tr("lesson"), CliText::tr("Lesson file(s) (lesson.json)."), CliText::tr("[lesson...]"));
}

/// The mode whose option is set, from the table; an error when two exclusive ones are.
bool readMode(const QCommandLineParser &parser, Options &options, QString &error)
{
    QStringList exclusive;
    QStringList chosen;
    bool found = false;
    for (const CommandMode &m : commandModes()) {
        const QString option = QStringLiteral("--") + m.option;
        if (m.exclusive)
            exclusive << option;
        if (m.option.isEmpty() || !parser.isSet(m.option))
            continue;
        if (m.exclusive)
            chosen << option;
        if (!found)
            options.mode = m.mode;
        found = true;
    }
    if (chosen.size() > 1) {
        const QString last = exclusive.takeLast();
        error = CliText::tr("%1 and %2 cannot be combined").arg(exclusive.join(QStringLiteral(", ")), last);
        return false;
    }
    return true;
}

/// The options that take a value with a form of its own.
bool readValues(const QCommandLineParser &parser, Options &options, QString &error)
{
    options.uiLanguage = parser.value(QStringLiteral("ui-language"));
    options.roomAddress = parser.value(QStringLiteral("room-address"));
    const QString video = parser.value(QStringLiteral("video-output"));
    if (video == QLatin1String("gl"))
        options.video = Options::Video::OpenGL;
    else if (video == QLatin1String("sw"))
        options.video = Options::Video::Software;
    if (parser.isSet(QStringLiteral("room-address")) && QHostAddress(options.roomAddress).isNull())
        error = CliText::tr("--room-address takes an IP address, like 192.168.1.20");
    else if (parser.isSet(QStringLiteral("ui-language")) && !uiLanguages().contains(options.uiLanguage))
        error = CliText::tr("--ui-language takes da, nb, sv or en");
    else if (video != QLatin1String("gl") && video != QLatin1String("sw") && video != QLatin1String("auto"))
        error = CliText::tr("--video-output takes gl, sw or auto");
    if (!error.isEmpty() || !parser.isSet(QStringLiteral("size")))
        return error.isEmpty();
    const auto match = QRegularExpression(QRegularExpression::anchoredPattern(QStringLiteral("(\\d{2,5})x(\\d{2,5})")))
                           .match(parser.value(QStringLiteral("size")));
    if (!match.hasMatch()) {
        error = CliText::tr("--size takes WIDTHxHEIGHT, like 1920x1080");
        return false;
    }
    options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    return true;
}

/// What the chosen mode is missing, or was given too much of; empty when nothing.
QString modeArgumentsError(const QCommandLineParser &parser, const Options &options)
{
    const CommandMode &mode = commandMode(options.mode);
    const QString option = QStringLiteral("--") + mode.option;
    if (options.mode == Options::Mode::Report && (options.reportOutput.isEmpty() || !parser.positionalArguments().isEmpty()))
        return CliText::tr("--report SESSION.json needs -o report.pdf, and nothing else");
    if (options.mode == Options::Mode::Import && (options.reportOutput.isEmpty() || !options.lessons.isEmpty()))
        return CliText::tr("--import DECK needs -o FOLDER, the lesson folder to write, and nothing else");
    if (parser.isSet(QStringLiteral("replace")) && options.mode != Options::Mode::Import)
        return CliText::tr("--replace goes with --import");
    if (parser.isSet(QStringLiteral("drawings")) && options.mode != Options::Mode::Handout)
        return CliText::tr("--drawings SESSION.json goes with --handout");
    switch (mode.lessons) {
    case ModeLessons::AtLeastOne:
        return options.lessons.isEmpty() ? CliText::tr("%1 needs at least one lesson file").arg(option) : QString();
    case ModeLessons::One: return options.lessons.size() != 1 ? CliText::tr("%1 takes exactly one lesson file").arg(option) : QString();
    case ModeLessons::AtMostOne: return options.lessons.size() > 1 ? CliText::tr("give one lesson to present") : QString();
    case ModeLessons::None: return {};
    }
    return {};
}
}  // namespace

bool parseOptions(const QStringList &arguments, Options &options, QString &error)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    // Parsed before any QCoreApplication exists, so the parser cannot know the program's name itself.
    options.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("stoppunkt"));
    options.lessons = parser.positionalArguments();
    if (!readValues(parser, options, error) || !readMode(parser, options, error))
        return false;
    const auto isSet = [&](const char *name) { return parser.isSet(QLatin1String(name)); };
    const auto valueOf = [&](const char *name) { return parser.value(QLatin1String(name)); };
    options.inWindow = isSet("in-window");
    options.accessibility = isSet("accessibility");
    options.windowed = isSet("windowed");
    options.projectorScreen = valueOf("projector-screen");
    options.timing = isSet("timing");
    options.exitAfterPaint = isSet("exit-after-paint");
    options.author = isSet("author");
    options.resume = isSet("resume");
    options.script = valueOf("script");
    options.printState = isSet("print-state");
    options.interactive = !options.exitAfterPaint && options.script.isEmpty() && !options.printState;
    options.reportOutput = valueOf("output");
    options.handoutOutput = valueOf("handout");
    options.handoutDrawings = valueOf("drawings");
    options.importDeck = valueOf("import");
    options.replace = isSet("replace");
    options.watch = isSet("watch");
    options.walkthroughDir = valueOf("walkthrough");
    options.stopFramesDir = valueOf("stop-frames");
    if (options.mode == Options::Mode::Report)
        options.lessons = {valueOf("report")};
    error = modeArgumentsError(parser, options);
    return error.isEmpty();
}

}  // namespace stoppunkt
