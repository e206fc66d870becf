// SPDX-License-Identifier: MIT
// The facilitator's remote on 127.0.0.1: a paired phone (a WebSocket client) taps Next N times, one tap after
// the last one's answer. Measures the time from the server receiving the command to the projector painted
// with its result (p50, p99), and the whole round trip as the phone sees it (tap sent to its answer). Taps
// walk the first slides again and again, where every Next changes what the room sees.
// Usage: bench_remote [N=100]   (QT_QPA_PLATFORM=offscreen)
#include "app/presenter.h"
#include "app/roomsync.h"
#include "benchpresenter.h"
#include "benchsupport.h"
#include "input/commanddispatcher.h"
#include "lesson/lessonloader.h"
#include "room/server/remotechannel.h"
#include "room/server/roomserver.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

using namespace stoppunkt;
using namespace stoppunkt::bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int taps = argc > 1 ? std::atoi(argv[1]) : 100;
    const auto presenter = seedPresenter(QSize(1920, 1080), QSize(1920, 1080));
    if (!presenter)
        return 1;
    Presenter &p = *presenter;
    Session &s = p.session();
    p.dispatcher().trigger(Action::PairRemote);
    const QString url = s.participation().pairingUrl;
    if (!p.room().server() || url.isEmpty())
        return 1;

    PaintWatch projector;
    p.projector().installEventFilter(&projector);
    qint64 receivedAt = 0, sentAt = 0;
    std::vector<double> toPaintMs, roundTripMs;
    QObject::connect(&p.room().server()->remote(), &RemoteChannel::commandReceived, [&] { receivedAt = nowNs(); });
    projector.painted = [&] {
        if (receivedAt) {
            toPaintMs.push_back(double(nowNs() - receivedAt) / 1e6);
            receivedAt = 0;
        }
    };

    QWebSocket phone(QStringLiteral("http://127.0.0.1:%1").arg(p.room().server()->port()));  // the page's own origin
    QString token;
    qint64 id = 0;
    auto tap = [&] {
        // Next on a film slide only arms a skip, which the room does not see: start again from the first slide.
        if (s.slide().kind == SlideKind::FilmQuestion || s.slide().kind == SlideKind::FilmSegment || s.atLessonEnd())
            s.goTo(0);
        QApplication::processEvents();
        sentAt = nowNs();
        phone.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "command"}, {"token", token}, {"id", double(++id)}, {"action", "next"}})
                                  .toJson(QJsonDocument::Compact)));
    };
    QObject::connect(&phone, &QWebSocket::textMessageReceived, [&](const QString &text) {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m.value("type").toString();
        if (type == "paired") {
            token = m.value("token").toString();
            tap();
        } else if (type == "done") {
            roundTripMs.push_back(double(nowNs() - sentAt) / 1e6);
            if (int(roundTripMs.size()) >= taps)
                return QApplication::quit();
            QTimer::singleShot(150, tap);  // a quick thumb, under the remote's rate limit of 10 a second
        } else if (type == "refused") {
            std::printf("refused: %s\n", text.toUtf8().constData());
            QApplication::quit();
        }
    });
    QObject::connect(&phone, &QWebSocket::connected, [&] {
        phone.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "pair"}, {"secret", url.section('=', 1)}, {"device", "bench"}})
                                  .toJson(QJsonDocument::Compact)));
    });
    phone.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/remote").arg(p.room().server()->port())));
    QTimer::singleShot(60'000, &app, &QApplication::quit);  // bounded, whatever happens
    QApplication::exec();

    std::printf("taps %d, answered %zu, projector painted after %zu\n", taps, roundTripMs.size(), toPaintMs.size());
    std::printf("command received -> projector painted: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(toPaintMs, 0.5),
                percentile(toPaintMs, 0.99), percentile(toPaintMs, 1.0));
    std::printf("tap sent -> answer on the phone: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", percentile(roundTripMs, 0.5),
                percentile(roundTripMs, 0.99), percentile(roundTripMs, 1.0));
    std::printf("projector paint: p50 %.1f ms, p99 %.1f ms\n", percentile(projector.paintMs, 0.5), percentile(projector.paintMs, 0.99));
    return int(roundTripMs.size()) == taps ? 0 : 2;
}
