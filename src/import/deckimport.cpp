// SPDX-License-Identifier: MIT
#include "import/deckimport.h"

#include "deck/deckinfo.h"
#include "deck/deckprobe.h"
#include "import/deckconversion.h"
#include "import/deckslides.h"
#include "import/importedlesson.h"
#include "import/importsummary.h"
#include "import/zipreader.h"
#include "lesson/lessonloader.h"
#include "translations/lessonlanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

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

/// The biggest film the import copies out of a deck.
constexpr qint64 kMostFilmBytes = qint64(8) * 1024 * 1024 * 1024;

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
        if (source.pdfpc.legacy)
            report.lines << DeckImport::tr("Read %1, written by pdfpc before version 4.5 (its notes are by slide).").arg(notesFile);
        else if (!source.pdfpc.empty())
            report.lines << DeckImport::tr("Read %1.").arg(notesFile);
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
        report.lines << DeckImport::tr("Converted %1 to PDF with LibreOffice.").arg(request.deck);
    }
    return true;
}

/// The lesson an import writes: a slide per deck slide, with the deck's titles, notes, timings and films.
/// Films packed in the deck are listed in `films` (member → file name in the lesson folder).
bool lessonOf(const ImportRequest &request, DeckKind kind, const QFileInfo &deckFile, const QString &pdfTitle, const DeckSource &source,
              ImportedLesson &lesson, std::map<QString, QString> &films, ImportReport &report)
{
    const QDir folder(request.folder);
    lesson.id = lessonIdFrom(QFileInfo(QDir::cleanPath(folder.absolutePath())).fileName());
    lesson.title = !source.text.title.isEmpty() ? source.text.title : !pdfTitle.isEmpty() ? pdfTitle : deckFile.completeBaseName();
    lesson.course = lesson.title;
    lesson.language = languageOf(source.text.language, request.language);
    lesson.deck = deckFile.completeBaseName() + QStringLiteral(".pdf");
    lesson.schema = request.schemaFile.isEmpty() ? QString() : folder.relativeFilePath(request.schemaFile);
    const PdfPages pages = readPdfPages(source.pdfPath);
    if (kind == DeckKind::Pdf) {
        lesson.slides = slidesOfPdf(pages, source.pdfpc);
        lesson.plannedMinutes = source.pdfpc.durationMinutes;
    } else if (!slidesOfOffice(pages, source.text, lesson.slides, report.problem)) {
        report.problem = QStringLiteral("%1: %2").arg(request.deck, report.problem);
        return false;
    }
    for (std::size_t i = 0; i < lesson.slides.size() && kind != DeckKind::Pdf; ++i) {
        const SlideText &text = source.text.slides[i];
        if (!text.filmMember.isEmpty()) {
            QString name = QFileInfo(text.filmMember).fileName();
            for (const auto &[member, taken] : films)
                if (taken == name && member != text.filmMember)
                    name = QStringLiteral("%1-%2").arg(i + 1).arg(name);
            films.emplace(text.filmMember, name);
            lesson.slides[i].film = films.at(text.filmMember);
        } else if (!text.linkedFilm.isEmpty()) {
            report.lines << DeckImport::tr("Slide %1 plays a film linked from %2, outside the deck: the slide came in as its page. "
                                           "Copy the film into the lesson folder and add it to the lesson to play it.")
                                .arg(i + 1)
                                .arg(text.linkedFilm);
        }
    }
    for (ImportedSlide &slide : lesson.slides)
        if (slide.title.trimmed().isEmpty())
            slide.title = inLessonLanguage(lesson.language, QT_TRANSLATE_NOOP("LessonLanguage", "Page %1")).arg(slide.page);
    fitToLimits(lesson);
    return true;
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

/// Copies the films packed in the deck into the lesson folder, a piece at a time.
bool copyFilms(const ImportRequest &request, const std::map<QString, QString> &films, ImportReport &report)
{
    if (films.empty())
        return true;
    const ZipReader zip(request.deck);
    for (const auto &[member, name] : films) {
        const QString target = QDir(request.folder).absoluteFilePath(name);
        if (!zip.extract(member, target, kMostFilmBytes)) {
            report.problem = DeckImport::tr("%1: the film %2 inside it cannot be copied to %3 (damaged, larger than 8 GB, or the "
                                            "folder cannot be written)")
                                 .arg(request.deck, member, target);
            return false;
        }
    }
    return true;
}

int hiddenPages(const PdfpcNotes &pdfpc)
{
    return int(std::count_if(pdfpc.pages.begin(), pdfpc.pages.end(), [](const auto &page) { return page.second.hidden; }));
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
    if (deckFile.size() == 0) {
        report.problem = DeckImport::tr("%1: the file is empty (0 bytes)").arg(request.deck);
        return report;
    }
    QTemporaryDir converted;
    DeckSource source;
    if (!readDeck(request, kind, deckFile, converted.path(), source, report))
        return report;
    const DeckInfo pdf = inspectDeck(source.pdfPath);
    if (!pdf.opens) {
        report.problem = QStringLiteral("%1: %2").arg(kind == DeckKind::Pdf ? request.deck : source.pdfPath, pdf.problem);
        return report;
    }
    ImportedLesson lesson;
    std::map<QString, QString> films;
    if (!lessonOf(request, kind, deckFile, pdf.title, source, lesson, films, report))
        return report;
    bool same = false;
    if (!writeFolder(request, lesson, source.pdfPath, report, same) || !copyFilms(request, films, report))
        return report;
    report.lines << (same ? DeckImport::tr("%1 already holds this import; it was left as it is.").arg(report.lessonFile)
                          : DeckImport::tr("Wrote %1: \"%2\", language %3.").arg(report.lessonFile, lesson.title, lesson.language));
    report.lines += importSummary(lesson, source.text.hiddenSlides, hiddenPages(source.pdfpc));
    report.lines += lesson.adjustments;
    // The lesson is checked as --validate checks it, so the author starts from a lesson that loads.
    LoadOptions options;
    options.requireMedia = true;
    options.probeDeck = deckProbe();
    options.probeFilm = request.probeFilm;
    const LoadResult check = loadLessonFile(report.lessonFile.toStdString(), options, report.lessonFile.toStdString());
    for (const Diagnostic &d : check.diagnostics)
        report.lines << QString::fromStdString(d.format());
    report.ok = check.ok();
    if (!report.ok)
        report.problem = DeckImport::tr("the lesson written does not pass its own check (see above); please report this");
    return report;
}

}  // namespace stoppunkt
