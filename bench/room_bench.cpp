// SPDX-License-Identifier: MIT
// The room under load, on 127.0.0.1: the presenter at Film #1's question with the room open and the vote
// open, while bench/room_phones.py plays N phones that join and vote within 2 s. Measures, on the
// presenter's side: votes lost; the time from a phone sending its vote to the console painting a tally
// that counts it (p50, p99); the console's paint time meanwhile; and a key (B, black and back) to both
// windows painted, pressed every 100 ms during the load. Memory at the start and the end. While the phones
// are held (the soak), the presenter moves to the next question every 30 s and opens its vote, and each
// closed vote must count every phone that joined.
// Usage: bench_room [N=200] [hold seconds=0]   (QT_QPA_PLATFORM=offscreen)
#include "app/presenter.h"
#include "app/roomsync.h"
#include "benchpresenter.h"
#include "benchsupport.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "room/server/roomserver.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace stoppunkt;
using namespace stoppunkt::bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int phones = argc > 1 ? std::atoi(argv[1]) : 200;
    const double hold = argc > 2 ? std::atof(argv[2]) : 0;
    const auto presenter = seedPresenter(QSize(1920, 1080), QSize(1920, 1080));
    if (!presenter)
        return 1;
    Presenter &p = *presenter;
    Session &s = p.session();
    s.goTo(10);
    s.skipFilm();
    p.dispatcher().trigger(Action::Participation);
    p.dispatcher().trigger(Action::Vote);
    if (!p.room().server() || !s.participation().voteOpen)
        return 1;
    const long startKb = residentKb();

    // Every console paint: when it ended and how many votes its tally counted.
    PaintWatch console, projector;
    std::vector<std::pair<qint64, int>> tallies;
    console.painted = [&] { tallies.emplace_back(nowNs(), s.participation().voters); };
    p.console().installEventFilter(&console);
    p.projector().installEventFilter(&projector);

    // A key during the load: B (black) and back, each timed to both windows painted.
    std::vector<double> keyMs;
    qint64 keyAt = 0;
    bool consoleDone = false, projectorDone = false;
    auto checkKey = [&] {
        if (keyAt && consoleDone && projectorDone) {
            keyMs.push_back(double(nowNs() - keyAt) / 1e6);
            keyAt = 0;
        }
    };
    auto consolePainted = console.painted;
    console.painted = [&] {
        consolePainted();
        consoleDone = true;
        checkKey();
    };
    projector.painted = [&] {
        projectorDone = true;
        checkKey();
    };
    QTimer keys;
    keys.setInterval(100);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (keyAt)
            return;
        consoleDone = projectorDone = false;
        keyAt = nowNs();
        p.dispatcher().trigger(Action::BlackScreen);
    });

    QProcess phonesProcess;
    std::vector<qint64> sent;
    QString done;
    QObject::connect(&phonesProcess, &QProcess::readyReadStandardOutput, [&] {
        while (phonesProcess.canReadLine()) {
            const QByteArray line = phonesProcess.readLine().trimmed();
            if (line.startsWith("sent "))
                sent.push_back(line.mid(5).toLongLong());
            else if (line.startsWith("done"))
                done = QString::fromUtf8(line);
        }
    });
    QObject::connect(&phonesProcess, &QProcess::finished, &app, &QApplication::quit);
    phonesProcess.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    phonesProcess.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(STOPPUNKT_BENCH_DIR "/room_phones.py"), QString::number(p.room().server()->port()),
                         s.participation().roomCode, QString::fromStdString(s.lesson().slideKey(10)), QString::number(phones),
                         QStringLiteral("2"), QString::number(hold)});
    // The soak: a vote at every question, one question after another, each counted whole when it closes.
    std::vector<int> questions;
    for (int i = 0; i < s.slideCount(); ++i)
        if (s.lesson().slides[std::size_t(i)].isQuestion() && i != 10)
            questions.push_back(i);
    std::vector<std::pair<int, int>> soakVotes;  // voters, joined, per closed vote
    std::size_t nextQuestion = 0;
    QTimer soak;
    soak.setInterval(30'000);
    QObject::connect(&soak, &QTimer::timeout, [&] {
        if (s.blank() != Blank::None)
            s.toggleBlank(Blank::Black);
        if (s.participation().voteOpen)
            p.dispatcher().trigger(Action::Vote);
        soakVotes.emplace_back(s.participation().voters, s.participation().joined);
        s.goTo(questions[nextQuestion++ % questions.size()]);
        s.skipFilm();
        p.dispatcher().trigger(Action::Vote);
    });
    if (hold > 0)
        soak.start();
    keys.start();
    QTimer::singleShot(int(60'000 + hold * 1000), &app, &QApplication::quit);  // bounded, whatever happens
    QApplication::exec();
    keys.stop();
    if (s.blank() != Blank::None)
        s.toggleBlank(Blank::Black);
    QApplication::processEvents();

    // Vote i (in send order) counts once a painted tally reaches i + 1.
    std::sort(sent.begin(), sent.end());
    std::vector<double> voteMs;
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const auto counted =
            std::find_if(tallies.begin(), tallies.end(), [&](const auto &t) { return t.first >= sent[i] && t.second >= int(i) + 1; });
        if (counted != tallies.end())
            voteMs.push_back(double(counted->first - sent[i]) / 1e6);
    }
    std::printf("%s\n", done.toUtf8().constData());
    std::printf("phones %d, votes sent %zu, counted %d, lost %d\n", phones, sent.size(), s.participation().voters,
                int(sent.size()) - s.participation().voters);
    std::printf("vote sent -> console painted with it: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu votes)\n", percentile(voteMs, 0.5),
                percentile(voteMs, 0.99), percentile(voteMs, 1.0), voteMs.size());
    std::printf("console paint during the load: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu paints)\n", percentile(console.paintMs, 0.5),
                percentile(console.paintMs, 0.99), percentile(console.paintMs, 1.0), console.paintMs.size());
    std::printf("key B -> both windows painted: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%zu presses)\n", percentile(keyMs, 0.5),
                percentile(keyMs, 0.99), percentile(keyMs, 1.0), keyMs.size());
    if (!soakVotes.empty()) {
        int whole = 0;
        for (const auto &[voters, joined] : soakVotes)
            whole += voters == joined;
        std::printf("soak: %zu votes closed one after another, %d of them counted every phone that joined\n", soakVotes.size(), whole);
    }
    std::printf("resident memory: %ld kB at the start, %ld kB at the end\n", startKb, residentKb());
    return int(sent.size()) == s.participation().voters ? 0 : 2;
}
