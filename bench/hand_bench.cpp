// SPDX-License-Identifier: MIT
// The facilitator's hand on the projector at 1920x1080 (offscreen): how long from a pointer move, a stroke's
// next segment, or a point from the paired phone remote (over 127.0.0.1) to the projector painted with it
// (p50, p99, max), and whether the slide under them is drawn again (it must not be). The strokes are drawn
// over a slide that already holds 30 of them.
// Usage: bench_hand [N=300]   (QT_QPA_PLATFORM=offscreen)
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
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <cmath>
#include <cstdio>

using namespace stoppunkt;
using namespace stoppunkt::bench;

namespace {
/// Runs the event loop until `done`, for at most 10 s.
template <typename F> bool waitFor(F done)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < 10'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

void report(const char *what, const std::vector<double> &ms)
{
    std::printf("%s -> projector painted: n %zu, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", what, ms.size(), percentile(ms, 0.5),
                percentile(ms, 0.99), percentile(ms, 1.0));
}
}  // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 300;
    const auto presenter = seedPresenter(QSize(1366, 768), QSize(1920, 1080));
    if (!presenter)
        return 1;
    Presenter &p = *presenter;
    Session &s = p.session();
    CommandDispatcher &hand = p.dispatcher();
    s.goTo(4);
    PaintWatch projector;
    p.projector().installEventFilter(&projector);
    int paints = 0;
    projector.painted = [&] { ++paints; };
    waitFor([&] { return paints > 0; });

    // Each change, then the event loop until the projector painted it.
    const auto timed = [&](std::vector<double> &out, auto change) {
        const int before = paints;
        const qint64 start = nowNs();
        change();
        if (waitFor([&] { return paints > before; }))
            out.push_back(double(nowNs() - start) / 1e6);
    };

    std::vector<double> pointerMs;
    hand.trigger(Action::Pointer);
    const int rendersBefore = p.projector().slideRenders();
    for (int i = 0; i < n; ++i)
        timed(pointerMs, [&] { hand.pointAt(0.5 + 0.3 * std::sin(i * 0.1), 0.5 + 0.3 * std::cos(i * 0.1)); });
    hand.trigger(Action::Escape);

    hand.trigger(Action::Pen);
    for (int stroke = 0; stroke < 30; ++stroke) {
        hand.pressAt(0.1, 0.1 + stroke * 0.025);
        for (int i = 1; i <= 40; ++i)
            hand.dragTo(0.1 + i * 0.02, 0.1 + stroke * 0.025 + 0.01 * std::sin(i * 0.5));
        hand.release();
    }
    std::vector<double> strokeMs;
    hand.pressAt(0.1, 0.9);
    for (int i = 0; i < n; ++i)
        timed(strokeMs, [&] { hand.dragTo(0.1 + 0.8 * i / n, 0.9 - 0.05 * std::sin(i * 0.2)); });
    hand.release();
    const int slideRenders = p.projector().slideRenders() - rendersBefore;
    hand.trigger(Action::Escape);

    // The phone remote: pair, then send points as a finger would, one per 16 ms frame.
    hand.trigger(Action::PairRemote);
    const QString url = s.participation().pairingUrl;
    if (!p.room().server() || url.isEmpty())
        return 1;
    QWebSocket phone(QStringLiteral("http://127.0.0.1:%1").arg(p.room().server()->port()));
    QString token;
    QObject::connect(&phone, &QWebSocket::textMessageReceived, [&](const QString &text) {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        if (m.value("type").toString() == "paired")
            token = m.value("token").toString();
    });
    QObject::connect(&phone, &QWebSocket::connected, [&] {
        phone.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"type", "pair"}, {"secret", url.section('=', 1)}, {"device", "bench"}})
                                  .toJson(QJsonDocument::Compact)));
    });
    phone.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/remote").arg(p.room().server()->port())));
    if (!waitFor([&] { return !token.isEmpty(); }))
        return 2;
    qint64 receivedAt = 0;
    QObject::connect(&p.room().server()->remote(), &RemoteChannel::pointReceived, [&] { receivedAt = nowNs(); });
    std::vector<double> remoteMs, remoteSentMs;
    for (int i = 0; i < n; ++i) {
        const int before = paints;
        receivedAt = 0;
        const qint64 sent = nowNs();
        phone.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"type", "point"}, {"token", token}, {"x", 0.5 + 0.3 * std::sin(i * 0.1)}, {"y", 0.5}})
                .toJson(QJsonDocument::Compact)));
        if (waitFor([&] { return receivedAt && paints > before; })) {
            remoteMs.push_back(double(nowNs() - receivedAt) / 1e6);
            remoteSentMs.push_back(double(nowNs() - sent) / 1e6);
        }
        const qint64 frameEnd = sent + 16'000'000;  // the page sends at most one point a frame
        waitFor([&] { return nowNs() >= frameEnd; });
    }

    report("pointer move", pointerMs);
    report("stroke segment (31st stroke on the slide)", strokeMs);
    report("remote point received", remoteMs);
    report("remote point sent by the phone", remoteSentMs);
    std::printf("slide drawn again while pointing and drawing: %d times\n", slideRenders);
    std::printf("projector paint: p50 %.2f ms, p99 %.2f ms\n", percentile(projector.paintMs, 0.5), percentile(projector.paintMs, 0.99));
    return pointerMs.size() == std::size_t(n) && strokeMs.size() == std::size_t(n) && remoteMs.size() == std::size_t(n) ? 0 : 3;
}
