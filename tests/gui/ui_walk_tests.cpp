// SPDX-License-Identifier: MIT
// The whole-state test: a seeded random walk of every kind of key over all five lessons, with the room's
// phones simulated and the program killed and resumed through its record. After each action the projector's
// painted picture must equal a fresh render of what the room may see now, pixel for pixel, and what the
// console painted as "now on the projector" must equal what the projector painted, zoomed too.
#include "samepicture.h"
#include "session/recordcodec.h"
#include "session/session.h"
#include "translations/uitranslator.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/sliderenderer.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTest>

#include <cstdlib>
#include <memory>
#include <random>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {

constexpr QSize kConsoleSize{1280, 720};

QImage rgb(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

/// A fresh render of `frame` into a picture of `canvas`, drawn at `target`, as the windows draw it.
QImage directRender(const SlideFrame &frame, QSize canvas, const QRectF &target, const QColor &background)
{
    QImage image(canvas, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    SlideRenderer().render(painter, target, frame);
    return image;
}

/// The program as the facilitator runs it: both windows, the keys sent to the console.
struct Program {
    std::unique_ptr<Presenter> presenter;
    explicit Program(const Lesson &lesson, UiTranslator &translator)
    {
        Options options = noFilm();
        options.windowed = true;
        presenter = std::make_unique<Presenter>(lesson, options);
        presenter->setUiTranslator(&translator);
        presenter->show();
        presenter->console().resize(kConsoleSize);
        settle();
        // The projector as large as the console's "now on the projector" (whole pixels, 16:9): the two paint
        // the same picture, pixel for pixel.
        presenter->projector().resize(presenter->console().nowRect().toAlignedRect().size());
        settle();
    }
    Session &session() { return presenter->session(); }
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) { QTest::keyClick(&presenter->console(), Qt::Key(key), modifiers); }
};

/// The room's phones as the room server would report them: on or off, and a vote with its tally.
ParticipationState simulatedRoom(const Session &session, std::mt19937 &random, bool on)
{
    ParticipationState room;
    if (!on)
        return room;
    room.on = true;
    room.address = QStringLiteral("http://127.0.0.1:%1").arg(8000 + random() % 1000);
    room.roomCode = QString::number(1000 + random() % 9000);
    room.joined = int(random() % 30);
    if (session.slide().isQuestion() && random() % 4 != 0) {
        room.voteQuestion = QString::fromStdString(session.lesson().slideKey(session.slideIndex()));
        for (std::size_t i = 0; i < session.slide().question.options.size(); ++i)
            room.tally.push_back(int(random() % 9));
        for (int votes : room.tally)
            room.voters += votes;
        room.voteOpen = random() % 2 == 0;
    }
    return room;
}

/// Kills the program and starts it again from its record, as --resume does: the session's state goes
/// through the record's codec, and the room comes back from its own file (here: the same state).
void killAndResume(std::unique_ptr<Program> &program, const Lesson &lesson, UiTranslator &translator)
{
    const QJsonObject saved = recordcodec::toJson(program->session().snapshot());
    const ParticipationState room = program->session().participation();
    program.reset();
    program = std::make_unique<Program>(lesson, translator);
    const std::optional<SessionSnapshot> snapshot = recordcodec::snapshotFromJson(saved);
    REQUIRE(snapshot);
    program->session().restore(*snapshot);
    program->session().setParticipation(room);
}

/// One action of every kind the facilitator (or the room) can cause; returns its name for the failure report.
std::string act(std::unique_ptr<Program> &program, const Lesson &lesson, UiTranslator &translator, std::mt19937 &random)
{
    Program &p = *program;
    Session &s = p.session();
    switch (random() % 30) {
    case 0:
    case 1:
    case 2:
    case 3: p.key(Qt::Key_Right); return "Next";
    case 4: p.key(Qt::Key_Space); return "Next (Space)";
    case 5:
    case 6: p.key(Qt::Key_Left); return "Previous";
    case 7: p.key(random() % 2 ? Qt::Key_Home : Qt::Key_End); return "Home/End";
    case 8: {
        const int to = 1 + int(random() % s.slideCount());
        for (const QChar digit : QString::number(to))
            p.key(Qt::Key_0 + digit.digitValue());
        p.key(Qt::Key_Return);
        return "typed jump to " + std::to_string(to);
    }
    case 9: p.key(Qt::Key_G); return "G (overview)";
    case 10: p.key(random() % 2 ? Qt::Key_B : Qt::Key_W); return "blank";
    case 11:
    case 12: p.key(Qt::Key_1 + int(random() % 6)); return "pick";
    case 13: p.key(Qt::Key_U); return "undo pick";
    case 14: p.key(Qt::Key_R); return "reveal";
    case 15: p.key(Qt::Key_I); return "join card";
    case 16: p.key(Qt::Key_V, Qt::ShiftModifier); return "votes on the projector";
    case 17: s.setParticipation(simulatedRoom(s, random, !s.participation().on || random() % 3 != 0)); return "room on, a tally";
    case 18: s.setParticipation(simulatedRoom(s, random, false)); return "room off";
    case 19: s.addFlipchartEntry(QStringLiteral("Svar %1").arg(random() % 100)); return "flip-chart entry";
    case 20: p.key(Qt::Key_C); return "subtitles";
    case 21: p.key(Qt::Key_L); return "UI language";
    case 22: p.key(random() % 2 ? Qt::Key_Escape : Qt::Key_F1); return "Esc or help";
    case 24: p.key(Qt::Key_H, random() % 2 ? Qt::ShiftModifier : Qt::NoModifier); return "pointer or spotlight";
    case 25: {
        // The mouse over the console's "now on the projector": the pointer follows it, if it is taken up.
        const QRectF now = p.presenter->console().nowRect();
        const QPointF at(now.left() + now.width() * double(random() % 1000) / 1000,
                         now.top() + now.height() * double(random() % 1000) / 1000);
        QMouseEvent move(QEvent::MouseMove, at, p.presenter->console().mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&p.presenter->console(), &move);
        return "mouse over the slide";
    }
    case 26: {
        const Qt::Key keys[] = {Qt::Key_D, Qt::Key_D, Qt::Key_E, Qt::Key_Z};
        const Qt::Key key = keys[random() % 4];
        p.key(key, key == Qt::Key_D && random() % 3 == 0 ? Qt::ShiftModifier : Qt::NoModifier);
        return "pen, highlighter, eraser or zoom";
    }
    case 27:
    case 28: {
        // A drag over the console's "now on the projector": it draws, erases, pans, or (a click) moves on.
        const QRectF now = p.presenter->console().nowRect();
        const auto somewhere = [&] {
            return QPointF(now.left() + now.width() * double(random() % 1000) / 1000,
                           now.top() + now.height() * double(random() % 1000) / 1000);
        };
        const QPointF from = somewhere(), to = somewhere();
        ConsoleWindow &console = p.presenter->console();
        const auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, console.mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                              Qt::NoModifier);
            QCoreApplication::sendEvent(&console, &event);
        };
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int i = 1; i <= 5; ++i)
            send(QEvent::MouseMove, from + (to - from) * i / 5, Qt::LeftButton);
        send(QEvent::MouseButtonRelease, to, Qt::NoButton);
        return "a drag over the slide";
    }
    case 29: {
        const Qt::Key keys[] = {Qt::Key_U, Qt::Key_E, Qt::Key_X, Qt::Key_X};
        const Qt::Key key = keys[random() % 4];
        p.key(key, key == Qt::Key_X && random() % 2 ? Qt::NoModifier : Qt::ShiftModifier);
        return "undo or clear strokes, pen colour or width";
    }
    default:
        if (random() % 4 == 0) {
            killAndResume(program, lesson, translator);
            return "kill and resume";
        }
        p.key(Qt::Key_R, Qt::ControlModifier);
        return "replay the film";
    }
}

