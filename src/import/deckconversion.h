// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

/// LibreOffice's program on the PATH (soffice, or libreoffice), or empty when it is not installed.
QString findOffice();

/// What converting a PowerPoint or Impress deck to PDF gave: the PDF's path, or why there is none.
struct DeckConversion {
    QString pdf;
    QString problem;
};

/// Converts `deck` to a PDF in `outputFolder` with LibreOffice headless, in a profile of its own so a
/// LibreOffice the author has open does not swallow the request. Waits at most `timeoutMs`.
DeckConversion convertToPdf(const QString &office, const QString &deck, const QString &outputFolder, int timeoutMs = 180000);

}  // namespace stoppunkt
