// SPDX-License-Identifier: MIT
// The session record on a hot path: it is written whole after every event. How long one event takes to record
// (p50, p99, max) as the record grows, in a session that goes from slide to slide and draws a stroke of 120
// points on each; and, for scale, how long the whole typed record takes to encode as JSON, and that JSON to
// become text (the recorder encodes each event once, but turns the whole record into text at every write).
// Usage: bench_record [EVENTS=2000]
#include "benchsupport.h"
#include "lesson/lessonloader.h"
#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/session.h"
#include "session/sessionrecorder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace stoppunkt;
using namespace stoppunkt::bench;

namespace {
/// A wavy stroke across the slide, so that smoothing keeps most of its points.
void drawStroke(Session &s, int n)
{
    s.beginStroke(0.1, 0.5);
    for (int i = 1; i < 120; ++i)
        s.extendStroke(0.1 + 0.8 * i / 120.0, 0.5 + 0.2 * std::sin(i * 0.7 + n));
    s.endStroke();
}

void report(int events, std::vector<double> &ms, const RecordDocument &document)
{
    const qint64 encodeStart = nowNs();
    const QJsonObject json = recordcodec::toJson(document);
    const qint64 encoded = nowNs();
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    const qint64 serialised = nowNs();
    std::printf("%5d events (%6.1f MB): one event recorded p50 %6.2f ms, p99 %6.2f ms, max %6.2f ms; "
                "the whole record encoded from its types %5.2f ms, its JSON as text %5.2f ms\n",
                events, double(bytes.size()) / 1e6, percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0),
                double(encoded - encodeStart) / 1e6, double(serialised - encoded) / 1e6);
    ms.clear();
}
}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? std::atoi(argv[1]) : 2000;
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    if (!loaded.ok())
        return 1;
    QTemporaryDir dir;
    Session s(std::move(*loaded.lesson));
    PresentationTimer timer;
    SessionRecorder recorder(s, timer, dir.filePath(QStringLiteral("record.json")));
    recorder.start();
    s.toggleInkMode(InkMode::Pen);
    std::vector<double> ms;
    int recorded = 1;  // the start
    QObject::connect(&s, &Session::recorded, [&] { ++recorded; });
    for (int n = 0; recorded < events; ++n) {
        const int before = recorded;
        const qint64 start = nowNs();
        if (n % 2 == 0)
            s.goTo(n / 2 % 9);  // slides without film, where the pen draws
        else
            drawStroke(s, n);
        ms.push_back(double(nowNs() - start) / 1e6);
        for (const int at : {events / 4, events / 2})
            if (before < at && recorded >= at)
                report(recorded, ms, recorder.document());
    }
    report(recorded, ms, recorder.document());
    return 0;
}
