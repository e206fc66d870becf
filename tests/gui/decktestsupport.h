// SPDX-License-Identifier: MIT
#pragma once
// Decks the deck and import tests make: PDFs through QPdfWriter, and office packages through libzip.

#include <QColor>
#include <QFile>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <zip.h>

#include <catch2/catch.hpp>

namespace stoppunkt::test {

/// Page n's colour: the block each page of a test deck carries, so a picture shows which page it is.
inline QColor pageColour(int page)
{
    static const QColor colours[] = {QColor(0xD0, 0x20, 0x20), QColor(0x20, 0xA0, 0x30), QColor(0x20, 0x40, 0xD0),
                                     QColor(0xE0, 0xA0, 0x10)};
    return colours[(page - 1) % 4];
}

/// A deck of `pages` pages, `widthMm`×`heightMm` (16:9 by default): each page a black square at its top left
/// (the sharpness probe), its colour in a block filling the page's middle, and "Page N" written.
inline void writeDeck(const QString &path, int pages, const QString &title = {}, qreal widthMm = 254, qreal heightMm = 142.875)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(widthMm, heightMm), QPageSize::Millimeter));
    writer.setPageMargins({});
    writer.setResolution(300);
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter painter(&writer);
    const qreal w = writer.width(), h = writer.height();
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.fillRect(QRectF(0.05 * w, 0.05 * h, 0.1 * h, 0.1 * h), Qt::black);
        painter.fillRect(QRectF(0.3 * w, 0.3 * h, 0.4 * w, 0.4 * h), pageColour(page));
        QFont font(QStringLiteral("Noto Sans"));
        font.setPixelSize(int(0.08 * h));
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0.75 * h, w, 0.15 * h), Qt::AlignCenter, QStringLiteral("Page %1").arg(page));
    }
}

/// A zip package with these members (name → bytes), as PowerPoint and Impress write theirs.
inline void writePackage(const QString &path, const QMap<QString, QByteArray> &members)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    for (auto it = members.begin(); it != members.end(); ++it) {
        zip_source_t *source = zip_source_buffer(archive, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        REQUIRE(source != nullptr);
        REQUIRE(zip_file_add(archive, it.key().toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) >= 0);
    }
    REQUIRE(zip_close(archive) == 0);  // the buffers are read here, while `members` still holds them
}

}  // namespace stoppunkt::test
