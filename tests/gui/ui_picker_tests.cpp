// SPDX-License-Identifier: MIT
#include "input/commanddispatcher.h"
#include "lesson/lessoncatalog.h"
#include "ui/consolewindow.h"
#include "ui/lessonpicker.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <fstream>

using namespace stoppunkt;

TEST_CASE("the lesson picker lists every lesson with its title, language and slide count")
{
    // Laid out like the project (lessons/<id>/lesson.json), so the lesson's "../../media/…" film path is allowed.
    QTemporaryDir root;
    QDir(root.path()).mkpath("lessons");
    const QDir dir(root.filePath("lessons"));
    QDir(dir.path()).mkpath("a-good");
    QDir(dir.path()).mkpath("b-broken");
    QDir(dir.path()).mkpath("c-empty-folder");
    QFile::copy(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json", dir.filePath("a-good/lesson.json"));
    std::ofstream(dir.filePath("b-broken/lesson.json").toStdString()) << "{ \"format\": 1, ";

    const auto entries = findLessons(dir.path().toStdString());
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].valid);
    CHECK(entries[0].title == "Konflikter med kunder");
    CHECK(entries[0].language == "da");
    CHECK(entries[0].slideCount == 16);
    CHECK_FALSE(entries[1].valid);
    CHECK(entries[1].title == "b-broken");
    CHECK_THAT(entries[1].problem, Catch::Contains("lesson.json:1:"));

    // Two folders: the lessons that come with Stoppunkt, and the user's own (still empty), each named.
    QTemporaryDir own;
    LessonPicker picker(QStringList{dir.path(), own.path()});
    CHECK(picker.lessonCount() == 2);
    const auto *list = picker.findChild<QListWidget *>();
    REQUIRE(list);
    REQUIRE(list->count() == 4);
    CHECK(list->item(0)->text().contains(dir.path()));
    CHECK(list->item(0)->flags() == Qt::NoItemFlags);  // a heading, not a lesson
    CHECK(list->item(1)->text().contains("Konflikter med kunder"));
    CHECK(list->item(1)->text().contains("dansk, 16 slides"));
    CHECK_FALSE(list->item(2)->flags() & Qt::ItemIsEnabled);
    CHECK(list->item(3)->text().contains(own.path()));
    CHECK(list->item(3)->text().contains("none yet"));
    CHECK(picker.chosenFile() == dir.filePath("a-good/lesson.json"));
}

TEST_CASE("the shipped lessons folder lists the seed lesson")
{
    const auto entries = findLessons(STOPPUNKT_LESSONS);
    REQUIRE_FALSE(entries.empty());
    CHECK(std::any_of(entries.begin(), entries.end(), [](const CatalogEntry &e) { return e.valid && e.slideCount == 16; }));
}

namespace {
/// The share of a widget's pixels that are as dark as the console's own background and panels; the
/// desktop's light grey dialogs have almost none.
double consoleShare(QWidget &widget)
{
    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int darkest = std::max(theme::consoleBackground.lightness(), theme::consolePanel.lightness());
    int match = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            match += QColor(image.pixel(x, y)).lightness() <= darkest;
    return double(match) / (image.width() * image.height());
}
}  // namespace

TEST_CASE("the lesson picker and the quit question are drawn in the console's dark look, not the desktop's grey")
{
    LessonPicker picker(QStringList{STOPPUNKT_LESSONS});
    picker.show();
    QApplication::processEvents();
    CHECK(consoleShare(picker) > 0.8);
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
        picker.grab().save(QString::fromLocal8Bit(shots) + "/lesson-picker.png");
    picker.close();

    Options options = stoppunkt::test::noFilm();
    options.windowed = true;
    options.record = false;
    Presenter p(stoppunkt::test::seedLesson(), options);
    p.show();
    double share = -1;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        share = consoleShare(*box);
        if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty())
            box->grab().save(QString::fromLocal8Bit(shots) + "/quit-question.png");
        box->reject();  // "No": the lesson goes on
    });
    p.dispatcher().trigger(Action::Quit);
    CHECK(share > 0.8);
    CHECK(p.console().isVisible());
}
