// SPDX-License-Identifier: MIT
#include "input/commanddispatcher.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "ui/projectorwindow.h"
#include "uitestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <QSet>
#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
std::optional<Action> actionOf(const KeyBindings &b, QKeyCombination k)
{
    return b.actionFor(k);
}
}  // namespace

TEST_CASE("the default keys follow LibreOffice, PowerPoint and presenter clickers")
{
    const KeyBindings b;
    for (Qt::Key k : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Space, Qt::Key_PageDown, Qt::Key_Return, Qt::Key_N})
        CHECK(actionOf(b, QKeyCombination(k)) == Action::Next);
    for (Qt::Key k : {Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace, Qt::Key_P})
        CHECK(actionOf(b, QKeyCombination(k)) == Action::Previous);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Home)) == Action::First);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_End)) == Action::Last);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_B)) == Action::BlackScreen);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Period)) == Action::BlackScreen);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_W)) == Action::WhiteScreen);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Comma)) == Action::WhiteScreen);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_F5)) == Action::StartResume);
    CHECK(actionOf(b, QKeyCombination(Qt::ShiftModifier, Qt::Key_F5)) == Action::StartResume);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Escape)) == Action::Escape);
    CHECK(actionOf(b, QKeyCombination(Qt::ControlModifier, Qt::Key_Q)) == Action::Quit);
    CHECK_FALSE(actionOf(b, QKeyCombination(Qt::Key_Q)).has_value());
    // The room's phones: invite (the join card), vote, the votes on the projector, the phones' suggestions.
    CHECK(actionOf(b, QKeyCombination(Qt::ControlModifier, Qt::Key_J)) == Action::Participation);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_I)) == Action::JoinCard);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_V)) == Action::Vote);
    CHECK(actionOf(b, QKeyCombination(Qt::ShiftModifier, Qt::Key_V)) == Action::Distribution);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_A)) == Action::AcceptSuggestion);
    CHECK(actionOf(b, QKeyCombination(Qt::ShiftModifier, Qt::Key_A)) == Action::DropSuggestion);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_T)) == Action::ToggleTimer);
    CHECK(actionOf(b, QKeyCombination(Qt::ShiftModifier, Qt::Key_T)) == Action::ResetTimer);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_G)) == Action::Overview);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Tab)) == Action::Overview);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_F1)) == Action::Help);
    // "?" arrives with Shift on most layouts; it still means help.
    CHECK(actionOf(b, QKeyCombination(Qt::ShiftModifier, Qt::Key_Question)) == Action::Help);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Plus)) == Action::NotesLarger);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_Minus)) == Action::NotesSmaller);
    CHECK(actionOf(b, QKeyCombination(Qt::Key_S)) == Action::SwapScreens);
    CHECK(actionOf(b, QKeyCombination(Qt::KeypadModifier, Qt::Key_Enter)) == Action::Next);
}

TEST_CASE("the action table names every action once, describes it, and gives no key two meanings")
{
    QSet<QString> names;
    QSet<int> keys;
    for (const ActionInfo &info : actionTable()) {
        CHECK_FALSE(names.contains(info.name));
        names.insert(info.name);
        CHECK_FALSE(actionDescription(info).isEmpty());
        CHECK_FALSE(info.defaultKeys.isEmpty());
        for (const QKeySequence &k : info.defaultKeys) {
            INFO(info.name.toStdString() << " " << k.toString().toStdString());
            CHECK_FALSE(keys.contains(k[0].toCombined()));
            keys.insert(k[0].toCombined());
        }
        CHECK(actionByName(info.name) == info.action);
    }
}

TEST_CASE("a keys.json file overrides bindings and explains its mistakes")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("keys.json");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"next": ["X", "Ctrl+Right"], "nxt": ["Y"], "black": ["NoSuchKey"], "white": "W"})");
    file.close();
    KeyBindings b;
    const QStringList problems = b.loadOverrides(path);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].endsWith("\"black\": \"NoSuchKey\" is not a key"));
    CHECK(problems[1].contains("unknown action \"nxt\"; did you mean \"next\"?"));
    CHECK(problems[2].contains("\"white\" must be a list of keys"));
    CHECK(b.actionFor(QKeyCombination(Qt::Key_X)) == Action::Next);
    CHECK(b.actionFor(QKeyCombination(Qt::ControlModifier, Qt::Key_Right)) == Action::Next);
    CHECK_FALSE(b.actionFor(QKeyCombination(Qt::Key_Right)).has_value());
    CHECK_FALSE(b.actionFor(QKeyCombination(Qt::Key_B)).has_value());
    CHECK(b.actionFor(QKeyCombination(Qt::Key_W)) == Action::WhiteScreen);
    CHECK(KeyBindings().loadOverrides(dir.filePath("absent.json")).isEmpty());
}

