// SPDX-License-Identifier: MIT
#include "app/commandmodes.h"

#include "app/clicommands.h"
#include "app/reportcommand.h"
#include "app/runpresenter.h"
#include "app/stopframes.h"
#include "app/walkthrough.h"
#include "translations/uitranslator.h"

#include <QApplication>

namespace stoppunkt {

namespace {
int printHelp(const ModeRun &r)
{
    r.out << r.options.helpText;
    return ExitOk;
}

int printVersion(const ModeRun &r)
{
    r.out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
    return ExitOk;
}

int validate(const ModeRun &r)
{
    if (r.options.inWindow && qobject_cast<QApplication *>(QCoreApplication::instance()))
        return validateLessonsInWindow(r.options.lessons, r.options.accessibility);
    return validateLessons(r.options.lessons, r.out, r.err, r.options.accessibility);
}

int outline(const ModeRun &r)
{
    return outlineLesson(r.options.lessons.first(), r.out, r.err);
}
int import(const ModeRun &r)
{
    return importLesson(r.options, r.translator.language(), r.out, r.err);
}
int walkthrough(const ModeRun &r)
{
    return runWalkthrough(r.options);
}
int stopFrames(const ModeRun &r)
{
    return runStopFrames(r.options);
}
int report(const ModeRun &r)
{
    return runReport(r.options);
}
int handout(const ModeRun &r)
{
    return runHandout(r.options);
}
int present(const ModeRun &r)
{
    return runPresenter(r.options, r.sinceStart, r.translator);
}
}  // namespace

const std::vector<CommandMode> &commandModes()
{
    using M = Options::Mode;
    using L = ModeLessons;
    using A = ModeApplication;
    static const std::vector<CommandMode> table{
        {M::Help, QLatin1String("help"), false, L::None, A::Terminal, printHelp},
        {M::Version, QLatin1String("version"), false, L::None, A::Terminal, printVersion},
        {M::Validate, QLatin1String("validate"), true, L::AtLeastOne, A::Terminal, validate},
        {M::Outline, QLatin1String("outline"), true, L::One, A::Terminal, outline},
        {M::Walkthrough, QLatin1String("walkthrough"), true, L::One, A::Images, walkthrough},
        {M::StopFrames, QLatin1String("stop-frames"), true, L::One, A::Images, stopFrames},
        {M::Report, QLatin1String("report"), true, L::None, A::Images, report},
        {M::Handout, QLatin1String("handout"), true, L::One, A::Images, handout},
        {M::Import, QLatin1String("import"), true, L::None, A::Terminal, import},
        {M::Present, QLatin1String(), false, L::AtMostOne, A::Windows, present},
    };
    return table;
}

const CommandMode &commandMode(Options::Mode mode)
{
    for (const CommandMode &m : commandModes())
        if (m.mode == mode)
            return m;
    return commandModes().back();
}

}  // namespace stoppunkt
