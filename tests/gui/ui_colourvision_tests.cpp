// SPDX-License-Identifier: MIT
// The projector does not rely on colour alone. Every question state of the seed lesson is rendered as the
// projector renders it, then seen through protanopia and deuteranopia (colourvision.h): the right answer
// still carries its tick, a wrong pick its cross and its struck-through text, the other options their digit,
// and their badges stay apart in colour as well. The votes' chart names each bar's option and count in words.
#include "colourvision.h"
#include "paintedtext.h"
#include "session/session.h"
#include "ui/questionlayout.h"
#include "ui/slidegeometry.h"
#include "ui/sliderenderer.h"
#include "uitestsupport.h"

#include <QPainter>

#include <catch2/catch.hpp>

#include <map>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
constexpr QSize kCanvas{1920, 1080};  // the design canvas, so the question's layout is in its pixels

QImage projectorPicture(const SessionView &s)
{
    QImage image(kCanvas, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    SlideRenderer().render(painter, QRectF(QPointF(0, 0), kCanvas), roomFrame(s, {}));
    return image;
}

/// A point of a badge's disc away from its mark or digit: the badge's own colour.
QColor badgeColour(const QImage &image, const QRectF &badge)
{
    return image.pixelColor((badge.center() + QPointF(0, badge.height() * 0.4)).toPoint());
}

enum class Mark { Tick, Cross, Other };

/// What the badge shows, read from its pixels: strokes lighter than its disc at the points a cross passes
/// through, or those a tick passes through and not the corners of a cross (geometry::question).
Mark markIn(const QImage &image, const QRectF &badge)
{
    namespace g = geometry::question;
    const int disc = qGray(badgeColour(image, badge).rgb());
    const qreal r = badge.width() * g::markShare;
    const auto stroke = [&](double dx, double dy) {
        const QPoint at = (badge.center() + QPointF(dx * r, dy * r)).toPoint();
        int lightest = 0;
        for (int y = -1; y <= 1; ++y)
            for (int x = -1; x <= 1; ++x)
                lightest = std::max(lightest, qGray(image.pixel(at + QPoint(x, y))));
        return lightest > disc + 25;
    };
    const double e = g::tickElbowX, d = g::tickDepth;
    const bool tick = stroke((-1 - e) / 2, d / 2) && stroke((1 - e) / 2, 0) && stroke(1 - (1 + e) / 4, -d / 2);
    const bool cross = stroke(0, 0) && stroke(-0.7, -0.7) && stroke(0.7, -0.7) && stroke(-0.7, 0.7) && stroke(0.7, 0.7);
    if (cross)
        return Mark::Cross;
    if (tick && !stroke(-0.7, -0.7) && !stroke(0.7, 0.7))  // the corners only a cross reaches
        return Mark::Tick;
    return Mark::Other;
}

/// The longest unbroken row of text-coloured pixels in an option's text, as a share of the text's width: a
/// line struck through the words runs across the spaces between them, where plain words leave gaps.
double longestRunShare(const QImage &image, const QRectF &box)
{
    const QRect area = box.toAlignedRect().intersected(image.rect());
    std::map<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); y += 3)
        for (int x = area.left(); x <= area.right(); x += 3)
            ++counts[image.pixel(x, y)];
    const QRgb paper = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) { return a.second < b.second; })->first;
    const auto inked = [&](int x, int y) { return std::abs(qGray(image.pixel(x, y)) - qGray(paper)) > 40; };
    int left = area.right(), right = area.left(), longest = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        int run = 0;
        for (int x = area.left(); x <= area.right(); ++x) {
            if (inked(x, y)) {
                left = std::min(left, x), right = std::max(right, x);
                longest = std::max(longest, ++run);
            } else {
                run = 0;
            }
        }
    }
    return right > left ? double(longest) / (right - left + 1) : 0;
}

/// The question slides' indices in the lesson, each with its answer.
std::vector<int> questionSlides(const Lesson &lesson)
{
    std::vector<int> out;
    for (int i = 0; i < int(lesson.slides.size()); ++i)
        if (lesson.slides[i].isQuestion())
            out.push_back(i);
    return out;
}

