// SPDX-License-Identifier: MIT
#include "ui/handoutwriter.h"

#include "translations/lessonlanguage.h"

#include "session/sessionview.h"
#include "ui/noteicon.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QPainter>

#include <QPdfWriter>
#include <algorithm>

namespace stoppunkt {

namespace {
/// A slide's notes for the handout, a build step's note marked with its step ("Trin 2: …"). As the seed does,
/// a question's answer stands in its notes: added unless a note already states it.
std::vector<Note> notesOf(const Slide &slide, const QString &answerLine, const QString &stepWord)
{
    std::vector<Note> notes = slide.notes;
    for (Note &note : notes)
        if (note.step > 0)
            note.text = QStringLiteral("%1: %2").arg(stepWord.arg(note.step), QString::fromStdString(note.text)).toStdString();
    if (!slide.isQuestion())
        return notes;
    const QString number = QString::number(slide.question.answer);
    const bool stated = std::any_of(notes.begin(), notes.end(), [&](const Note &n) {
        const QString t = QString::fromStdString(n.text);
        return t.contains(QStringLiteral("nr. ") + number) || t.contains(QStringLiteral("no. ") + number)
               || t.contains(QStringLiteral("nr ") + number);
    });
    if (!stated)
        notes.push_back({NoteKind::Important, answerLine.arg(slide.question.answer).toStdString()});
    return notes;
}

/// The notes with their icons in `beside`, going on in `below` when they do not fit; what fits neither is left out.
void paintNotes(QPainter &painter, const std::vector<Note> &notes, const QRectF &beside, const QRectF &below)
{
    QRectF column = beside;
    qreal y = column.top();
    const QFont font = theme::font(theme::handoutNotePt);
    for (const Note &note : notes) {
        const QString text = QString::fromStdString(note.text);
        qreal h = textlayout::height(text, font, column.width() - 26);
        if (y + h > column.bottom() && column == beside) {
            column = below;
            y = column.top();
            h = textlayout::height(text, font, column.width() - 26);
        }
        if (y + h > column.bottom())
            break;
        paintNoteIcon(painter, QRectF(column.left(), y + 1, 20, 11), note.kind);
        textlayout::draw(painter, QRectF(column.left() + 26, y, column.width() - 26, h + 2), text, font, theme::ink);
        y += h + theme::handoutNoteGapPt;
    }
}

/// A deck's page in words too (its "description"), at the top of `area`, in italics; returns where what follows
/// starts.
qreal paintDescription(QPainter &painter, const PageRef &page, const QString &showsLine, const QRectF &area)
{
    if (page.alternativeText().empty())
        return area.top();
    const QFont font = theme::font(theme::handoutNotePt, QFont::Normal, true);
    const QString text = showsLine.arg(QString::fromUtf8(page.alternativeText()));
    return area.top() + textlayout::draw(painter, area, text, font, theme::ink) + theme::handoutNoteGapPt;
}
}  // namespace

int writeHandout(const SessionView &session, const QString &pdfPath, QString *error)
{
    theme::loadFonts();
    const theme::PlainTextForPrint plainText;
    const Lesson &lesson = session.lesson();
    const QString language = QString::fromStdString(lesson.language);
    const QString course = QString::fromStdString(lesson.course);
    const QString title = QString::fromStdString(lesson.title);
    const QString heading = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Instructions for the facilitator"));
    const QString pageWord = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Page"));
    const QString lessonWord = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Lesson"));
    const QString answerLine = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "The right answer is no. %1."));
    const QString stepWord = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "Step %1"));
    const QString showsLine = inLessonLanguage(language, QT_TRANSLATE_NOOP("LessonLanguage", "The page shows: %1"));

    QPdfWriter writer(pdfPath);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(theme::printDpi);
    writer.setTitle(QStringLiteral("%1 — %2 — %3").arg(course, heading, title));
    writer.setCreator(QStringLiteral("Stoppunkt"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("Report", "cannot write %1").arg(pdfPath);
        return 0;
    }
    painter.scale(theme::printDpi / 72.0, theme::printDpi / 72.0);  // laid out in points, printed at the printer's resolution
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
    const int pages = session.slideCount();
    SlideRenderer renderer;
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        textlayout::draw(painter, QRectF(0, 0, page.width(), 24), QStringLiteral("%1   %2").arg(course, heading),
                         theme::font(13, QFont::Bold), theme::ink);
        painter.fillRect(QRectF(0, 24, page.width(), 1), theme::rule);
        const qreal slideWidth = page.width() * theme::handoutSlideShare;
        const QRectF slideRect(0, 36, slideWidth, slideWidth * 9 / 16);
        renderer.render(painter, slideRect, frameFor(session, session.thumbnailOf(index)));
        painter.setPen(QPen(theme::rule, 0.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(slideRect);
        textlayout::draw(painter, QRectF(0, slideRect.bottom() + 6, slideWidth, 14),
                         QStringLiteral("%1  %2   %3 %4/%5").arg(lessonWord, title, slideWord(language)).arg(index + 1).arg(pages),
                         theme::font(8), theme::muted);
        const qreal belowTop = paintDescription(painter, lesson.slides[index].page, showsLine,
                                                QRectF(0, slideRect.bottom() + 24, slideWidth, page.height() - slideRect.bottom() - 24));
        // The notes beside the slide, with their icons; what does not fit beside it goes on below it.
        const QRectF beside(slideWidth + 16, 36, page.width() - slideWidth - 16, page.height() - 60);
        const QRectF below(0, belowTop, page.width(), page.height() - 24 - belowTop);
        paintNotes(painter, notesOf(lesson.slides[index], answerLine, stepWord), beside, below);
        textlayout::draw(painter, QRectF(0, page.height() - 16, page.width(), 16),
                         QStringLiteral("%1 %2/%3").arg(pageWord).arg(index + 1).arg(pages), theme::font(9), theme::muted,
                         Qt::AlignRight | Qt::AlignBottom);
    }
    painter.end();
    return pages;
}

}  // namespace stoppunkt
