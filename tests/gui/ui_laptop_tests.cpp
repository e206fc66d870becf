// SPDX-License-Identifier: MIT
// The console on a laptop (1280x720) in Danish, where the longest words meet the least room: the right answer
// whole, the summary's heading and every note of its slide, a long status line, and the film's state beside
// its timeline.
#include "input/commanddispatcher.h"
#include "paintedtext.h"
#include "session/session.h"
#include "translations/uitranslator.h"
#include "ui/consolewindow.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
/// Everything the console paints, as one text with single spaces: wrapped lines join up again.
QString paintedProse(QWidget &window)
{
    return paintedTexts(window).join(QLatin1Char(' ')).simplified();
}

struct DanishLaptop {
    UiTranslator translator;
    std::unique_ptr<Presenter> p;
    explicit DanishLaptop(Lesson lesson)
    {
        REQUIRE(translator.use(QStringLiteral("da")));
        Options options = noFilm();
        options.windowed = true;
        p = std::make_unique<Presenter>(std::move(lesson), options);
        p->show();
        p->console().resize(1280, 720);
        settle();
    }
    ~DanishLaptop() { translator.use(QStringLiteral("en")); }
};
}  // namespace

TEST_CASE("at 1280x720 the console shows every question's right answer whole, in all five lessons")
{
    for (const char *id : {"konflikter-med-kunder", "kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        LoadResult loaded = loadLessonFile(std::string(STOPPUNKT_LESSONS "/") + id + "/lesson.json");
        REQUIRE(loaded.ok());
        DanishLaptop laptop(*loaded.lesson);
        Session &s = laptop.p->session();
        for (int i = 0; i < s.slideCount(); ++i) {
            if (!s.lesson().slides[i].isQuestion())
                continue;
            s.goTo(i);
            s.skipFilm();
            s.reveal();
            settle();
            const Question &q = s.slide().question;
            INFO(id << ", slide " << i + 1);
            CHECK(paintedProse(laptop.p->console()).contains(QString::fromStdString(q.options[q.answer - 1].text).simplified()));
        }
    }
}

TEST_CASE("at 1280x720 the summary slide keeps its heading whole and every note in view, the important one last")
{
    DanishLaptop laptop(seedLesson());
    Session &s = laptop.p->session();
    laptop.p->dispatcher().trigger(Action::Next);  // the lesson's time starts
    s.goToLast();
    REQUIRE(s.atLessonEnd());
    settle();
    const QString prose = paintedProse(laptop.p->console());
    CHECK(prose.contains(QRegularExpression(QStringLiteral("af planlagt 95 min"))));
    CHECK(prose.contains(QStringLiteral("Vælg hvilken del af tillægsmodulet I skal gennemgå næste gang.")));
    CHECK(laptop.p->console().notesView().maxScroll() == 0);  // nothing below "more below"
}

TEST_CASE("at 1280x720 a long status line is painted whole, smaller, not clipped to its first lines")
{
    DanishLaptop laptop(seedLesson());
    const QString notice = QStringLiteral("Genoptog den afbrudte session på dias 11. Rummet er åbent igen med samme kode: "
                                          "telefonerne og din fjernbetjening kommer selv tilbage, med deres stemmer.");
    laptop.p->console().setNotice(notice);
    settle();
    CHECK(paintedProse(laptop.p->console()).contains(notice));
}

TEST_CASE("at 1280x720 the film's state stands beside or under its headline, whole, never over the timeline")
{
    DanishLaptop laptop(seedLesson());
    Session &s = laptop.p->session();
    s.goTo(14);  // "Sidste filmdel": announced, Next starts the film
    REQUIRE(s.filmPhase() == FilmPhase::Idle);
    s.setFilmProgress(true, true, 127960, 146000);  // as the player reports it: loaded, the last stop's frame
    settle();
    const QStringList texts = paintedTexts(laptop.p->console());
    CHECK(texts.contains(QStringLiteral("klar: Næste starter filmen")));  // one line, not wrapped into the timeline

    // Where the timeline is: its stop numbers ("#1".."#4") hang under the track, which their marks cross.
    for (const bool playing : {false, true}) {
        if (playing) {
            laptop.p->dispatcher().trigger(Action::Next);  // the film plays: its state says so, longer
            s.setFilmProgress(true, false, 130000, 146000);
            settle();
        }
        INFO((playing ? "playing" : "announced"));
        const std::vector<DrawnText> items = paintedItems(laptop.p->console());
        std::vector<QRectF> numbers;
        for (const DrawnText &item : items)
            if (QRegularExpression(QStringLiteral("^#[1-4]$")).match(item.text).hasMatch())
                numbers.push_back(item.box);
        REQUIRE(numbers.size() == 4);
        const qreal track = numbers[0].top() - theme::consoleStopMarkPx - theme::consoleTimelinePx;
        const QRectF band(QPointF(numbers.front().left(), track - theme::consoleStopMarkPx),
                          QPointF(numbers.back().right(), numbers[0].bottom()));
        for (const DrawnText &item : items) {
            INFO(item.text.toStdString() << " at " << item.box.top() << ".." << item.box.bottom() << ", the timeline at " << band.top()
                                         << ".." << band.bottom());
            if (!QRegularExpression(QStringLiteral("^#[1-4]$")).match(item.text).hasMatch())
                CHECK_FALSE(item.box.adjusted(1, 1, -1, -1).intersects(band));
        }
    }
}

TEST_CASE(
    "at 1280x720 with three flip-chart entries and the phones' suggestions, no text on the console is cut, and the notes stay in view")
{
    DanishLaptop laptop(seedLesson());
    Session &s = laptop.p->session();
    laptop.p->dispatcher().trigger(Action::Next);
    s.goToLast();
    REQUIRE(s.slide().flipchart);
    for (const char *entry : {"Lyt før du svarer", "Anerkend det, der er gået galt", "Sig hvad du kan gøre"})
        REQUIRE(s.addFlipchartEntry(QString::fromUtf8(entry)));
    ParticipationState room;
    room.on = true;
    room.address = QStringLiteral("http://127.0.0.1:8471");
    room.roomCode = QStringLiteral("4821");
    room.joined = 12;
    room.suggestions = {QStringLiteral("Ann: Spørg ind til kundens oplevelse"), QStringLiteral("Bo: Hold en rolig stemme")};
    s.setParticipation(room);
    settle();
    const QStringList cut = clippedTexts(laptop.p->console());
    INFO("cut: " << cut.join(QStringLiteral(" | ")).toStdString());
    CHECK(cut.isEmpty());
    const QString prose = paintedProse(laptop.p->console());
    CHECK(prose.contains(QStringLiteral("Skift+A kasserer det)")));  // the heading whole, its last word too
    CHECK(prose.contains(QStringLiteral("Vælg hvilken del af tillægsmodulet I skal gennemgå næste gang.")));
    CHECK(laptop.p->console().notesView().maxScroll() == 0);
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        laptop.p->console().grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/console-1280x720-summary-room.png"));
}
