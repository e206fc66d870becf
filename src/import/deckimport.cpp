// SPDX-License-Identifier: MIT
#include "import/deckimport.h"

#include "deck/deckinfo.h"
#include "deck/deckprobe.h"
#include "import/deckconversion.h"
#include "import/importedlesson.h"
#include "import/officenotes.h"
#include "import/pdfpcnotes.h"
#include "lesson/lessonloader.h"
#include "translations/lessonlanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

namespace stoppunkt {

namespace {
/// The import's words (a context for the translations).
class DeckImport {
    Q_DECLARE_TR_FUNCTIONS(DeckImport)
};

enum class DeckKind { Pdf, Pptx, Odp, Other };

DeckKind kindOf(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == u"pdf" ? DeckKind::Pdf : suffix == u"pptx" ? DeckKind::Pptx : suffix == u"odp" ? DeckKind::Odp : DeckKind::Other;
}

/// The pages as slides: one per page, or, where a pdfpc file gives several pages one label, one slide that
/// steps through them (the deck's builds, which pdfpc calls overlays).
std::vector<ImportedSlide> slidesOf(const DeckInfo &pdf, const PdfpcNotes &pdfpc)
{
    std::vector<ImportedSlide> slides;
    QString previousLabel;
    for (int page = 0; page < pdf.pageCount; ++page) {
        const auto notes = pdfpc.pages.find(page);
        const QString label = notes == pdfpc.pages.end() ? QString() : notes->second.label;
        if (!slides.empty() && !label.isEmpty() && label == previousLabel) {
            slides.back().lastPage = page + 1;
        } else {
            slides.push_back({pdf.headings.value(page), {}, page + 1, page + 1});
        }
        previousLabel = label;
        if (notes != pdfpc.pages.end())
            for (const QString &note : notes->second.notes)
                if (!slides.back().notes.contains(note))
                    slides.back().notes << note;
    }
    return slides;
}

/// The deck's language when it names a usable one ("da-DK"), else the one asked for.
QString languageOf(const QString &fromDeck, const QString &fallback)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    return tag.match(fromDeck).hasMatch() ? fromDeck : fallback;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString &problem)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        problem = DeckImport::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}
}  // namespace

