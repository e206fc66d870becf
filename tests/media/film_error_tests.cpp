// SPDX-License-Identifier: MIT
// A film that is missing, broken or not a file never stops the lesson: the player says why, and nothing crashes.
#include "filmfixture.h"

#include <QTemporaryDir>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {
std::unique_ptr<FilmPlayer> headlessPlayer()
{
    return std::make_unique<FilmPlayer>(FilmPlayer::Settings{FilmPlayer::Output::Software, false, 100});
}
}  // namespace

TEST_CASE("a missing film is refused with its path in the message")
{
    auto player = headlessPlayer();
    QSignalSpy errors(player.get(), &FilmPlayer::errorOccurred);
    CHECK_FALSE(player->open("/nonexistent/morten.mp4", 25));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().at(0).toString().contains("/nonexistent/morten.mp4"));
    CHECK_FALSE(player->isOpen());
}

TEST_CASE("URLs, protocols and relative or linked paths are refused before mpv sees them")
{
    QTemporaryDir dir;
    // The link must exist and lead to the real film: refused as a missing file, it would prove nothing.
    REQUIRE(QFile::link(QFileInfo(kDemoFilm).canonicalFilePath(), dir.filePath("link.mp4")));
    REQUIRE(QFileInfo(dir.filePath("link.mp4")).isSymLink());
    REQUIRE(QFileInfo(dir.filePath("link.mp4")).isFile());
    auto player = headlessPlayer();
    for (const QString &bad : {QStringLiteral("https://example.com/film.mp4"), QStringLiteral("av://lavfi:testsrc"),
                               QStringLiteral("media/morten-demo.mp4"), dir.filePath("link.mp4"), dir.path()}) {
        INFO(bad.toStdString());
        CHECK_FALSE(player->open(bad, 25));
    }
}

TEST_CASE("a corrupt film reports mpv's error, playing it afterwards is harmless")
{
    QTemporaryDir dir;
    QFile file(dir.filePath("broken.mp4"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray garbage(200000, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    file.write(garbage);
    file.close();
    auto player = headlessPlayer();
    QSignalSpy errors(player.get(), &FilmPlayer::errorOccurred);
    CHECK(player->open(QFileInfo(file).canonicalFilePath(), 25));
    REQUIRE(errors.wait(10000));
    CHECK(errors.first().at(0).toString().startsWith("The film cannot be played"));
    CHECK_FALSE(player->isOpen());
    QSignalSpy reached(player.get(), &FilmPlayer::stopReached);
    player->playSegment(-1, 1000, 1);
    player->showFrameAt(500);
    CHECK_FALSE(reached.wait(300));
}
