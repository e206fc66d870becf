// SPDX-License-Identifier: MIT
#include "app/scriptdriver.h"

#include "app/clitext.h"

#include "app/presenter.h"
#include "input/commanddispatcher.h"
#include "session/recordcodec.h"
#include "session/sessionview.h"

#include <QJsonDocument>
#include <QKeySequence>
#include <QTextStream>

namespace stoppunkt {

void ScriptDriver::run(Presenter &presenter, const QString &script)
{
    QTextStream err(stderr);
    for (const QString &item : script.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (item.startsWith(QLatin1String("flipchart:"))) {
            presenter.dispatcher().writeFlipchart(item.mid(10));
            continue;
        }
        if (item.startsWith(QLatin1String("draw:"))) {
            // The hand over the slide, as the mouse gives it: press, drag through the points, release.
            const QStringList numbers = item.mid(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            CommandDispatcher &hand = presenter.dispatcher();
            for (qsizetype i = 0; i + 1 < numbers.size(); i += 2) {
                const double u = numbers[i].toDouble(), v = numbers[i + 1].toDouble();
                if (i == 0 && !hand.pressAt(u, v))
                    err << "stoppunkt: --script: " << CliText::tr("\"%1\" draws nothing here").arg(item) << '\n';
                hand.dragTo(u, v);
            }
            hand.release();
            continue;
        }
        if (item.startsWith(QLatin1String("lesson:"))) {
            bool number = false;
            const int n = item.mid(7).toInt(&number);
            const QString file = number ? presenter.offeredLessons().value(n - 1) : item.mid(7);
            if (file.isEmpty() || !presenter.openLesson(file))
                err << "stoppunkt: --script: " << CliText::tr("cannot open lesson \"%1\"").arg(item.mid(7)) << '\n';
            continue;
        }
        const QKeySequence key = QKeySequence::fromString(item.trimmed(), QKeySequence::PortableText);
        if (key.isEmpty() || !presenter.dispatcher().handleKey(key[0]))
            err << "stoppunkt: --script: " << CliText::tr("\"%1\" is not a key here").arg(item) << '\n';
    }
}

void ScriptDriver::printState(Presenter &presenter)
{
    const QJsonDocument state(recordcodec::toJson(presenter.view().snapshot()));
    QTextStream(stdout) << state.toJson(QJsonDocument::Compact) << Qt::endl;
}

}  // namespace stoppunkt
