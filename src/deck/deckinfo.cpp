// SPDX-License-Identifier: MIT
#include "deck/deckinfo.h"

#include <QCoreApplication>
#include <QPdfDocument>

#include <algorithm>

namespace stoppunkt {

namespace {
QString problemText(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None: return {};
    case QPdfDocument::Error::FileNotFound: return QCoreApplication::translate("DeckCheck", "cannot be opened");
    case QPdfDocument::Error::InvalidFileFormat:
        return QCoreApplication::translate("DeckCheck", "is not a PDF that can be read (damaged, cut short or another kind of file)");
    case QPdfDocument::Error::IncorrectPassword:
        return QCoreApplication::translate("DeckCheck", "is encrypted with a password; export it again without one");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return QCoreApplication::translate("DeckCheck", "is protected in a way that cannot be opened; export it again without protection");
    case QPdfDocument::Error::DataNotYetAvailable:
    case QPdfDocument::Error::Unknown: break;
    }
    return QCoreApplication::translate("DeckCheck", "cannot be read as a PDF");
}
}  // namespace

DeckInfo inspectDeck(const QString &file)
{
    DeckInfo info;
    QPdfDocument document;
    const QPdfDocument::Error error = document.load(file);
    if (error != QPdfDocument::Error::None || document.status() != QPdfDocument::Status::Ready) {
        info.problem = problemText(error == QPdfDocument::Error::None ? QPdfDocument::Error::Unknown : error);
        return info;
    }
    info.pageCount = document.pageCount();
    if (info.pageCount < 1) {
        info.problem = QCoreApplication::translate("DeckCheck", "has no pages");
        return info;
    }
    info.opens = true;
    info.title = document.metaData(QPdfDocument::MetaDataField::Title).toString().simplified();
    return info;
}

}  // namespace stoppunkt
