// SPDX-License-Identifier: MIT
#include "app/runpresenter.h"

#include "app/clicommands.h"
#include "app/clitext.h"
#include "app/lessonpaths.h"
#include "app/presenter.h"
#include "app/scriptdriver.h"
#include "lesson/lessonloader.h"
#include "ui/consolequestion.h"
#include "ui/lessonpicker.h"

#include <QApplication>
#include <QTextStream>

namespace stoppunkt {

int runPresenter(const Options &options, const QElapsedTimer &sinceStart, UiTranslator &translator)
{
    QString file = options.lessons.value(0);
    if (file.isEmpty()) {
        LessonPicker picker(lessonFolders());
        if (picker.exec() != QDialog::Accepted || picker.chosenFile().isEmpty())
            return ExitOk;
        file = picker.chosenFile();
    }
    QTextStream err(stderr);
    LoadResult result = loadAndReport(file, err);
    if (!result.ok()) {
        if (options.interactive)
            tellOnConsole(nullptr, CliText::tr("Stoppunkt"),
                          CliText::tr("The lesson %1 has errors and cannot be opened:\n\n%2")
                              .arg(file, QString::fromStdString(result.diagnostics.front().format())));
        return ExitLessonErrors;
    }
    Presenter presenter(std::move(*result.lesson), options);
    presenter.setUiTranslator(&translator);
    QObject::connect(&presenter, &Presenter::firstPainted, &presenter, [&] {
        if (options.timing)
            QTextStream(stdout) << "first paint of both windows: " << sinceStart.elapsed() << " ms after start\n";
        if (options.exitAfterPaint)
            QCoreApplication::quit();
    });
    presenter.show();
    if (!options.script.isEmpty())
        ScriptDriver::run(presenter, options.script);
    if (options.printState)
        ScriptDriver::printState(presenter);
    return QApplication::exec();
}

}  // namespace stoppunkt
