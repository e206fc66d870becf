// SPDX-License-Identifier: MIT
#pragma once
// Decks that carry a film, as PowerPoint packs one: the demo film, the picture shape that plays it, and the
// probe that --validate uses.

#include "media/filmprobe.h"
#include "officedecks.h"

namespace stoppunkt::test {

/// The demo film's bytes, to pack into a deck.
inline QByteArray demoFilm()
{
    QFile film(STOPPUNKT_LESSONS "/../media/morten-demo.mp4");
    REQUIRE(film.open(QIODevice::ReadOnly));
    return film.readAll();
}

/// A picture shape that plays a film, as PowerPoint writes it: a:videoFile, and p14:media in its extensions.
inline QByteArray filmShape(const QByteArray &id)
{
    return "<p:pic><p:nvPicPr><p:cNvPr id=\"5\" name=\"media1.mp4\"/><p:cNvPicPr/><p:nvPr><a:videoFile r:link=\"" + id
           + "\"/><p:extLst><p:ext uri=\"{DAA4B4D4-6D71-4841-9C94-3DA5E1F4B5D7}\"><p14:media "
             "xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\" r:embed=\""
           + id + "\"/></p:ext></p:extLst></p:nvPr></p:nvPicPr><p:blipFill/><p:spPr/></p:pic>";
}

/// Films probed as --validate probes them.
inline FilmProbeFunction probeWithMpv()
{
    return [](const std::filesystem::path &file) {
        const FilmProbe::Result found = FilmProbe::probe(QString::fromStdString(file.string()));
        return FilmFacts{found.playable, found.problem.toStdString(), found.durationMs};
    };
}

}  // namespace stoppunkt::test
