// SPDX-License-Identifier: MIT
#include "lessoncatalog.h"
#include "lessonpicker.h"
#include "uitestsupport.h"

#include <QListWidget>
#include <QTemporaryDir>

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

    LessonPicker picker(dir.path());
    CHECK(picker.lessonCount() == 2);
    const auto *list = picker.findChild<QListWidget *>();
    REQUIRE(list);
    CHECK(list->item(0)->text().contains("Konflikter med kunder"));
    CHECK(list->item(0)->text().contains("dansk, 16 slides"));
    CHECK_FALSE(list->item(1)->flags() & Qt::ItemIsEnabled);
    CHECK(picker.chosenFile() == dir.filePath("a-good/lesson.json"));
}

TEST_CASE("the shipped lessons folder lists the seed lesson")
{
    const auto entries = findLessons(STOPPUNKT_LESSONS);
    REQUIRE_FALSE(entries.empty());
    CHECK(std::any_of(entries.begin(), entries.end(), [](const CatalogEntry &e) { return e.valid && e.slideCount == 16; }));
}
