// SPDX-License-Identifier: MIT
#include "import/deckconversion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace stoppunkt {

QString findOffice()
{
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

DeckConversion convertToPdf(const QString &office, const QString &deck, const QString &outputFolder, int timeoutMs)
{
    DeckConversion result;
    QTemporaryDir profile;
    if (!profile.isValid()) {
        result.problem =
            QCoreApplication::translate("DeckImport", "cannot make a temporary folder for LibreOffice: %1").arg(profile.errorString());
        return result;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(office, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                           QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                           QStringLiteral("pdf"), QStringLiteral("--outdir"), outputFolder, deck});
    if (!process.waitForStarted(30000)) {
        result.problem = QCoreApplication::translate("DeckImport", "LibreOffice (%1) did not start: %2").arg(office, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.problem = QCoreApplication::translate("DeckImport", "LibreOffice took longer than %n seconds to convert the deck", nullptr,
                                                     timeoutMs / 1000);
        return result;
    }
    const QString pdf = QDir(outputFolder).filePath(QFileInfo(deck).completeBaseName() + QStringLiteral(".pdf"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !QFileInfo::exists(pdf)) {
        const QString said = QString::fromLocal8Bit(process.readAll()).trimmed().left(400);
        result.problem = QCoreApplication::translate("DeckImport", "LibreOffice could not convert the deck to PDF (exit code %1): %2")
                             .arg(process.exitCode())
                             .arg(said);
        return result;
    }
    result.pdf = pdf;
    return result;
}

}  // namespace stoppunkt
