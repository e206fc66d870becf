// SPDX-License-Identifier: MIT
#include "session/recordcodec.h"
#include "sessionfixture.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <limits>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {

/// Draws a stroke from (x0, y) to (x1, y) in `steps` moves.
void drawLine(Session &s, double x0, double x1, double y, int steps = 20)
{
    s.beginStroke(x0, y);
    for (int i = 1; i <= steps; ++i)
        s.extendStroke(x0 + (x1 - x0) * i / steps, y);
    s.endStroke();
}

struct Recorded {
    std::vector<SessionEvent> events;
    explicit Recorded(Session &s)
    {
        QObject::connect(&s, &Session::recorded, [this](const SessionEvent &e) { events.push_back(e); });
    }
    std::vector<QString> types() const
    {
        std::vector<QString> out;
        for (const SessionEvent &e : events)
            out.push_back(recordcodec::eventName(e.type));
        return out;
    }
};
}  // namespace

TEST_CASE("a stroke shows to the room as it grows, is kept on its slide in slide coordinates, and is recorded at once")
{
    SessionFixture f;
    Session &s = *f.session;
    Recorded recorded(s);
    int inkMoves = 0;
    QObject::connect(&s, &Session::inkMoved, [&] { ++inkMoves; });

    CHECK_FALSE(s.beginStroke(0.1, 0.1));  // no pen in the hand: nothing is drawn
    s.toggleInkMode(InkMode::Pen);
    REQUIRE(s.beginStroke(0.1, 0.5));
    CHECK(f.count([&] {
        for (int i = 1; i <= 10; ++i)
            s.extendStroke(0.1 + 0.04 * i, 0.5 + 0.01 * i);
    }) == 0);  // the stroke grows without a change of the room's state
    CHECK(inkMoves == 11);
    REQUIRE(s.audienceView().stroke);  // the room sees the stroke being drawn
    CHECK(s.audienceView().stroke->points.size() == 11);
    CHECK(s.audienceView().ink.empty());
    CHECK(s.ink(0).empty());  // not kept until it ends
    CHECK(recorded.events.empty());

    CHECK(f.count([&] { s.endStroke(); }) == 1);
    CHECK_FALSE(s.audienceView().stroke);
    REQUIRE(s.ink(0).size() == 1);
    const InkStroke &kept = s.ink(0)[0];
    CHECK(kept.colour == InkColour::Red);
    CHECK(kept.width == InkWidth::Medium);
    CHECK_FALSE(kept.highlighter);
    CHECK(kept.points.front() == InkPoint{0.1f, 0.5f, 1.0f});
    CHECK(kept.points.back().x == Approx(0.5).margin(1e-4));
    CHECK(kept.points.size() == 2);  // a straight line keeps its two ends
    REQUIRE(recorded.events.size() == 1);
    CHECK(recorded.events[0].type == EventType::InkStroke);
    REQUIRE(recorded.events[0].ink.has_value());
    CHECK(*recorded.events[0].ink == kept);
    const QJsonObject written = recordcodec::toJson(recorded.events[0]);  // as the record keeps it
    CHECK(written.value(QStringLiteral("type")).toString() == QStringLiteral("ink-stroke"));
    CHECK(written.value(QStringLiteral("colour")).toString() == QStringLiteral("red"));
    CHECK(written.value(QStringLiteral("points")).toArray().size() == 6);  // x, y, pressure twice

    // Strokes belong to their slide: another slide shows none, and coming back shows them.
    s.next();
    CHECK(s.audienceView().ink.empty());
    s.previous();
    s.goTo(0);
    CHECK(s.audienceView().ink.size() == 1);
    CHECK(s.thumbnailOf(0).ink.size() == 1);  // the overview shows them too
}

TEST_CASE("strokes hide under a blank, the join card and a playing film, and a stroke left mid-air stays on its slide")
{
    SessionFixture f;
    Session &s = *f.session;
    s.toggleInkMode(InkMode::Highlighter);
    drawLine(s, 0.2, 0.6, 0.3);
    REQUIRE(s.audienceView().ink.size() == 1);
    CHECK(s.audienceView().ink[0].highlighter);

    s.toggleBlank(Blank::Black);
    CHECK(s.audienceView().ink.empty());
    CHECK_FALSE(s.beginStroke(0.5, 0.5));  // nothing is drawn on a black screen
    s.toggleBlank(Blank::Black);
    CHECK(s.audienceView().ink.size() == 1);

    // A stroke still being drawn when Next moves on is kept where it was drawn.
    REQUIRE(s.beginStroke(0.1, 0.9));
    s.extendStroke(0.3, 0.9);
    s.next();
    CHECK(s.slideIndex() == 1);
    CHECK(s.audienceView().ink.empty());
    CHECK(s.ink(0).size() == 2);

    s.goTo(2);  // a film question: the film plays, and no stroke is drawn over it
    REQUIRE(s.filmPhase() == FilmPhase::Playing);
    CHECK_FALSE(s.beginStroke(0.5, 0.5));
    s.filmReachedStop(s.segmentRun());
    REQUIRE(s.beginStroke(0.5, 0.5));  // on the stop: the question can be drawn on
    s.extendStroke(0.6, 0.6);
    s.endStroke();
    CHECK(s.audienceView().ink.size() == 1);
    s.replaySegment();
    CHECK(s.filmPhase() == FilmPhase::Playing);
    CHECK(s.audienceView().ink.empty());  // the playing film shows no strokes
}

