// SPDX-License-Identifier: MIT
// One door: every path to a command (a key, the mouse on the console, the script, the flip-chart line) and
// every report (the film player's, the room's, the lesson file's) reaches the dispatcher, and gives the
// session the same command, seen in the session's record. The phone remote's path is in ui_remote_tests.cpp.
// The windows cannot go around the door: the layers check keeps the mutable session out of ui/ and room/, and
// in app/ lets only the files that own it, resume it or make their own hold it.
#include "app/presenter.h"
#include "app/scriptdriver.h"
#include "input/commanddispatcher.h"
#include "paintedtext.h"
#include "session/presentationtimer.h"
#include "session/recordcodec.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/flipchartline.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// Each event the session records from here on, as "type option text".
struct CommandLog {
    QStringList commands;
    explicit CommandLog(Session &session)
    {
        QObject::connect(&session, &Session::recorded, [this](const SessionEvent &e) {
            commands
                << QStringLiteral("%1 %2 %3").arg(recordcodec::eventName(e.type)).arg(e.option.value_or(0)).arg(e.text.value_or(QString()));
        });
    }
};

/// Where the console paints the first line of `text` in its right-hand panel (the question's options).
QPointF paintedInPanel(ConsoleWindow &console, const QString &text)
{
    for (const DrawnText &item : paintedItems(console))
        if (console.notesPanelRect().contains(item.box.center()) && item.text.contains(text.left(30)))
            return item.box.center();
    return {};
}
}  // namespace

TEST_CASE("a pick by its key, by a click on the console's option and from the script is the same command")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1366, 768);
    Session &s = p.session();
    s.goTo(10);
    s.skipFilm();
    REQUIRE(s.questionPhase() == QuestionPhase::Discussing);
    settle();
    const auto &options = s.slide().question.options;
    const QString second = QString::fromStdString(options[1].text);
    const QPointF optionTwo = paintedInPanel(p.console(), second);
    REQUIRE_FALSE(optionTwo.isNull());

    CommandLog log(s);
    p.dispatcher().handleKey(QKeyCombination(Qt::Key_1));
    QTest::mouseClick(&p.console(), Qt::LeftButton, Qt::NoModifier, optionTwo.toPoint());
    ScriptDriver::run(p, QStringLiteral("3"));
    CHECK(log.commands == QStringList{QStringLiteral("pick 1 "), QStringLiteral("pick 2 "), QStringLiteral("pick 3 ")});
    CHECK(s.picks() == std::vector<int>{1, 2, 3});
}

TEST_CASE("a flip-chart entry from the console's line and from the script is the same command")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    Session &s = p.session();
    s.goTo(1);
    REQUIRE(s.slide().flipchart);
    settle();
    CommandLog log(s);
    p.dispatcher().trigger(Action::Flipchart);
    auto *line = p.console().findChild<FlipchartLine *>();
    REQUIRE(line);
    REQUIRE(line->isVisible());
    QTest::keyClicks(line, QStringLiteral("Lyt efter"));
    QTest::keyClick(line, Qt::Key_Return);
    ScriptDriver::run(p, QStringLiteral("flipchart:Spørg ind"));
    CHECK(log.commands == QStringList{QStringLiteral("flipchart-add 0 Lyt efter"), QStringLiteral("flipchart-add 0 Spørg ind")});
    CHECK(s.flipchart(1) == QStringList{QStringLiteral("Lyt efter"), QStringLiteral("Spørg ind")});
}

TEST_CASE("the film player's stop, a phone's suggestion and the lesson's new version reach the session through the dispatcher")
{
    Session s(seedLesson());
    PresentationTimer timer;
    CommandDispatcher door(s, timer);
    CommandLog log(s);
    s.goTo(10);
    REQUIRE(s.filmPhase() == FilmPhase::Playing);
    door.report(reports::FilmAtStop{s.segmentRun() - 1});  // a late report from a segment left: ignored
    CHECK(s.filmPhase() == FilmPhase::Playing);
    door.report(reports::FilmAtStop{s.segmentRun()});
    CHECK(s.filmPhase() == FilmPhase::AtStop);

    s.goTo(2);  // a flip-chart slide
    door.report(reports::RoomSuggestion{QStringLiteral("Lyt efter")});
    CHECK(log.commands.contains(QStringLiteral("room-suggestion 0 Lyt efter")));

    QSignalSpy replaced(&s, &SessionView::lessonReplaced);
    Lesson edited = seedLesson();
    edited.slides[5].title = "Ny titel";
    door.report(reports::LessonEdited{edited, {}, 5});  // the author's edit on slide 6 shows slide 6
    CHECK(replaced.count() == 1);
    CHECK(s.slideIndex() == 5);
    CHECK(s.slide().title == "Ny titel");
    door.report(reports::LessonEdited{seedLesson(), {}, -1});  // the file changed on disk: the slide stays
    CHECK(s.slideIndex() == 5);
}
