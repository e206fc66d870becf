// SPDX-License-Identifier: MIT
// The console for assistive technology: walking its accessible tree in-process finds the painted parts (now
// on the projector, the next step, the notes, the timer, the question's state), each with a name and, as its
// value, what the console shows, following the session as it moves.
#include "app/presenter.h"
#include "decktestsupport.h"
#include "input/commanddispatcher.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// The console's accessible children by name: their values.
std::map<QString, QString> partsOf(ConsoleWindow &console)
{
    std::map<QString, QString> parts;
    QAccessibleInterface *window = QAccessible::queryAccessibleInterface(&console);
    REQUIRE(window);
    for (int i = 0; i < window->childCount(); ++i) {
        QAccessibleInterface *child = window->child(i);
        REQUIRE(child);
        CHECK(window->indexOfChild(child) == i);
        CHECK(child->parent() == window);
        if (child->role() == QAccessible::StaticText)
            parts[child->text(QAccessible::Name)] = child->text(QAccessible::Value);
    }
    return parts;
}
}  // namespace

TEST_CASE("a screen reader finds the console's slide now shown, the next step, the notes, the timer and the question, in words")
{
    Presenter p(seedLesson(), noFilm());
    p.show();
    Session &s = p.session();
    s.goTo(10);  // Film #1, at its stop, one wrong pick
    s.skipFilm();
    REQUIRE(s.pick(1));
    settle();
    auto parts = partsOf(p.console());
    INFO([&] {
        std::string all;
        for (const auto &[name, value] : parts)
            all += name.toStdString() + " = " + value.toStdString() + "\n";
        return all;
    }());
    CHECK(parts[QStringLiteral("Now on the projector")] == QStringLiteral("Slide 11 of 16: Film #1"));
    CHECK(parts[QStringLiteral("Next")] == QString::fromStdString(s.previewOfNext()->slide.title));
    CHECK(parts[QStringLiteral("Notes")].contains(QStringLiteral("Jens Gaardbo introducerer filmen.")));
    CHECK(parts[QStringLiteral("Timer")].startsWith(QStringLiteral("00:00:")));  // as the top bar shows it
    CHECK(parts[QStringLiteral("The question")].startsWith(
        QStringLiteral("The right answer is 4: Morten skal undskylde de ting i kundens fremstilling")));
    CHECK(parts[QStringLiteral("The question")].contains(QStringLiteral("Picked: 1.")));

    // The parts follow the session, as the painted panels do.
    p.dispatcher().trigger(Action::BlackScreen);
    settle();
    CHECK(partsOf(p.console())[QStringLiteral("Now on the projector")]
          == QStringLiteral("Slide 11 of 16: Film #1. The projector is black"));
    p.dispatcher().goTo(1);
    settle();
    parts = partsOf(p.console());
    CHECK(parts[QStringLiteral("Now on the projector")].startsWith(QStringLiteral("Slide 2 of 16: ")));
    CHECK(parts[QStringLiteral("The question")].isEmpty());
}

TEST_CASE("a screen reader hears a deck's page by its description, and only its title where it has none")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lesson.json"));
    REQUIRE(QFile::copy(QStringLiteral(STOPPUNKT_TEST_DATA "/accessibility/lesson.json"), file));
    writeDeck(dir.filePath(QStringLiteral("deck.pdf")), 2);
    const LoadResult loaded = loadLessonFile(file.toStdString());
    REQUIRE(loaded.ok());
    Presenter p(*loaded.lesson, noFilm());
    p.show();
    p.dispatcher().goTo(2);
    settle();
    CHECK(partsOf(p.console())[QStringLiteral("Now on the projector")]
          == QStringLiteral("Slide 3 of 6: Med tekstalternativ. Trappen med fem trin, fra uenighed nederst til konflikt øverst."));
    p.dispatcher().goTo(1);
    settle();
    CHECK(partsOf(p.console())[QStringLiteral("Now on the projector")] == QStringLiteral("Slide 2 of 6: Uden tekstalternativ"));
}
