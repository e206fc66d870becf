// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QPdfDocument;

namespace stoppunkt {

/// The pages of PDF decks drawn as pictures at the pixel size asked for: the renderer asks at the size the page
/// fills on the target, so a page is as sharp at 3840×2160 as at 1280×720. Open decks and the last pictures are
/// kept (the projector's and the console's sizes are asked for again and again); a deck replaced on disk is
/// opened again. GUI thread only.
class PageImages {
public:
    PageImages();
    ~PageImages();
    PageImages(const PageImages &) = delete;
    PageImages &operator=(const PageImages &) = delete;

    /// The one instance the renderer draws from.
    static PageImages &shared();

    /// Page `number`'s size in points (1-based); empty when the deck or the page cannot be read.
    QSizeF pageSize(const QString &file, int number);
    /// Page `number` drawn on white, `pixels` in size; null when it cannot be drawn.
    QImage page(const QString &file, int number, QSize pixels);

private:
    struct OpenDeck {
        std::unique_ptr<QPdfDocument> document;
        QDateTime modified;
        qint64 bytes = -1;
    };
    struct KeptPicture {
        QString file;
        int number = 0;
        QImage image;
        quint64 lastUse = 0;
    };

    /// The open deck, opened again when the file changed; nullptr when it does not open.
    QPdfDocument *document(const QString &file);
    void forget(const QString &file);
    void keep(KeptPicture picture);

    std::map<QString, OpenDeck> m_decks;
    std::vector<KeptPicture> m_pictures;
    quint64 m_uses = 0;
};

}  // namespace stoppunkt
