// SPDX-License-Identifier: MIT
#include "input/commanddispatcher.h"
#include "ui/flipchartline.h"

#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/screenplacement.h"
#include "uitestsupport.h"
#include <QTest>

#include <QSettings>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};
}  // namespace

TEST_CASE("the projector goes full screen on the projector screen, the console on the laptop")
{
    QSettings().clear();
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    REQUIRE(p.projector().screen() != nullptr);
    CHECK(p.projector().screen()->name() == "projector");
    CHECK(p.projector().isFullScreen());
    CHECK(p.projector().geometry() == QRect(1920, 0, 1280, 720));
    CHECK(p.console().screen()->name() == "laptop");
    CHECK(p.console().isVisible());
}

TEST_CASE("a projector screen named on the command line is used, and windowed mode rehearses in normal windows")
{
    QSettings().clear();
    Options byName = noFilm();
    byName.projectorScreen = "laptop";
    Presenter named(seedLesson(), byName);
    named.show();
    settle();
    CHECK(named.projector().screen()->name() == "laptop");
    CHECK(named.console().screen()->name() == "projector");

    Options windowed = noFilm();
    windowed.windowed = true;
    Presenter rehearsal(seedLesson(), windowed);
    rehearsal.show();
    settle();
    CHECK(rehearsal.projector().isVisible());
    CHECK_FALSE(rehearsal.projector().isFullScreen());
    CHECK(rehearsal.placement().projectorScreen() == nullptr);
}

TEST_CASE("S swaps the screens and the choice is remembered for this pair of screens")
{
    QSettings().clear();
    {
        Presenter p(seedLesson(), noFilm());
        p.show();
        settle();
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_S));
        settle();
        CHECK(p.projector().screen()->name() == "laptop");
        CHECK(p.projector().isFullScreen());
    }
    Presenter again(seedLesson(), noFilm());
    again.show();
    settle();
    CHECK(again.projector().screen()->name() == "laptop");
    QSettings().clear();
}

TEST_CASE("both windows repaint after every change of the session")
{
    QSettings().clear();
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    PaintCounter projectorPaints, consolePaints;
    p.projector().installEventFilter(&projectorPaints);
    p.console().installEventFilter(&consolePaints);
    Session &s = p.session();
    int changes = 0;
    QObject::connect(&s, &Session::changed, [&] { ++changes; });
    auto step = [&](auto command) {
        const int before = changes;
        const int projectorBefore = projectorPaints.paints;
        const int consoleBefore = consolePaints.paints;
        command();
        settle();
        if (changes == before) {
            UNSCOPED_INFO("no change at slide " << s.slideIndex());
            return;
        }
        CHECK(projectorPaints.paints > projectorBefore);
        CHECK(consolePaints.paints > consoleBefore);
        const AudienceView shown = p.projector().currentFrame().view;
        CHECK(shown.slideIndex == s.slideIndex());
        CHECK(shown.buildStep == s.buildStep());
        CHECK(shown.blank == s.blank());
        CHECK(shown.questionPhase == s.questionPhase());
    };
    while (!s.atLessonEnd())
        step([&] { p.dispatcher().trigger(Action::Next); });
    step([&] { p.dispatcher().trigger(Action::BlackScreen); });
    step([&] { p.dispatcher().trigger(Action::WhiteScreen); });
    step([&] { p.dispatcher().trigger(Action::First); });
    step([&] { s.goTo(10); });
    CHECK(s.filmPhase() == FilmPhase::AtStop);  // the walk answered Film #1: it comes back at its stop, no film again
    step([&] { s.skipFilm(); });  // so there is nothing to skip
    // The walk revealed this question; Previous takes the reveal back, so the group can pick again.
    step([&] { p.dispatcher().trigger(Action::Previous); });
    CHECK(s.questionPhase() == QuestionPhase::Discussing);
    step([&] { p.dispatcher().handleKey(QKeyCombination(Qt::Key_2)); });
    step([&] { p.dispatcher().trigger(Action::UndoPick); });
    step([&] { p.dispatcher().trigger(Action::Reveal); });
    CHECK(changes == 65);
}