ImportReport importDeck(const ImportRequest &request)
{
    ImportReport report;
    const QFileInfo deckFile(request.deck);
    const DeckKind kind = kindOf(request.deck);
    if (!deckFile.isFile()) {
        report.problem = DeckImport::tr("%1: no such file").arg(request.deck);
        return report;
    }
    if (kind == DeckKind::Other) {
        report.problem = DeckImport::tr("%1: the import takes a PDF (.pdf), PowerPoint (.pptx) or Impress (.odp) deck").arg(request.deck);
        return report;
    }
    // Pages come from a PDF: the deck itself, or LibreOffice's conversion of it.
    QTemporaryDir converted;
    QString pdfPath = deckFile.absoluteFilePath();
    DeckText text;
    PdfpcNotes pdfpc;
    if (kind == DeckKind::Pdf) {
        const QString notesFile = deckFile.absolutePath() + QLatin1Char('/') + deckFile.completeBaseName() + QStringLiteral(".pdfpc");
        pdfpc = readPdfpcNotes(notesFile);
        if (!pdfpc.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(notesFile, pdfpc.problem);
            return report;
        }
        if (!pdfpc.empty())
            report.lines << DeckImport::tr("Read the notes of %n pages from %1.", nullptr, int(pdfpc.pages.size()))
                                .arg(QFileInfo(notesFile).fileName());
    } else {
        text = kind == DeckKind::Pptx ? readPptxText(request.deck) : readOdpText(request.deck);
        if (!text.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(request.deck, text.problem);
            return report;
        }
        if (request.office.isEmpty()) {
            report.problem =
                DeckImport::tr("%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. "
                               "Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.")
                    .arg(request.deck);
            return report;
        }
        const DeckConversion conversion = convertToPdf(request.office, deckFile.absoluteFilePath(), converted.path());
        if (!conversion.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(request.deck, conversion.problem);
            return report;
        }
        pdfPath = conversion.pdf;
        report.lines << DeckImport::tr("Converted %1 to PDF with LibreOffice.").arg(deckFile.fileName());
    }
    const DeckInfo pdf = inspectDeck(pdfPath, true);
    if (!pdf.opens) {
        report.problem = DeckImport::tr("%1 %2").arg(deckFile.fileName(), pdf.problem);
        return report;
    }

    ImportedLesson lesson;
    const QDir folder(request.folder);
    lesson.id = lessonIdFrom(QFileInfo(QDir::cleanPath(folder.absolutePath())).fileName());
    lesson.title = !text.title.isEmpty() ? text.title : !pdf.title.isEmpty() ? pdf.title : deckFile.completeBaseName();
    lesson.course = lesson.title;
    lesson.language = languageOf(text.language, request.language);
    lesson.deck = deckFile.completeBaseName() + QStringLiteral(".pdf");
    lesson.schema = request.schemaFile.isEmpty() ? QString() : folder.relativeFilePath(request.schemaFile);
    lesson.slides = slidesOf(pdf, pdfpc);
    if (kind != DeckKind::Pdf) {
        if (text.slides.size() != lesson.slides.size())
            report.lines << DeckImport::tr("The deck has %1 slides and its PDF %2 pages; titles and notes were matched in order.")
                                .arg(text.slides.size())
                                .arg(lesson.slides.size());
        for (std::size_t i = 0; i < std::min(text.slides.size(), lesson.slides.size()); ++i) {
            if (!text.slides[i].title.isEmpty())
                lesson.slides[i].title = text.slides[i].title;
            lesson.slides[i].notes = text.slides[i].notes;
        }
    }
    for (ImportedSlide &slide : lesson.slides)
        if (slide.title.trimmed().isEmpty())
            slide.title = inLessonLanguage(lesson.language, QT_TRANSLATE_NOOP("LessonLanguage", "Page %1")).arg(slide.page);
    fitToLimits(lesson);

    // Never overwrite a lesson the author may have edited: the same text again is fine, another one is not.
    if (!QDir().mkpath(folder.absolutePath())) {
        report.problem = DeckImport::tr("cannot make the folder %1").arg(folder.absolutePath());
        return report;
    }
    const QByteArray lessonBytes = QByteArray::fromStdString(lessonText(lesson));
    report.lessonFile = folder.absoluteFilePath(QStringLiteral("lesson.json"));
    QFile existing(report.lessonFile);
    const bool exists = existing.exists();
    const bool same = exists && existing.open(QIODevice::ReadOnly) && existing.readAll() == lessonBytes;
    existing.close();
    if (exists && !same && !request.replace) {
        report.problem = DeckImport::tr("%1 exists and differs from what this import writes (it may hold your edits), so it was left "
                                        "as it is. Import into another folder, or add --replace to overwrite it (the old file is kept "
                                        "as lesson.json.bak).")
                             .arg(report.lessonFile);
        return report;
    }
    if (exists && !same) {
        QFile::remove(report.lessonFile + QStringLiteral(".bak"));
        if (!QFile::copy(report.lessonFile, report.lessonFile + QStringLiteral(".bak"))) {
            report.problem = DeckImport::tr("cannot keep the old lesson as %1.bak; nothing was written").arg(report.lessonFile);
            return report;
        }
        report.lines << DeckImport::tr("Kept the old lesson as %1.bak.").arg(report.lessonFile);
    }
    QFile pdfIn(pdfPath);
    if (!pdfIn.open(QIODevice::ReadOnly)) {
        report.problem = DeckImport::tr("cannot read %1: %2").arg(pdfPath, pdfIn.errorString());
        return report;
    }
    const QString deckCopy = folder.absoluteFilePath(lesson.deck);
    if (QFileInfo(deckCopy).canonicalFilePath() != QFileInfo(pdfPath).canonicalFilePath()
        && !writeFile(deckCopy, pdfIn.readAll(), report.problem))
        return report;
    if (!same && !writeFile(report.lessonFile, lessonBytes, report.problem))
        return report;
    const auto withNotes =
        std::count_if(lesson.slides.begin(), lesson.slides.end(), [](const ImportedSlide &s) { return !s.notes.isEmpty(); });
    report.lines << (same ? DeckImport::tr("%1 already holds this import; it was left as it is.").arg(report.lessonFile)
                          : DeckImport::tr("Wrote %1: \"%2\", %n page slides, language %3.", nullptr, int(lesson.slides.size()))
                                .arg(report.lessonFile, lesson.title, lesson.language));
    report.lines << DeckImport::tr("The deck's pages are in %1; %n slides have notes.", nullptr, int(withNotes)).arg(deckCopy);
    report.lines += lesson.adjustments;
    // The lesson is checked as --validate checks it, so the author starts from a lesson that loads.
    LoadOptions options;
    options.requireMedia = true;
    options.probeDeck = deckProbe();
    const LoadResult check = loadLessonFile(report.lessonFile.toStdString(), options, report.lessonFile.toStdString());
    for (const Diagnostic &d : check.diagnostics)
        report.lines << QString::fromStdString(d.format());
    report.ok = check.ok();
    if (!report.ok)
        report.problem = DeckImport::tr("the lesson written does not pass its own check (see above); please report this");
    return report;
}

}  // namespace stoppunkt
