// SPDX-License-Identifier: MIT
// A room server on 127.0.0.1 with the seed lesson, for the browser test: it prints "port P code C secret S", then
// reads commands from stdin, one per line, and answers each with "ok" (or "error ..."):
//   goto N (0-based slide) · skipfilm · open · close · pick N · reveal · state · quit
// Suggestions from phones are printed as "suggestion NICKNAME|TEXT". Test tooling, not part of the program.
#include "lesson/lessonloader.h"
#include "room/server/phonechannel.h"
#include "room/server/roomserver.h"
#include "session/session.h"
#include "translations/lessonproblems.h"
#include "translations/uitranslator.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace stoppunkt;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    UiTranslator english;
    english.use(QStringLiteral("en"));
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    if (!loaded.ok())
        return 1;
    Session session(std::move(*loaded.lesson));
    RoomServer server(session);
    if (!server.start(QHostAddress::LocalHost))
        return 1;
    QObject::connect(&server.phones(), &PhoneChannel::suggestionReceived, [](const QString &nickname, const QString &text) {
        std::cout << "suggestion " << nickname.toStdString() << '|' << text.toStdString() << std::endl;
    });
    std::cout << "port " << server.port() << " code " << server.phones().roomCode().toStdString() << " secret "
              << server.phones().joinSecret().toStdString() << std::endl;

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
            const int number = words.value(1).toInt();
            bool ok = true;
            if (command == QLatin1String("goto"))
                session.goTo(number);
            else if (command == QLatin1String("skipfilm"))
                session.skipFilm();
            else if (command == QLatin1String("open"))
                ok = server.phones().openVote();
            else if (command == QLatin1String("close"))
                server.phones().closeVote();
            else if (command == QLatin1String("pick"))
                ok = session.pick(number);
            else if (command == QLatin1String("reveal"))
                session.reveal();
            else if (command == QLatin1String("state")) {
                const QString key = QString::fromStdString(session.lesson().slideKey(session.slideIndex()));
                std::cout << "joined " << server.phones().ballot().joined() << " voters " << server.phones().ballot().voters(key)
                          << std::endl;
            } else if (command == QLatin1String("quit"))
                return QCoreApplication::quit();
            else
                ok = false;
            std::cout << (ok ? "ok" : "error") << std::endl;
        }
    });
    return QCoreApplication::exec();
}
