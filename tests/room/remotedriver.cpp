// SPDX-License-Identifier: MIT
// The whole program's presenter with the seed lesson on Film #1, its room on 127.0.0.1 and the remote's
// pairing code shown, for the remote's browser test. It prints "port P url U record R", then reads commands
// from stdin, one per line, and answers each:
//   goto N       → "ok": the session on slide N (0-based), as the overview would jump
//   size W H     → "ok": both windows at W×H
//   state        → "state {json}": slide (0-based), phase, picks, blank
//   shot NAME    → writes OUT/NAME-projector.png and OUT/NAME-console.png; "painted [json]": the projector's words
//   quit
// The record is written under $XDG_DATA_HOME as in a real session. Test tooling, not part of the program.
#include "app/presenter.h"
#include "app/recordkeeper.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "paintedtext.h"
#include "session/session.h"
#include "translations/uitranslator.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSocketNotifier>

#include <iostream>
#include <string>
#include <unistd.h>

using namespace stoppunkt;

namespace {
QString phaseName(QuestionPhase phase)
{
    return phase == QuestionPhase::Discussing ? QStringLiteral("discussing")
           : phase == QuestionPhase::Revealed ? QStringLiteral("revealed")
                                              : QStringLiteral("none");
}

void print(const QString &word, const QJsonValue &value)
{
    const QByteArray json = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    std::cout << word.toStdString() << ' ' << json.toStdString() << std::endl;
}
}  // namespace

int main(int argc, char *argv[])
{
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: remotedriver OUT_DIR [UI_LANGUAGE]\n";
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" STOPPUNKT_TWO_SCREENS);  // a laptop and a projector
    QApplication app(argc, argv);
    UiTranslator uiLanguage;  // the console's language, and so the remote page's
    uiLanguage.use(argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en"));
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    if (!loaded.ok())
        return 1;
    Options options;
    options.film = false;  // no player: the film "plays" until Next skips it, as when its file is missing
    options.roomAddress = QStringLiteral("127.0.0.1");
    Presenter presenter(std::move(*loaded.lesson), options);
    presenter.show();
    presenter.console().resize(1280, 720);
    presenter.projector().resize(1280, 720);
    QApplication::processEvents();
    Session &session = presenter.session();
    session.goTo(10);  // Film #1: the film plays to its first stop
    presenter.dispatcher().trigger(Action::PairRemote);
    const ParticipationState &room = session.participation();
    if (room.pairingUrl.isEmpty())
        return 1;
    std::cout << "url " << room.pairingUrl.toStdString() << " record " << presenter.records()->path().toStdString() << std::endl;

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    std::string buffer;
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char chunk[256];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0)
            return QCoreApplication::quit();
        buffer.append(chunk, std::size_t(n));
        for (std::size_t end; (end = buffer.find('\n')) != std::string::npos; buffer.erase(0, end + 1)) {
            const QStringList words = QString::fromStdString(buffer.substr(0, end)).split(QLatin1Char(' '));
            const QString command = words.value(0);
            if (command == QLatin1String("state")) {
                QJsonArray picks;
                for (const int pick : session.picks())
                    picks.append(pick);
                print(QStringLiteral("state"),
                      QJsonObject{{"slide", session.slideIndex()},
                                  {"phase", phaseName(session.questionPhase())},
                                  {"picks", picks},
                                  {"blank", session.blank() != Blank::None},
                                  {"remote", session.participation().remotePaired},
                                  {"pointer", QJsonArray{session.audienceView().pointer.shown(), session.audienceView().pointer.x,
                                                         session.audienceView().pointer.y}}});
            } else if (command == QLatin1String("shot")) {
                QApplication::processEvents();
                presenter.projector().grab().save(out + QLatin1Char('/') + words.value(1) + QStringLiteral("-projector.png"));
                presenter.console().grab().save(out + QLatin1Char('/') + words.value(1) + QStringLiteral("-console.png"));
                // The words of the frame the projector shows (it may show it from an image drawn ahead).
                TextRecorder device(presenter.projector().size());
                QPainter painter(&device);
                SlideRenderer().render(painter, QRectF(QPointF(0, 0), QSizeF(device.width(), device.height())),
                                       presenter.projector().currentFrame());
                painter.end();
                print(QStringLiteral("painted"), QJsonArray::fromStringList(device.texts()));
            } else if (command == QLatin1String("size")) {
                presenter.console().resize(words.value(1).toInt(), words.value(2).toInt());
                presenter.projector().resize(words.value(1).toInt(), words.value(2).toInt());
                QApplication::processEvents();
                std::cout << "ok" << std::endl;
            } else if (command == QLatin1String("goto")) {
                session.goTo(words.value(1).toInt());
                std::cout << "ok" << std::endl;
            } else if (command == QLatin1String("quit")) {
                presenter.records()->finish();
                return QCoreApplication::quit();
            } else {
                std::cout << "error" << std::endl;
            }
        }
    });
    return QApplication::exec();
}
