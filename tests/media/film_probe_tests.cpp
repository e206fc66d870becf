// SPDX-License-Identifier: MIT
// --validate looks inside film files: a real film gives its length; playlists, references, pictures and
// renamed text are named for what they are.
#include "filmfixture.h"
#include "media/filmprobe.h"

#include <QImage>
#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;
using Catch::Contains;

namespace {
QString written(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return QFileInfo(file).canonicalFilePath();
}
}  // namespace

TEST_CASE("the demo film is a playable video, with its length")
{
    const FilmProbe::Result found = FilmProbe::probe(QFileInfo(kDemoFilm).canonicalFilePath());
    INFO(found.problem.toStdString());
    CHECK(found.playable);
    CHECK(found.durationMs == 146000);
    CHECK(found.format.contains("mp4"));
}

TEST_CASE("playlists, reference files, pictures and renamed text are not video files")
{
    QTemporaryDir dir;
    const QString film = QFileInfo(kDemoFilm).canonicalFilePath();
    QImage picture(64, 36, QImage::Format_RGB32);
    picture.fill(Qt::red);
    REQUIRE(picture.save(dir.filePath("still.png")));
    const struct {
        QString path;
        const char *expected;
    } cases[] = {
        {written(dir, "list.m3u", "#EXTM3U\n" + film.toUtf8() + "\n"), "not a video file"},
        {written(dir, "list.m3u8", "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + film.toUtf8() + "\n"), "not a video file"},
        {written(dir, "list.pls", "[playlist]\nFile1=" + film.toUtf8() + "\nNumberOfEntries=1\n"), "not a video file"},
        {written(dir, "cut.edl", "# mpv EDL v0\n" + film.toUtf8() + ",0,10\n"), "not a video file"},
        {written(dir, "joined.ffconcat", "ffconcat version 1.0\nfile '" + film.toUtf8() + "'\n"), "not a video file"},
        {written(dir, "renamed.mp4", "#EXTM3U\n" + film.toUtf8() + "\n"), "not a video file"},
        {written(dir, "empty.mp4", ""), "not a video file"},
        {QFileInfo(dir.filePath("still.png")).canonicalFilePath(), "a picture, not a film"},
    };
    for (const auto &c : cases) {
        INFO(c.path.toStdString());
        const FilmProbe::Result found = FilmProbe::probe(c.path);
        CHECK_FALSE(found.playable);
        CHECK_THAT(found.problem.toStdString(), Contains(c.expected));
    }
}
