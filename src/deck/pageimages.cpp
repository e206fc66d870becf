// SPDX-License-Identifier: MIT
#include "deck/pageimages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>

namespace stoppunkt {

namespace {
constexpr std::size_t kOpenDecks = 4;
/// About six 4K pictures: the projector's current and next page, and the console's smaller ones.
constexpr qsizetype kPictureBytes = 200 * 1024 * 1024;
constexpr int kLargestSide = 16384;
}  // namespace

PageImages::PageImages() = default;
PageImages::~PageImages() = default;

PageImages &PageImages::shared()
{
    // Made on first use and deleted as the application object goes, before Qt PDF's library is torn down.
    static std::unique_ptr<PageImages> instance;
    if (!instance) {
        instance = std::make_unique<PageImages>();
        qAddPostRoutine([] { instance.reset(); });
    }
    return *instance;
}

void PageImages::forget(const QString &file)
{
    m_decks.erase(file);
    std::erase_if(m_pictures, [&](const KeptPicture &p) { return p.file == file; });
}

QPdfDocument *PageImages::document(const QString &file)
{
    const QFileInfo info(file);
    const QDateTime modified = info.lastModified();
    const qint64 bytes = info.exists() ? info.size() : -1;
    if (auto open = m_decks.find(file); open != m_decks.end()) {
        if (open->second.modified == modified && open->second.bytes == bytes)
            return open->second.document.get();
        forget(file);  // replaced on disk: its pages may all have changed
    }
    if (bytes < 0)
        return nullptr;
    if (m_decks.size() >= kOpenDecks)
        forget(m_decks.begin()->first);
    OpenDeck deck{std::make_unique<QPdfDocument>(), modified, bytes};
    const bool opened = deck.document->load(file) == QPdfDocument::Error::None && deck.document->status() == QPdfDocument::Status::Ready;
    if (!opened)
        deck.document.reset();  // remembered as not opening, until the file changes
    return m_decks.emplace(file, std::move(deck)).first->second.document.get();
}

QSizeF PageImages::pageSize(const QString &file, int number)
{
    QPdfDocument *deck = document(file);
    if (!deck || number < 1 || number > deck->pageCount())
        return {};
    return deck->pagePointSize(number - 1);
}

QImage PageImages::page(const QString &file, int number, QSize pixels)
{
    if (pixels.isEmpty() || pixels.width() > kLargestSide || pixels.height() > kLargestSide)
        return {};
    QPdfDocument *deck = document(file);
    if (!deck || number < 1 || number > deck->pageCount())
        return {};
    for (KeptPicture &kept : m_pictures) {
        if (kept.file == file && kept.number == number && kept.image.size() == pixels) {
            kept.lastUse = ++m_uses;
            return kept.image;
        }
    }
    const QImage drawn = deck->render(number - 1, pixels);
    if (drawn.isNull())
        return {};
    // A page leaves its background transparent where it draws nothing; on paper, and on a projector, it is white.
    QImage page(pixels, QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        painter.drawImage(0, 0, drawn);
    }
    keep({file, number, page, ++m_uses});
    return page;
}

void PageImages::keep(KeptPicture picture)
{
    m_pictures.push_back(std::move(picture));
    auto total = [&] {
        qsizetype bytes = 0;
        for (const KeptPicture &p : m_pictures)
            bytes += p.image.sizeInBytes();
        return bytes;
    };
    while (m_pictures.size() > 1 && total() > kPictureBytes) {
        auto oldest = std::min_element(m_pictures.begin(), m_pictures.end(),
                                       [](const KeptPicture &a, const KeptPicture &b) { return a.lastUse < b.lastUse; });
        m_pictures.erase(oldest);
    }
}

}  // namespace stoppunkt
