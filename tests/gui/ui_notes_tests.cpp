// SPDX-License-Identifier: MIT
// The facilitator's notes on the console: one readable size on every slide, every note reachable, and the
// seed lesson's notes whole at a laptop's 1280x720 without scrolling.
#include "input/commanddispatcher.h"
#include "session/session.h"
#include "ui/consolewindow.h"
#include "ui/notesview.h"
#include "uitestsupport.h"

#include <QSettings>
#include <QTest>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
Lesson lessonNamed(const std::string &id)
{
    LoadResult result = loadLessonFile(std::string(STOPPUNKT_LESSONS "/") + id + "/lesson.json");
    for (const Diagnostic &problem : result.diagnostics)
        UNSCOPED_INFO(problem.format());  // said only if the lesson does not load
    REQUIRE(result.ok());
    return std::move(*result.lesson);
}

/// Shows slide `index` as the room discusses it (a film question at its stop), and lays the console out.
void showSlide(Presenter &p, int index)
{
    p.session().goTo(index);
    if (p.session().slide().kind == SlideKind::FilmQuestion)
        p.session().skipFilm();
    p.console().grab();  // paints, and so lays the notes out
}
}  // namespace

TEST_CASE("every note of every slide of all five lessons can be read at every console size")
{
    QSettings().remove("console/notesZoom");
    const QSize sizes[] = {{1280, 720}, {1366, 768}, {1440, 900}, {1920, 1080}, {2560, 1440}};
    for (const char *id : {"konflikter-med-kunder", "kundetyper", "arga-kunder", "klagehandtering", "gennemsigtig-kommunikation"}) {
        Options options = noFilm();
        options.windowed = true;
        options.record = false;
        Presenter p(lessonNamed(id), options);
        p.show();
        // Run again with QT_SCALE_FACTOR=2 (a CTest case does): every size is then drawn at ratio 2.
        if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
            REQUIRE(p.console().devicePixelRatioF() == qEnvironmentVariable("QT_SCALE_FACTOR").toDouble());
        for (const QSize &size : sizes) {
            p.console().resize(size);
            qreal px = -1;
            for (int i = 0; i < p.session().slideCount(); ++i) {
                INFO(id << " at " << size.width() << "x" << size.height() << ", slide " << i + 1);
                showSlide(p, i);
                const NotesView &notes = p.console().notesView();
                REQUIRE(notes.noteRects().size() == p.session().slide().notes.size());
                // One size on every slide, never below the floor.
                CHECK(notes.px() >= NotesView::kFloorPx);
                CHECK((px < 0 || notes.px() == px));
                px = notes.px();
                // The panel shows at least three lines at once, so scrolling through it is usable.
                CHECK(notes.area().height() >= 3 * notes.px() * 1.5);
                CHECK(notes.area().width() >= 300);
                // Every note is laid out whole and lies within the part that scrolling reaches.
                for (const QRectF &rect : notes.noteRects()) {
                    CHECK(rect.height() >= notes.px());
                    CHECK(rect.bottom() <= notes.maxScroll() + notes.area().height() + 0.5);
                }
                // The seed lesson's notes are short: at a laptop size they fit whole, at a question too.
                if (std::string(id) == "konflikter-med-kunder" && size == QSize(1280, 720))
                    CHECK(notes.contentHeight() <= notes.area().height());
            }
        }
    }
}

TEST_CASE("notes that do not fit scroll with the keys and the wheel, and the size is remembered")
{
    QSettings().remove("console/notesZoom");
    Options options = noFilm();
    options.windowed = true;
    options.record = false;
    Presenter p(lessonNamed("konflikter-med-kunder"), options);
    p.show();
    p.console().resize(1280, 720);
    for (int i = 0; i < 8; ++i)
        p.dispatcher().trigger(Action::NotesLarger);
    showSlide(p, 10);  // Film #1: seven notes, far larger than the panel now
    const NotesView &notes = p.console().notesView();
    REQUIRE(notes.maxScroll() > 0);
    CHECK(notes.scroll() == 0);
    p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_Down));
    p.console().grab();
    CHECK(notes.scroll() > 0);
    const qreal afterKey = notes.scroll();
    QWheelEvent wheel(notes.area().center(), p.console().mapToGlobal(notes.area().center().toPoint()), {}, {0, -120}, Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&p.console(), &wheel);
    p.console().grab();
    CHECK(notes.scroll() > afterKey);
    for (int i = 0; i < 50; ++i)
        p.dispatcher().handleKey(QKeyCombination(Qt::ShiftModifier, Qt::Key_Down));
    p.console().grab();
    CHECK(notes.scroll() == notes.maxScroll());  // the last note is reachable, and no further
    showSlide(p, 11);
    CHECK(notes.scroll() == 0);  // another slide's notes start at their top
    CHECK(QSettings().value("console/notesZoom").toInt() == 8);
    QSettings().remove("console/notesZoom");
}
