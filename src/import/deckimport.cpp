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

/// What an import reads from a deck: the PDF its pages come from (the deck itself, or LibreOffice's conversion
/// of it into `converted`), and its text: a .pdfpc file's notes, or the office deck's titles and notes.
struct DeckSource {
    QString pdfPath;
    DeckText text;
    PdfpcNotes pdfpc;
};

bool readDeck(const ImportRequest &request, DeckKind kind, const QFileInfo &deckFile, const QString &converted, DeckSource &source,
              ImportReport &report)
{
    source.pdfPath = deckFile.absoluteFilePath();
    if (kind == DeckKind::Pdf) {
        const QString notesFile = deckFile.absolutePath() + QLatin1Char('/') + deckFile.completeBaseName() + QStringLiteral(".pdfpc");
        source.pdfpc = readPdfpcNotes(notesFile);
        if (!source.pdfpc.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(notesFile, source.pdfpc.problem);
            return false;
        }
        if (!source.pdfpc.empty())
            report.lines << DeckImport::tr("Read the notes of %n pages from %1.", nullptr, int(source.pdfpc.pages.size()))
                                .arg(QFileInfo(notesFile).fileName());
    } else {
        source.text = kind == DeckKind::Pptx ? readPptxText(request.deck) : readOdpText(request.deck);
        if (!source.text.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(request.deck, source.text.problem);
            return false;
        }
        if (request.office.isEmpty()) {
            report.problem =
                DeckImport::tr("%1: drawing the pages of a PowerPoint or Impress deck needs LibreOffice, which is not installed. "
                               "Install it (sudo apt install libreoffice-impress), or save the deck as PDF and import that.")
                    .arg(request.deck);
            return false;
        }
        const DeckConversion conversion = convertToPdf(request.office, deckFile.absoluteFilePath(), converted);
        if (!conversion.problem.isEmpty()) {
            report.problem = QStringLiteral("%1: %2").arg(request.deck, conversion.problem);
            return false;
        }
        source.pdfPath = conversion.pdf;
        report.lines << DeckImport::tr("Converted %1 to PDF with LibreOffice.").arg(deckFile.fileName());
    }
    return true;
}

/// The lesson an import writes: one page slide per page, with the deck's titles and notes where it has them.
ImportedLesson lessonOf(const ImportRequest &request, DeckKind kind, const QFileInfo &deckFile, const DeckInfo &pdf,
                        const DeckSource &source, ImportReport &report)
{
    ImportedLesson lesson;
    const QDir folder(request.folder);
    lesson.id = lessonIdFrom(QFileInfo(QDir::cleanPath(folder.absolutePath())).fileName());
    lesson.title = !source.text.title.isEmpty() ? source.text.title : !pdf.title.isEmpty() ? pdf.title : deckFile.completeBaseName();
    lesson.course = lesson.title;
    lesson.language = languageOf(source.text.language, request.language);
    lesson.deck = deckFile.completeBaseName() + QStringLiteral(".pdf");
    lesson.schema = request.schemaFile.isEmpty() ? QString() : folder.relativeFilePath(request.schemaFile);
    lesson.slides = slidesOf(pdf, source.pdfpc);
    if (kind != DeckKind::Pdf) {
        if (source.text.slides.size() != lesson.slides.size())
            report.lines << DeckImport::tr("The deck has %1 slides and its PDF %2 pages; titles and notes were matched in order.")
                                .arg(source.text.slides.size())
                                .arg(lesson.slides.size());
        for (std::size_t i = 0; i < std::min(source.text.slides.size(), lesson.slides.size()); ++i) {
            if (!source.text.slides[i].title.isEmpty())
                lesson.slides[i].title = source.text.slides[i].title;
            lesson.slides[i].notes = source.text.slides[i].notes;
        }
    }
    for (ImportedSlide &slide : lesson.slides)
        if (slide.title.trimmed().isEmpty())
            slide.title = inLessonLanguage(lesson.language, QT_TRANSLATE_NOOP("LessonLanguage", "Page %1")).arg(slide.page);
    fitToLimits(lesson);

    return lesson;
}

/// Writes the lesson and its deck into the folder. Never overwrites a lesson the author may have edited: the
/// same text again is fine (`same`), another one only with --replace, keeping the old one as .bak.
bool writeFolder(const ImportRequest &request, const ImportedLesson &lesson, const QString &pdfPath, ImportReport &report, bool &same)
{
    const QDir folder(request.folder);
    if (!QDir().mkpath(folder.absolutePath())) {
        report.problem = DeckImport::tr("cannot make the folder %1").arg(folder.absolutePath());
        return false;
    }
    const QByteArray lessonBytes = QByteArray::fromStdString(lessonText(lesson));
    report.lessonFile = folder.absoluteFilePath(QStringLiteral("lesson.json"));
    QFile existing(report.lessonFile);
    const bool exists = existing.exists();
    same = exists && existing.open(QIODevice::ReadOnly) && existing.readAll() == lessonBytes;
    existing.close();
    if (exists && !same && !request.replace) {
        report.problem = DeckImport::tr("%1 exists and differs from what this import writes (it may hold your edits), so it was left "
                                        "as it is. Import into another folder, or add --replace to overwrite it (the old file is kept "
                                        "as lesson.json.bak).")
                             .arg(report.lessonFile);
        return false;
    }
    if (exists && !same) {
        QFile::remove(report.lessonFile + QStringLiteral(".bak"));
        if (!QFile::copy(report.lessonFile, report.lessonFile + QStringLiteral(".bak"))) {
            report.problem = DeckImport::tr("cannot keep the old lesson as %1.bak; nothing was written").arg(report.lessonFile);
            return false;
        }
        report.lines << DeckImport::tr("Kept the old lesson as %1.bak.").arg(report.lessonFile);
    }
    QFile pdfIn(pdfPath);
    if (!pdfIn.open(QIODevice::ReadOnly)) {
        report.problem = DeckImport::tr("cannot read %1: %2").arg(pdfPath, pdfIn.errorString());
        return false;
    }
    const QString deckCopy = folder.absoluteFilePath(lesson.deck);
    if (QFileInfo(deckCopy).canonicalFilePath() != QFileInfo(pdfPath).canonicalFilePath()
        && !writeFile(deckCopy, pdfIn.readAll(), report.problem))
        return false;
    if (!same && !writeFile(report.lessonFile, lessonBytes, report.problem))
        return false;
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
    QTemporaryDir converted;
    DeckSource source;
    if (!readDeck(request, kind, deckFile, converted.path(), source, report))
        return report;
    const DeckInfo pdf = inspectDeck(source.pdfPath, true);
    if (!pdf.opens) {
        report.problem = DeckImport::tr("%1 %2").arg(deckFile.fileName(), pdf.problem);
        return report;
    }
    const ImportedLesson lesson = lessonOf(request, kind, deckFile, pdf, source, report);
    bool same = false;
    if (!writeFolder(request, lesson, source.pdfPath, report, same))
        return report;
    const QString deckCopy = QDir(request.folder).absoluteFilePath(lesson.deck);
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