TEST_CASE("unplugging the projector keeps the lesson on the console, plugging it back returns it, full screen")
{
    QSettings().clear();
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    p.session().goTo(6);
    p.session().next();
    REQUIRE(p.projector().screen()->name() == "projector");

    setScreens({"laptop"});
    CHECK(QGuiApplication::screens().size() == 1);
    CHECK(p.placement().projectorLost());
    CHECK(p.placement().lostName() == "projector");
    CHECK_FALSE(p.projector().isVisible());
    CHECK(p.console().isVisible());
    // Nothing is lost: the lesson goes on from the console.
    CHECK(p.session().slideIndex() == 6);
    CHECK(p.session().buildStep() == 1);
    p.dispatcher().trigger(Action::Next);
    CHECK(p.session().buildStep() == 2);

    setScreens({"laptop", "projector"});
    CHECK_FALSE(p.placement().projectorLost());
    REQUIRE(p.projector().isVisible());
    CHECK(p.projector().screen()->name() == "projector");
    CHECK(p.projector().isFullScreen());
    CHECK(p.projector().geometry() == QRect(1920, 0, 1280, 720));
    CHECK(p.projector().currentFrame().view.slideIndex == 6);
    CHECK(p.projector().currentFrame().view.buildStep == 2);
}

TEST_CASE("Esc closes an overlay first, then leaves full screen, and never quits")
{
    QSettings().clear();
    Presenter p(seedLesson(), noFilm());
    p.show();
    settle();
    p.dispatcher().trigger(Action::Overview);
    CHECK(p.console().overviewOpen());
    p.dispatcher().trigger(Action::Escape);
    CHECK_FALSE(p.console().overviewOpen());
    CHECK(p.projector().isFullScreen());
    p.dispatcher().trigger(Action::Escape);
    settle();
    CHECK_FALSE(p.projector().isFullScreen());
    CHECK(p.projector().isVisible());
    p.dispatcher().trigger(Action::StartResume);
    settle();
    CHECK(p.projector().isFullScreen());
}

TEST_CASE("F opens the flip-chart line: typed answers go to the room, Up edits, an empty entry is removed, Esc closes")
{
    Options options = noFilm();
    options.windowed = true;
    options.record = false;
    Presenter p(seedLesson(), options);
    p.show();
    Session &s = p.session();
    p.dispatcher().trigger(Action::Flipchart);
    CHECK_FALSE(p.console().flipchartInputOpen());  // slide 1 has no flip chart
    s.goTo(1);
    p.dispatcher().trigger(Action::Flipchart);
    REQUIRE(p.console().flipchartInputOpen());
    auto *line = p.console().findChild<FlipchartLine *>();
    REQUIRE(line);
    QTest::keyClicks(line, "Hurtig optrapning");
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClicks(line, "Ikke personligt");
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(s.flipchart(1) == QStringList{"Hurtig optrapning", "Ikke personligt"});
    CHECK(p.projector().currentFrame().flipchart == QStringList{"Hurtig optrapning", "Ikke personligt"});
    QTest::keyClick(line, Qt::Key_Up);  // the last entry, to edit
    CHECK(line->text() == "Ikke personligt");
    line->setText("Forholdet er ikke personligt");
    QTest::keyClick(line, Qt::Key_Return);
    QTest::keyClick(line, Qt::Key_Up);
    QTest::keyClick(line, Qt::Key_Up);  // the first entry
    CHECK(line->text() == "Hurtig optrapning");
    line->clear();
    QTest::keyClick(line, Qt::Key_Return);  // emptied: removed
    CHECK(s.flipchart(1) == QStringList{"Forholdet er ikke personligt"});
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
        QTest::keyClicks(line, "Kunden kender ikke vores regler");
        QTest::keyClick(line, Qt::Key_Return);
        QTest::keyClicks(line, "Vi repræsenterer firmaet");
        p.console().resize(1600, 900);
        QApplication::processEvents();
        p.console().grab().save(QString::fromLocal8Bit(shots) + "/flipchart-console.png");
        line->clear();
    }
    QTest::keyClick(line, Qt::Key_Escape);
    CHECK_FALSE(p.console().flipchartInputOpen());
    // Typing "N" in the line wrote text; it did not move the lesson.
    CHECK(s.slideIndex() == 1);
}