TEST_CASE("digits pick at a question, in every phase, and otherwise collect a slide number for Enter")
{
    Session session(seedLesson());
    PresentationTimer timer;
    CommandDispatcher d(session, timer);
    d.handleKey(QKeyCombination(Qt::Key_1));
    d.handleKey(QKeyCombination(Qt::Key_1));
    CHECK(d.jumpBuffer() == "11");
    CHECK(session.slideIndex() == 0);
    d.handleKey(QKeyCombination(Qt::Key_Return));
    CHECK(session.slideIndex() == 10);
    CHECK(d.jumpBuffer().isEmpty());
    session.skipFilm();
    d.handleKey(QKeyCombination(Qt::Key_2));
    CHECK(session.picks() == std::vector<int>{2});
    CHECK(d.jumpBuffer().isEmpty());
    d.handleKey(QKeyCombination(Qt::Key_U));
    CHECK(session.picks().empty());
    d.handleKey(QKeyCombination(Qt::Key_R));
    CHECK(session.questionPhase() == QuestionPhase::Revealed);
    // On a revealed question a digit is no slide number: the next Enter (a Next key) only goes on.
    d.handleKey(QKeyCombination(Qt::Key_2));
    CHECK(d.jumpBuffer().isEmpty());
    d.handleKey(QKeyCombination(Qt::Key_Return));
    CHECK(session.slideIndex() == 11);
    // Esc clears a number being typed, before anything else.
    session.goTo(1);
    d.handleKey(QKeyCombination(Qt::Key_3));
    REQUIRE(d.jumpBuffer() == "3");
    int escapes = 0;
    QObject::connect(&d, &CommandDispatcher::appRequested, [&](Action asked) { escapes += asked == Action::Escape; });
    d.handleKey(QKeyCombination(Qt::Key_Escape));
    CHECK(d.jumpBuffer().isEmpty());
    CHECK(escapes == 0);
    session.setBlank(Blank::Black);
    d.handleKey(QKeyCombination(Qt::Key_Escape));
    CHECK(session.blank() == Blank::None);
    CHECK(escapes == 0);
    d.handleKey(QKeyCombination(Qt::Key_Escape));
    CHECK(escapes == 1);
}

TEST_CASE("Ctrl+Q asks to quit, it never quits by itself, and T and Shift+T drive the timer")
{
    Session session(seedLesson());
    PresentationTimer timer;
    CommandDispatcher d(session, timer);
    int asked = 0;
    QObject::connect(&d, &CommandDispatcher::appRequested, [&](Action request) { asked += request == Action::Quit; });
    CHECK(d.handleKey(QKeyCombination(Qt::ControlModifier, Qt::Key_Q)));
    CHECK(asked == 1);
    timer.start();
    d.handleKey(QKeyCombination(Qt::Key_T));
    CHECK_FALSE(timer.running());
    d.handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_T));
    CHECK(timer.elapsedMs() == 0);
    CHECK_FALSE(d.handleKey(QKeyCombination(Qt::Key_F12)));
}

TEST_CASE("a typed slide number lapses, and any other key forgets it, so a later Enter cannot jump")
{
    Session session(seedLesson());
    PresentationTimer timer;
    CommandDispatcher d(session, timer);
    d.handleKey(QKeyCombination(Qt::Key_2));
    REQUIRE(d.jumpBuffer() == "2");
    d.handleKey(QKeyCombination(Qt::Key_Shift));  // a modifier alone is part of typing
    CHECK(d.jumpBuffer() == "2");
    d.handleKey(QKeyCombination(Qt::Key_Q));  // a key with no action
    CHECK(d.jumpBuffer().isEmpty());
    d.handleKey(QKeyCombination(Qt::Key_1));
    d.handleKey(QKeyCombination(Qt::Key_2));
    QSignalSpy lapsed(&d, &CommandDispatcher::jumpBufferChanged);
    REQUIRE(lapsed.wait(CommandDispatcher::kJumpLapseMs + 2000));
    CHECK(d.jumpBuffer().isEmpty());
    d.handleKey(QKeyCombination(Qt::Key_Return));  // Enter is Next now, not a jump to slide 12
    CHECK(session.slideIndex() == 1);
}

TEST_CASE("the elapsed time starts with the first Next or F5, not when the program starts")
{
    Session session(seedLesson());
    qint64 clock = 0;
    PresentationTimer timer(nullptr, [&] { return clock; });
    CommandDispatcher d(session, timer);
    CHECK_FALSE(timer.running());
    d.trigger(Action::Next);
    CHECK(timer.running());
    clock += 60000;
    d.trigger(Action::ToggleTimer);  // paused on purpose: Next does not start it again
    d.trigger(Action::Next);
    CHECK_FALSE(timer.running());
    PresentationTimer other;
    CommandDispatcher e(session, other);
    e.trigger(Action::StartResume);
    CHECK(other.running());
}

TEST_CASE("a click on the projector never changes what the room sees")
{
    Options options = noFilm();
    options.windowed = true;
    Presenter p(seedLesson(), options);
    p.show();
    settle();
    p.session().goTo(10);
    p.session().skipFilm();
    const AudienceView before = p.session().audienceView();
    for (Qt::MouseButton button : {Qt::LeftButton, Qt::RightButton, Qt::MiddleButton})
        QTest::mouseClick(&p.projector(), button, {}, QPoint(480, 270));
    settle();
    CHECK(p.session().slideIndex() == before.slideIndex);
    CHECK(p.session().questionPhase() == QuestionPhase::Discussing);
    CHECK_FALSE(p.session().revealArmed());
}

TEST_CASE("status texts name the keys as bound, so keys.json changes them too")
{
    KeyBindings b;
    CHECK(b.keysText(Action::BlackScreen) == "B or .");
    QTemporaryDir dir;
    QFile file(dir.filePath("keys.json"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({ "black": ["X"], "reveal": [] })");
    file.close();
    REQUIRE(b.loadOverrides(file.fileName()).isEmpty());
    CHECK(b.keysText(Action::BlackScreen) == "X");
    CHECK(b.keysText(Action::Reveal) == "no key");
}