TEST_CASE("the eraser takes the stroke under it, undo brings back each change, and clear empties the slide")
{
    SessionFixture f;
    Session &s = *f.session;
    Recorded recorded(s);
    s.toggleInkMode(InkMode::Pen);
    drawLine(s, 0.1, 0.4, 0.2);
    s.cycleInkColour();
    s.cycleInkWidth();
    drawLine(s, 0.1, 0.4, 0.6);
    REQUIRE(s.ink(0).size() == 2);
    CHECK(s.ink(0)[1].colour == InkColour::Blue);
    CHECK(s.ink(0)[1].width == InkWidth::Thick);

    CHECK_FALSE(s.eraseAt(0.25, 0.2));  // the pen does not erase
    s.toggleInkMode(InkMode::Eraser);
    CHECK_FALSE(s.eraseAt(0.25, 0.4));  // between the strokes: nothing
    CHECK(s.eraseAt(0.25, 0.6 + Pen::kEraserRadius / 2));
    REQUIRE(s.ink(0).size() == 1);
    CHECK(s.ink(0)[0].points.front().y == Approx(0.2));

    CHECK(s.undoInk());
    CHECK(s.ink(0).size() == 2);
    CHECK(s.clearInk());
    CHECK(s.ink(0).empty());
    CHECK_FALSE(s.clearInk());  // nothing left to clear
    CHECK(s.undoInk());  // the clear
    CHECK(s.ink(0).size() == 2);
    CHECK(s.undoInk());  // the second stroke (its erase was taken back already)
    CHECK(s.ink(0).size() == 1);
    CHECK(s.undoInk());  // the first
    CHECK(s.ink(0).empty());
    CHECK_FALSE(s.undoInk());
    CHECK(recorded.types()
          == std::vector<QString>{QStringLiteral("ink-stroke"), QStringLiteral("ink-stroke"), QStringLiteral("ink-erase"),
                                  QStringLiteral("ink-undo"), QStringLiteral("ink-clear"), QStringLiteral("ink-undo"),
                                  QStringLiteral("ink-undo"), QStringLiteral("ink-undo")});

    // Leaving the eraser (Esc) or taking up the pointer keeps the strokes.
    s.toggleInkMode(InkMode::Pen);
    drawLine(s, 0.1, 0.4, 0.2);
    s.togglePointerTool(PointerTool::Dot);
    CHECK(s.inkMode() == InkMode::Off);
    CHECK(s.ink(0).size() == 1);
    s.toggleInkMode(InkMode::Pen);
    CHECK(s.pointerTool() == PointerTool::Off);  // one tool in the hand at a time
}

TEST_CASE("strokes survive the record: the state's codec round trip, and a resume matches them to their slides by key")
{
    SessionFixture f;
    Session &s = *f.session;
    s.toggleInkMode(InkMode::Pen);
    s.goTo(1);
    drawLine(s, 0.1, 0.9, 0.5);
    s.beginStroke(0.5, 0.5, 0.4);  // with a tablet's pressure
    s.extendStroke(0.55, 0.6, 0.8);
    s.extendStroke(0.7, 0.62, 0.3);
    s.endStroke();
    s.goTo(5);
    s.toggleInkMode(InkMode::Highlighter);
    drawLine(s, 0.2, 0.3, 0.8);

    const SessionSnapshot snapshot = s.snapshot();
    REQUIRE(snapshot.ink.size() == 2);
    const QJsonObject json = recordcodec::toJson(snapshot);
    const auto read = recordcodec::snapshotFromJson(json);
    REQUIRE(read);
    CHECK(*read == snapshot);
    CHECK(read->ink.at(1)[1].points[1].pressure == Approx(0.8f));

    // A fresh session (after kill -9) of a lesson whose slides moved: the strokes follow their slides.
    std::string text = minimalLesson();
    const std::string cover = R"({ "kind": "cover", "title": "Mini", "bullets": ["a", "b"] },)";
    text.insert(text.find(cover) + cover.size(), R"( { "kind": "bullets", "title": "New", "bullets": ["x"] },)");
    SessionFixture g(text);
    const RestoreResult result = g.session->restore(*read);
    CHECK(result.restored);
    CHECK(result.lost.isEmpty());
    CHECK(g.session->ink(2) == s.ink(1));
    CHECK(g.session->ink(6) == s.ink(5));
    CHECK(g.session->ink(1).empty());
    CHECK(g.session->audienceView().ink == s.ink(5));
}

