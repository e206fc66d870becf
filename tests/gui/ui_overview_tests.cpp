// SPDX-License-Identifier: MIT
// The console's overview: its keys (through the dispatcher, as every console command), its mouse pick, and
// its cells at every console size.
#include "input/commanddispatcher.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/overviewgrid.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("the dispatcher's keys in the overview: arrows move its selection, Enter chooses, digits type a slide number")
{
    Session session(seedLesson());
    PresentationTimer timer;
    CommandDispatcher d(session, timer);
    using Target = CommandDispatcher::KeyTarget;
    QSignalSpy moves(&d, &CommandDispatcher::overviewMoveRequested);
    QSignalSpy choices(&d, &CommandDispatcher::overviewChoiceRequested);
    session.goTo(10);  // Film #1, at its question: digits would pick here
    session.skipFilm();
    REQUIRE(session.questionPhase() == QuestionPhase::Discussing);
    CHECK(d.handleKey(QKeyCombination(Qt::Key_Right), Target::Overview));
    CHECK(d.handleKey(QKeyCombination(Qt::Key_Down), Target::Overview));
    CHECK(d.handleKey(QKeyCombination(Qt::Key_Left), Target::Overview));
    CHECK(d.handleKey(QKeyCombination(Qt::Key_Up), Target::Overview));
    REQUIRE(moves.size() == 4);
    CHECK(moves[0] == QVariantList{1, 0});
    CHECK(moves[1] == QVariantList{0, 1});
    CHECK(moves[2] == QVariantList{-1, 0});
    CHECK(moves[3] == QVariantList{0, -1});
    CHECK(session.slideIndex() == 10);  // the arrows moved no slide
    d.handleKey(QKeyCombination(Qt::Key_3), Target::Overview);
    CHECK(session.picks().empty());  // no pick: a slide number
    CHECK(d.jumpBuffer() == QStringLiteral("3"));
    CHECK(d.handleKey(QKeyCombination(Qt::Key_Return), Target::Overview));
    CHECK(choices.size() == 1);
    CHECK(session.slideIndex() == 10);  // the console goes where its overview selects
    // Other keys mean what they mean in the lesson; the same arrows outside the overview move the lesson.
    d.handleKey(QKeyCombination(Qt::Key_B), Target::Overview);
    CHECK(session.blank() == Blank::Black);
    d.handleKey(QKeyCombination(Qt::Key_B), Target::Overview);
    session.goTo(3);
    const AudienceView before = session.audienceView();
    d.handleKey(QKeyCombination(Qt::Key_Right), Target::Lesson);  // Next
    CHECK(moves.size() == 4);
    CHECK(session.audienceView() != before);
}

TEST_CASE("the console's overview follows the arrow keys and the digits, and Enter goes to the slide selected")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    ConsoleWindow &console = p.console();
    Session &s = p.session();
    s.goTo(2);
    p.dispatcher().trigger(Action::Overview);
    REQUIRE(console.overviewOpen());
    QTest::keyClick(&console, Qt::Key_Right);
    QTest::keyClick(&console, Qt::Key_Right);
    CHECK(s.slideIndex() == 2);  // the room's slide stays while the facilitator looks
    QTest::keyClick(&console, Qt::Key_Return);
    CHECK_FALSE(console.overviewOpen());
    CHECK(s.slideIndex() == 4);
    // A row down is as many slides as the overview has columns; the Left arrow back is one slide.
    p.dispatcher().trigger(Action::Overview);
    QTest::keyClick(&console, Qt::Key_Down);
    QTest::keyClick(&console, Qt::Key_Left);
    QTest::keyClick(&console, Qt::Key_Return);
    CHECK(s.slideIndex() > 4);
    CHECK(s.slideIndex() < s.slideCount());
    // Typed digits select the slide of that number, over a question too, and Enter goes there.
    s.goTo(10);
    s.skipFilm();
    p.dispatcher().trigger(Action::Overview);
    QTest::keyClick(&console, Qt::Key_1);
    QTest::keyClick(&console, Qt::Key_6);
    CHECK(s.picks().empty());
    QTest::keyClick(&console, Qt::Key_Enter);
    CHECK(s.slideIndex() == 15);
    CHECK_FALSE(console.overviewOpen());
}

TEST_CASE("a slide picked with the mouse in the overview forgets a number being typed, as the keys' jump does")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    ConsoleWindow &console = p.console();
    p.dispatcher().trigger(Action::Overview);
    REQUIRE(console.overviewOpen());
    QTest::keyClick(&console, Qt::Key_1);  // a slide number begun, then the mouse chooses instead
    REQUIRE(p.dispatcher().jumpBuffer() == QStringLiteral("1"));
    const OverviewGrid grid;
    QPointF seventh;
    for (int y = 0; y < console.height() && seventh.isNull(); y += 4)
        for (int x = 0; x < console.width() && seventh.isNull(); x += 4)
            if (grid.slideAt(console.rect(), p.session().slideCount(), QPointF(x, y)) == 6)
                seventh = QPointF(x, y);
    REQUIRE_FALSE(seventh.isNull());
    QTest::mouseClick(&console, Qt::LeftButton, Qt::NoModifier, seventh.toPoint());
    CHECK(p.session().slideIndex() == 6);
    CHECK_FALSE(console.overviewOpen());
    CHECK(p.dispatcher().jumpBuffer().isEmpty());
    QTest::keyClick(&console, Qt::Key_Return);  // a Next, not a jump to slide 1
    CHECK(p.session().slideIndex() >= 6);
}

TEST_CASE("the overview holds every slide inside the console at every size, one cell each, none overlapping")
{
    Presenter p(seedLesson(), noFilm());
    const int slides = p.session().slideCount();
    const OverviewGrid grid;
    for (const QSize size : {QSize(960, 600), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
        INFO(size.width() << "x" << size.height());
        const QRectF window(QPointF(0, 0), size);
        // Each slide's cell, as the points the mouse picks it at.
        std::vector<QRectF> cells(slides);
        for (int y = 0; y < size.height(); y += 3)
            for (int x = 0; x < size.width(); x += 3)
                if (const int slide = grid.slideAt(window, slides, QPointF(x, y)); slide >= 0)
                    cells[slide] |= QRectF(x, y, 1, 1);
        for (int i = 0; i < slides; ++i) {
            INFO("slide " << i + 1);
            REQUIRE_FALSE(cells[i].isEmpty());
            CHECK(window.contains(cells[i]));
            CHECK(cells[i].width() >= size.width() / 10.0);  // a thumbnail still recognisable
            for (int j = 0; j < i; ++j)
                CHECK_FALSE(cells[i].intersects(cells[j]));
        }
    }
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
        p.show();
        p.console().resize(1280, 720);
        p.dispatcher().trigger(Action::Overview);
        QTest::keyClick(&p.console(), Qt::Key_1);  // the banner: "Go to slide 1: Enter"
        settle();
        p.console().grab().save(QString::fromLocal8Bit(shots) + "/overview-console-1280x720.png");
    }
}
