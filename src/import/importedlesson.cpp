// SPDX-License-Identifier: MIT
#include "import/importedlesson.h"

#include "lesson/lessonlimits.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace stoppunkt {

namespace {
/// Code points are what the lesson counts; a QString's length in UTF-16 units is never fewer.
QString shortened(const QString &text, qsizetype most)
{
    if (text.size() <= most)
        return text;
    QString cut = text.left(most - 1);
    if (const qsizetype space = cut.lastIndexOf(QLatin1Char(' ')); space > most / 2)
        cut.truncate(space);
    if (cut.size() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut.trimmed() + QChar(0x2026);
}

/// Control characters other than line breaks and tabs say nothing to a reader; they are dropped.
QString printable(QString text)
{
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'); });
    return text;
}

/// A note longer than a note may be, split at sentence ends (else spaces) into notes that fit.
QStringList splitLong(const QString &note, qsizetype most)
{
    QStringList parts;
    QString rest = note;
    while (rest.size() > most) {
        qsizetype at = rest.lastIndexOf(QStringLiteral(". "), most - 1);
        if (at < most / 2)
            at = rest.lastIndexOf(QLatin1Char(' '), most - 1);
        if (at < most / 2)
            at = most - 1;
        parts << rest.left(at + 1).trimmed();
        rest = rest.mid(at + 1).trimmed();
    }
    if (!rest.isEmpty())
        parts << rest;
    return parts;
}
}  // namespace

QString lessonIdFrom(const QString &name)
{
    QString id;
    const QString lower = name.toLower();
    for (const QChar c : lower) {
        if (c == u'æ')
            id += QStringLiteral("ae");
        else if (c == u'ø' || c == u'ö')
            id += QStringLiteral("oe");
        else if (c == u'å')
            id += QStringLiteral("aa");
        else if (c == u'ä')
            id += QStringLiteral("ae");
        else if (c == u'ü')
            id += QStringLiteral("ue");
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("imported-lesson") : id.left(60);
}

void fitToLimits(ImportedLesson &lesson)
{
    const auto tell = [&](int slide, const char *text) {
        lesson.adjustments << QCoreApplication::translate("DeckImport", text).arg(slide);
    };
    const qsizetype titleMost = qsizetype(limits::kTitleChars);
    lesson.title = shortened(printable(lesson.title).simplified(), titleMost);
    lesson.course = shortened(printable(lesson.course).simplified(), titleMost);
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        ImportedSlide &slide = lesson.slides[i];
        const int number = int(i) + 1;
        const QString title = printable(slide.title).simplified();
        slide.title = shortened(title, titleMost);
        if (slide.title != title)
            tell(number, QT_TRANSLATE_NOOP("DeckImport", "slide %1: its title was shortened to fit on the console"));
        QStringList notes;
        for (const QString &note : std::as_const(slide.notes))
            notes += splitLong(printable(note).trimmed(), qsizetype(limits::kTextChars));
        const auto most = qsizetype(limits::kNotes);
        if (notes.size() > most) {
            // The notes past the last one a slide holds go into that last one, as far as it has room.
            QString last = notes.mid(most - 1).join(QLatin1Char('\n'));
            notes = notes.mid(0, most - 1);
            notes << shortened(last, qsizetype(limits::kTextChars));
            tell(number,
                 QT_TRANSLATE_NOOP("DeckImport", "slide %1: it has more notes than a slide holds; the last ones were joined into one"));
        }
        notes.removeAll(QString());
        slide.notes = notes;
    }
}

std::string lessonText(const ImportedLesson &lesson)
{
    using Json = nlohmann::ordered_json;
    Json root;
    if (!lesson.schema.isEmpty())
        root["$schema"] = lesson.schema.toStdString();
    root["format"] = 1;
    root["id"] = lesson.id.toStdString();
    root["title"] = lesson.title.toStdString();
    root["course"] = lesson.course.toStdString();
    root["language"] = lesson.language.toStdString();
    Json slides = Json::array();
    for (const ImportedSlide &slide : lesson.slides) {
        Json out;
        out["kind"] = "page";
        out["title"] = slide.title.toStdString();
        out["deck"] = lesson.deck.toStdString();
        out["page"] = slide.page;
        if (slide.lastPage > slide.page)
            out["lastPage"] = slide.lastPage;
        if (!slide.notes.isEmpty()) {
            Json notes = Json::array();
            for (const QString &note : slide.notes)
                notes.push_back(Json{{"text", note.toStdString()}});
            out["notes"] = std::move(notes);
        }
        slides.push_back(std::move(out));
    }
    root["slides"] = std::move(slides);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace stoppunkt