TEST_CASE("the record's strokes are read as hostile input: bad values are refused and sizes are capped")
{
    const auto stroke = [](QJsonArray points, QString colour = QStringLiteral("red")) {
        return recordcodec::strokeFromJson(
            {{QStringLiteral("colour"), colour}, {QStringLiteral("width"), QStringLiteral("thin")}, {QStringLiteral("points"), points}});
    };
    CHECK(stroke({0.5, 0.5, 1}));
    CHECK_FALSE(stroke({0.5, 0.5}));  // not whole points
    CHECK_FALSE(stroke({}));  // no point
    CHECK_FALSE(stroke({0.5, QStringLiteral("x"), 1}));  // not a number
    CHECK_FALSE(stroke({0.5, 0.5, 1}, QStringLiteral("pink")));
    const auto clamped = stroke({-4, 9, 2});
    REQUIRE(clamped);
    CHECK(clamped->points[0] == InkPoint{0, 1, 1});
    QJsonArray many;
    for (int i = 0; i < 3 * (ink::kMaxPointsPerStroke + 50); ++i)
        many.append(0.5);
    CHECK(stroke(many)->points.size() == std::size_t(ink::kMaxPointsPerStroke));

    SessionFixture f;
    Session &s = *f.session;
    s.toggleInkMode(InkMode::Pen);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    CHECK_FALSE(s.beginStroke(nan, 0.5));
    REQUIRE(s.beginStroke(0.5, 0.5, nan));  // an odd pressure is taken as full
    s.extendStroke(nan, 0.2);
    s.extendStroke(2, -1);  // held at the slide's edge
    s.endStroke();
    REQUIRE(s.ink(0).size() == 1);
    CHECK(s.ink(0)[0].points == std::vector<InkPoint>{{0.5f, 0.5f, 1.0f}, {1.0f, 0.0f, 1.0f}});
}

TEST_CASE("a finished stroke is smoothed and simplified: a wobbly line keeps its shape in few points")
{
    InkStroke stroke;
    for (int i = 0; i <= 400; ++i)  // a slow stroke with a hand's tremor of a tenth of a pixel
        stroke.points.push_back({float(0.1 + i * 0.002), float(0.5 + ((i % 2) ? 0.00005 : -0.00005)), 1});
    const InkStroke kept = ink::finished(stroke);
    CHECK(kept.points.size() <= 4);
    CHECK(kept.points.front().x == Approx(0.1f));
    CHECK(kept.points.back().x == Approx(0.9f));

    InkStroke corner;  // an L keeps its corner
    for (int i = 0; i <= 50; ++i)
        corner.points.push_back({float(0.2 + i * 0.004), 0.2f, 1});
    for (int i = 1; i <= 50; ++i)
        corner.points.push_back({0.4f, float(0.2 + i * 0.004), 1});
    const InkStroke l = ink::finished(corner);
    CHECK(l.points.size() >= 3);
    CHECK(l.points.size() <= 8);
    CHECK(ink::passesNear(l, 0.4, 0.2, 0.01, ink::kSlideAspect));
    CHECK_FALSE(ink::passesNear(l, 0.3, 0.3, 0.01, ink::kSlideAspect));
}

TEST_CASE("zoom shows a part of the slide, within the slide, and another slide shows whole")
{
    SessionFixture f;
    Session &s = *f.session;
    s.goTo(1);  // bullets shown one by one
    CHECK_FALSE(s.zoom().zoomed());
    CHECK(f.count([&] { s.zoomAround(0.5, 0.5, 2); }) == 1);
    CHECK(s.zoom() == RoomZoom{0.25, 0.25, 0.5});
    CHECK(s.audienceView().zoom == s.zoom());
    s.zoomAround(0.95, 0.05, 4);  // near a corner: the part stays on the slide
    CHECK(s.zoom() == RoomZoom{0.75, 0.0, 0.25});
    s.panZoom(-0.1, 0.2);
    CHECK(s.zoom().left == Approx(0.65));
    CHECK(s.zoom().top == Approx(0.2));
    s.panZoom(5, 5);
    CHECK(s.zoom() == RoomZoom{0.75, 0.75, 0.25});
    s.zoomAround(0.5, 0.5, 100);
    CHECK(s.zoom().size == Approx(1 / Zoom::kMax));
    s.zoomAround(0.5, 0.5, std::numeric_limits<double>::infinity());
    CHECK(s.zoom().size == Approx(1 / Zoom::kMax));

    REQUIRE(s.previewOfNext());
    CHECK(s.previewOfNext()->zoom == s.zoom());  // the console's preview of the next build shows the same part
    s.next();  // a build step keeps the zoom
    CHECK(s.buildStep() == 1);
    CHECK(s.zoom().zoomed());
    while (s.slideIndex() == 1)
        s.next();
    CHECK_FALSE(s.zoom().zoomed());
    CHECK_FALSE(s.audienceView().zoom.zoomed());
}