/// Checks one state of the question on the projector, as seen with `vision`: each option's mark and text say
/// what it is, and the badges' colours stay apart.
void checkSeenWith(const Session &s, const colourvision::Matrix &vision, const char *name)
{
    const QImage seen = colourvision::seenWith(vision, projectorPicture(s));
    const AudienceView view = s.audienceView();
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty() && view.picks.size() == 2) {
        const QString stem = QString::fromLocal8Bit(shots) + QStringLiteral("/cvd-%1").arg(view.slide.title.back());
        projectorPicture(s).save(stem + QStringLiteral("-seen-normally.png"));
        seen.save(stem + QStringLiteral("-%1.png").arg(QLatin1String(name)));
    }
    const QuestionLayout layout = layoutQuestion(view.slide.question);
    std::map<Mark, QColor> colours;
    for (int i = 0; i < int(layout.options.size()); ++i) {
        const int number = i + 1;
        const bool picked = std::find(view.picks.begin(), view.picks.end(), number) != view.picks.end();
        const bool right = view.slide.question.answer == number;
        const Mark expected = right ? Mark::Tick : picked ? Mark::Cross : Mark::Other;
        INFO(name << ", " << view.slide.title << ", picks " << view.picks.size() << ", option " << number);
        CHECK(markIn(seen, layout.options[i].badge) == expected);
        const double run = longestRunShare(seen, layout.options[i].text);
        INFO("longest run " << run);
        if (expected == Mark::Cross)
            CHECK(run > 0.9);  // struck through
        else
            CHECK(run < 0.6);
        colours[expected] = badgeColour(seen, layout.options[i].badge);
    }
    // The badges' discs: far enough apart to tell at a glance, without the marks.
    for (auto a = colours.begin(); a != colours.end(); ++a)
        for (auto b = std::next(a); b != colours.end(); ++b) {
            INFO(name << ", " << view.slide.title << ": " << int(a->first) << " against " << int(b->first) << ", distance "
                      << colourvision::distance(a->second, b->second));
            CHECK(colourvision::distance(a->second, b->second) > 20);
        }
}
}  // namespace

TEST_CASE("seen with protanopia or deuteranopia, each question tells the right answer, the wrong picks and the rest apart")
{
    Session s(seedLesson());
    const std::vector<int> questions = questionSlides(s.lesson());
    REQUIRE(questions.size() == 4);
    for (const int slide : questions) {
        s.goTo(slide);
        if (s.filmPhase() == FilmPhase::Playing)
            s.skipFilm();
        const int answer = s.lesson().slides[slide].question.answer;
        const auto checkBoth = [&] {
            checkSeenWith(s, colourvision::protanopia, "protanopia");
            checkSeenWith(s, colourvision::deuteranopia, "deuteranopia");
        };
        checkBoth();  // discussed: four digits
        for (int option = 1; option <= 4; ++option) {
            if (option == answer)
                continue;
            REQUIRE(s.pick(option));  // a wrong pick: its cross, its words struck through
            checkBoth();
        }
        REQUIRE(s.pick(answer));  // found: the tick
        checkBoth();
    }
    // Revealed by the facilitator with nothing picked: the tick alone.
    s.goTo(questions.front());
    s.skipFilm();
    while (s.undoPick()) { }
    s.reveal();
    REQUIRE(s.audienceView().slide.question.answer > 0);
    checkSeenWith(s, colourvision::protanopia, "protanopia");
    checkSeenWith(s, colourvision::deuteranopia, "deuteranopia");
}

TEST_CASE("the votes' chart names each bar's option and its count in words, not by colour")
{
    Session s(seedLesson());
    const int slide = questionSlides(s.lesson()).front();
    s.goTo(slide);
    s.skipFilm();
    ParticipationState room;
    room.on = true;
    room.voteQuestion = QString::fromStdString(s.lesson().slideKey(slide));
    room.tally = {5, 1, 7, 13};  // none of them a number on the scale (0, 4, 8, 12, 16)
    room.voters = 22;
    s.setParticipation(room);
    s.toggleDistribution();
    REQUIRE(s.distributionShown());
    TextRecorder device(kCanvas);
    QPainter painter(&device);
    SlideRenderer().render(painter, QRectF(QPointF(0, 0), kCanvas), roomFrame(s, {}));
    painter.end();
    const std::vector<DrawnText> items = device.items();
    QString all;
    for (const DrawnText &item : items)
        all += item.text + QLatin1Char('\n');
    INFO(all.toStdString());
    const auto &options = s.lesson().slides[slide].question.options;
    for (int i = 0; i < 4; ++i) {
        // The bar's option by its number and its first words, and its count on the same row, right of it.
        const QString start = QStringLiteral("%1. %2").arg(i + 1).arg(QString::fromStdString(options[i].text)).left(20);
        const auto label = std::find_if(items.begin(), items.end(), [&](const DrawnText &t) { return t.text.startsWith(start); });
        REQUIRE(label != items.end());
        const QString count = QString::number(room.tally[i]);
        const bool counted = std::any_of(items.begin(), items.end(), [&](const DrawnText &t) {
            return t.text == count && t.box.left() > label->box.right()
                   && std::abs(t.box.center().y() - label->box.center().y()) < label->box.height();
        });
        INFO("option " << i + 1 << ", count " << count.toStdString());
        CHECK(counted);
    }
}
