// SPDX-License-Identifier: MIT
// The film inside the deck: a PowerPoint or Impress deck that carries its film comes in with the film copied
// beside the lesson and its slide made a film slide (the slide's page until the film plays), probed as
// --validate probes films; a film only linked from outside the deck is named, and its slide stays a page. The
// deck's rehearsed timings become the lesson's time plan.
#include "filmdecks.h"

#include <QFileInfo>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("a PowerPoint deck's packed film is copied beside the lesson and its slide becomes a film slide, and a linked one is named")
{
    QTemporaryDir dir;
    QList<PptxSlide> slides{
        {shape("title", {"Velkommen"}), {"Byd velkommen."}, false, "<p:transition spd=\"slow\" advTm=\"90000\"/>", {}, false},
        {shape("title", {"Filmen om Morten"}) + filmShape("rId5"),
         {"Start filmen, og stop ved første stoppunkt."},
         false,
         "<p:transition advTm=\"30000\"/>",
         {{"rId5", "../media/media1.mp4"}},
         false},
        {shape("title", {"Kundens film"}) + filmShape("rId7"),
         {"Filmen ligger på netværksdrevet."},
         false,
         {},
         {{"rId7", "file:///srv/film/kunde.mp4"}},
         true},
    };
    QMap<QString, QByteArray> members = pptxPackage(slides, "Morten");
    members["ppt/media/media1.mp4"] = demoFilm();
    const QString pptx = dir.filePath("morten.pptx");
    writePackage(pptx, members);

    ImportRequest request{pptx, dir.filePath("morten"), QStringLiteral("da"), {}, {}, false, probeWithMpv()};
    writeDeck(dir.filePath("converted.pdf"), 3);
    request.office = fakeOffice(dir, dir.filePath("converted.pdf"));
    const ImportReport report = importDeck(request);
    const QString said = report.lines.join('\n');
    INFO(said.toStdString() << "\n" << report.problem.toStdString());
    REQUIRE(report.ok);
    CHECK(said.contains("Films: 1 packed in the deck"));
    CHECK(said.contains("/srv/film/kunde.mp4"));  // where the linked film was, for the author to place
    CHECK(said.contains("rehearsed timings of 2 slides"));

    const Lesson lesson = loadStrictly(report.lessonFile);
    REQUIRE(lesson.slides.size() == 3);
    REQUIRE(lesson.films.size() == 1);
    const Film &film = lesson.films[0];
    CHECK(film.source == "media1.mp4");  // beside the lesson
    CHECK(QFileInfo(dir.filePath("morten/media1.mp4")).size() == demoFilm().size());
    CHECK(film.title == "Filmen om Morten");
    const Slide &filmSlide = lesson.slides[1];
    CHECK(filmSlide.kind == SlideKind::FilmSegment);
    CHECK(filmSlide.filmId == film.id);
    CHECK(filmSlide.announce);  // the page shows first; Next starts the film
    CHECK(filmSlide.page.number == 2);  // its page is the backdrop before and after the film
    REQUIRE(filmSlide.notes.size() == 1);
    CHECK(filmSlide.notes[0].text == "Start filmen, og stop ved første stoppunkt.");
    CHECK(lesson.slides[2].kind == SlideKind::Page);  // the linked film's slide: its page
    CHECK(lesson.slides[2].notes[0].text == "Filmen ligger på netværksdrevet.");
    CHECK(lesson.slides[0].minutes == 1.5);  // advTm 90,000 ms
    CHECK(lesson.slides[1].minutes == 0.5);
}

TEST_CASE("a film that does not play is found by the import's own check, as --validate finds it")
{
    QTemporaryDir dir;
    QMap<QString, QByteArray> members =
        pptxPackage({{shape("title", {"Film"}) + filmShape("rId5"), {}, false, {}, {{"rId5", "../media/media1.mp4"}}, false}});
    members["ppt/media/media1.mp4"] = QByteArray(4096, 'x');  // not a film
    const QString pptx = dir.filePath("broken.pptx");
    writePackage(pptx, members);
    ImportRequest request{pptx, dir.filePath("broken"), QStringLiteral("da"), {}, {}, false, probeWithMpv()};
    writeDeck(dir.filePath("converted.pdf"), 1);
    request.office = fakeOffice(dir, dir.filePath("converted.pdf"));
    const ImportReport report = importDeck(request);
    CHECK_FALSE(report.ok);
    CHECK(report.lines.join('\n').contains("media1.mp4"));
}

TEST_CASE("an Impress deck's packed film (Media/, draw:plugin) is copied and its slide becomes a film slide")
{
    QTemporaryDir dir;
    const QByteArray plugin = "<draw:frame><draw:plugin xlink:href=\"Media/kunde.mp4\" xlink:type=\"simple\" "
                              "draw:mime-type=\"application/vnd.sun.star.media\"/></draw:frame>";
    QMap<QString, QByteArray> members =
        odpPackage({{"Velkommen", {"Hej."}, "dp1", {}}, {"Filmen", {"Se filmen."}, "dp1", plugin}, {"Skjult", {}, "dp2", {}}});
    members["Media/kunde.mp4"] = demoFilm();
    const QString odp = dir.filePath("kunde.odp");
    writePackage(odp, members);
    const Lesson lesson = importedWithStandIn(dir, {odp, dir.filePath("kunde"), QStringLiteral("da"), {}, {}, false, probeWithMpv()}, 2);
    REQUIRE(lesson.slides.size() == 2);
    CHECK(lesson.slides[1].kind == SlideKind::FilmSegment);
    REQUIRE(lesson.films.size() == 1);
    CHECK(lesson.films[0].source == "kunde.mp4");
    CHECK(QFileInfo(dir.filePath("kunde/kunde.mp4")).size() == demoFilm().size());
    CHECK(lesson.slides[1].notes[0].text == "Se filmen.");
}