/// The projector's painted picture is a fresh render of its frame, and the console painted the same picture.
void checkAgreement(Program &p)
{
    ProjectorWindow &projector = p.presenter->projector();
    ConsoleWindow &console = p.presenter->console();
    const SlideFrame frame = projector.currentFrame();
    // grab() paints now, before the next step is drawn ahead: a picture drawn ahead for the last state is
    // reused here only if it shows exactly this one.
    const QImage painted = rgb(projector.grab().toImage());
    const QImage direct = directRender(frame, projector.size(), QRectF(projector.rect()), Qt::black);
    if (frame.view.zoom.zoomed()) {
        const Comparison fresh = Comparison::of(frame, projector.size(), 0);
        CHECK(differingPixels(painted, direct, fresh.inside, fresh.tolerance) == 0);
    } else {
        CHECK(painted == direct);
    }
    if (console.overviewOpen() || console.helpOpen())
        return;  // they cover "now on the projector"
    const QRect now = console.nowRect().toAlignedRect();
    REQUIRE(QRectF(now) == console.nowRect());
    REQUIRE(now.size() == projector.size());
    const QImage onConsole = rgb(consoleNow(console));
    const Comparison same = Comparison::of(frame, now.size(), 2);
    const int differing = differingPixels(onConsole, painted, same.inside, same.tolerance);
    if (differing > 0) {
        if (const char *shots = std::getenv("STOPPUNKT_SHOTS")) {
            onConsole.save(QString::fromLocal8Bit(shots) + "/walk-console.png");
            painted.save(QString::fromLocal8Bit(shots) + "/walk-projector.png");
        }
        INFO(differing << " pixels differ");
        FAIL_CHECK("the console's \"now on the projector\" is not what the projector painted");
    }
}

void walk(const char *lessonId, unsigned seed, int actions)
{
    LoadResult loaded = loadLessonFile(std::string(STOPPUNKT_LESSONS "/") + lessonId + "/lesson.json");
    REQUIRE(loaded.ok());
    const Lesson lesson = *loaded.lesson;
    UiTranslator translator;
    auto program = std::make_unique<Program>(lesson, translator);
    std::mt19937 random(seed);
    std::string history;
    for (int i = 0; i < actions; ++i) {
        const std::string action = act(program, lesson, translator, random);
        history = (history.size() > 600 ? history.substr(history.size() - 600) : history) + " | " + action;
        INFO(lessonId << ", action " << i << ": " << action << " (before it:" << history << ")");
        checkAgreement(*program);
        if (!program->presenter->projector().isVisible())
            FAIL("the projector window closed");
        // The next step is drawn ahead in idle time; draw it now, so the next action meets a picture drawn
        // for this state (the case a hand-written cache key got wrong).
        program->presenter->projector().drawAheadNow();
    }
    translator.use(QStringLiteral("en"));
}

}  // namespace

TEST_CASE(
    "whole state: after every action of a random walk the projector shows exactly the room's view, and the console draws the same value")
{
    walk("konflikter-med-kunder", 2201, 2000);
    walk("kundetyper", 2202, 2000);
    walk("arga-kunder", 2203, 2000);
    walk("klagehandtering", 2204, 2000);
    walk("gennemsigtig-kommunikation", 2205, 2000);
}
