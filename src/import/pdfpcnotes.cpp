// SPDX-License-Identifier: MIT
#include "import/pdfpcnotes.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace stoppunkt {

namespace {
constexpr qint64 kMostBytes = 16 * 1024 * 1024;
constexpr int kMostPages = 100000;
}  // namespace

QStringList paragraphsOf(const QString &text)
{
    QStringList out;
    static const QRegularExpression blankLine(QStringLiteral("\\n[ \\t]*\\n"));
    for (const QString &part : QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(blankLine))
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            out << trimmed;
    return out;
}

PdfpcNotes readPdfpcNotes(const QString &file)
{
    PdfpcNotes notes;
    QFile in(file);
    if (!in.exists())
        return notes;
    if (in.size() > kMostBytes || !in.open(QIODevice::ReadOnly)) {
        notes.problem = QCoreApplication::translate("DeckImport", "cannot be read (larger than 16 MB, or not readable)");
        return notes;
    }
    const QByteArray bytes = in.readAll();
    const nlohmann::json root = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("pages") || !root["pages"].is_array()) {
        notes.problem = QCoreApplication::translate("DeckImport", "is not a pdfpc notes file: it needs JSON with a \"pages\" array");
        return notes;
    }
    for (const nlohmann::json &page : root["pages"]) {
        if (!page.is_object() || !page.contains("idx") || !page["idx"].is_number_integer())
            continue;
        const std::int64_t index = page["idx"].get<std::int64_t>();
        if (index < 0 || index >= kMostPages)
            continue;
        PdfpcNotes::Page &out = notes.pages[int(index)];
        if (page.contains("label") && page["label"].is_string())
            out.label = QString::fromStdString(page["label"].get<std::string>());
        else if (page.contains("label") && page["label"].is_number_integer())
            out.label = QString::number(page["label"].get<std::int64_t>());
        if (page.contains("note") && page["note"].is_string())
            out.notes += paragraphsOf(QString::fromStdString(page["note"].get<std::string>()));
    }
    return notes;
}

}  // namespace stoppunkt
