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
constexpr int kMostMinutes = 24 * 60;

bool flag(const nlohmann::json &page, const char *key)
{
    return page.contains(key) && page[key].is_boolean() && page[key].get<bool>();
}

/// pdfpc's JSON format: {"pdfpcFormat": 2, "duration": 20, "pages": [{"idx": 0, "note": "…", "forcedOverlay": true}]}.
void readJson(const nlohmann::json &root, PdfpcNotes &notes)
{
    if (root.contains("duration") && root["duration"].is_number_integer())
        notes.durationMinutes = int(std::clamp<std::int64_t>(root["duration"].get<std::int64_t>(), 0, kMostMinutes));
    for (const nlohmann::json &page : root["pages"]) {
        if (!page.is_object() || !page.contains("idx") || !page["idx"].is_number_integer())
            continue;
        const std::int64_t index = page["idx"].get<std::int64_t>();
        if (index < 0 || index >= kMostPages)
            continue;
        PdfpcNotes::Page &out = notes.pages[int(index)];
        out.forcedOverlay = flag(page, "forcedOverlay");
        out.hidden = flag(page, "hidden");
        if (page.contains("note") && page["note"].is_string())
            out.notes += paragraphsOf(QString::fromStdString(page["note"].get<std::string>()));
    }
}

/// The older format's [notes] section: "### 3" opens slide 3's notes; "\[", "\]" and "\#" stand for themselves.
void readLegacyNotes(const QString &section, PdfpcNotes &notes)
{
    static const QRegularExpression escaped(QStringLiteral("\\\\([\\[\\]#])"));
    for (const QString &part : section.split(QStringLiteral("### "))) {
        const qsizetype newline = part.indexOf(QLatin1Char('\n'));
        bool isNumber = false;
        const int slide = part.left(newline < 0 ? part.size() : newline).trimmed().toInt(&isNumber);
        if (!isNumber || slide < 1 || slide > kMostPages || newline < 0)
            continue;
        const QStringList paragraphs = paragraphsOf(part.mid(newline + 1).replace(escaped, QStringLiteral("\\1")));
        if (!paragraphs.isEmpty())
            notes.slideNotes[slide - 1] += paragraphs;
    }
}

/// The older format (pdfpc before 4.5): sections "[duration]", "[skip]", "[notes]", … each followed by its text.
bool readLegacy(const QString &text, PdfpcNotes &notes)
{
    static const QRegularExpression heading(QStringLiteral("\\[([A-Za-z_]+)\\]"));
    QRegularExpressionMatchIterator it = heading.globalMatch(text);
    if (!text.trimmed().startsWith(QLatin1Char('[')) || !it.hasNext())
        return false;
    QRegularExpressionMatch match = it.next();
    while (match.hasMatch()) {
        const QRegularExpressionMatch next = it.hasNext() ? it.next() : QRegularExpressionMatch();
        const qsizetype end = next.hasMatch() ? next.capturedStart() : text.size();
        const QString content = text.mid(match.capturedEnd(), end - match.capturedEnd()).trimmed();
        const QString name = match.captured(1);
        if (name == u"duration")
            notes.durationMinutes = std::clamp(content.toInt(), 0, kMostMinutes);
        else if (name == u"notes")
            readLegacyNotes(content, notes);
        else if (name == u"skip")
            for (const QString &page : content.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (const int number = page.trimmed().toInt(); number >= 1 && number <= kMostPages)
                    notes.pages[number - 1].forcedOverlay = true;
        match = next;
    }
    notes.legacy = true;
    return true;
}
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
    if (!root.is_discarded() && root.is_object() && root.contains("pages") && root["pages"].is_array())
        readJson(root, notes);
    else if (root.is_discarded() && readLegacy(QString::fromUtf8(bytes).replace(QStringLiteral("\r\n"), QStringLiteral("\n")), notes))
        return notes;
    else
        notes.problem = QCoreApplication::translate(
            "DeckImport", "is not a pdfpc notes file: pdfpc writes JSON with a \"pages\" array, or (before pdfpc 4.5) a [notes] section");
    return notes;
}

}  // namespace stoppunkt
