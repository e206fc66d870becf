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

using Json = nlohmann::ordered_json;

Json notesOf(const ImportedSlide &slide)
{
    Json notes = Json::array();
    for (const ImportedNote &note : slide.notes) {
        Json out{{"text", note.text.toStdString()}};
        if (note.step > 0)
            out["step"] = note.step;
        notes.push_back(std::move(out));
    }
    return notes;
}

/// A page slide: the deck's page, or the pages its builds step through.
Json pageSlide(const ImportedLesson &lesson, const ImportedSlide &slide)
{
    Json out;
    out["kind"] = "page";
    out["title"] = slide.title.toStdString();
    out["deck"] = lesson.deck.toStdString();
    out["page"] = slide.page;
    if (slide.lastPage > slide.page)
        out["lastPage"] = slide.lastPage;
    if (slide.description)
        out["description"] = slide.description->toStdString();
    if (!slide.notes.empty())
        out["notes"] = notesOf(slide);
    if (slide.minutes > 0)
        out["minutes"] = slide.minutes;
    return out;
}

/// The film's id in the lesson: "film-3" for the film on slide 3.
std::string filmIdOf(std::size_t index)
{
    return "film-" + std::to_string(index + 1);
}

/// A film slide: the deck's page shows until Next starts the film (announced), and again once it has played.
Json filmSlide(const ImportedLesson &lesson, const ImportedSlide &slide, std::size_t index)
{
    Json out;
    out["kind"] = "film-segment";
    out["title"] = slide.title.toStdString();
    out["film"] = filmIdOf(index);
    out["announce"] = true;
    out["backdrop"] = Json{{"deck", lesson.deck.toStdString()}, {"page", slide.page}};
    if (!slide.notes.empty())
        out["notes"] = notesOf(slide);
    if (slide.minutes > 0)
        out["minutes"] = slide.minutes;
    return out;
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

/// A text alternative too long for the lesson is left out, not cut: a page described by half is described
/// wrongly, and without one the accessibility check asks the author to write it.
void fitDescription(ImportedSlide &slide, int number, QStringList &adjustments)
{
    if (!slide.description)
        return;
    *slide.description = printable(*slide.description).trimmed();
    if (slide.description->size() > qsizetype(limits::kTextChars) || slide.description->isEmpty()) {
        if (!slide.description->isEmpty())
            adjustments << QCoreApplication::translate("DeckImport", "slide %1: its words are too many for a text alternative; "
                                                                     "write its \"description\" yourself")
                               .arg(number);
        slide.description.reset();
    }
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
        std::vector<ImportedNote> notes;
        for (const ImportedNote &note : std::as_const(slide.notes))
            for (const QString &part : splitLong(printable(note.text).trimmed(), qsizetype(limits::kTextChars)))
                if (!part.isEmpty())
                    notes.push_back({part, note.step});
        const auto most = std::size_t(limits::kNotes);
        if (notes.size() > most) {
            // The notes past the last one a slide holds go into that last one, as far as it has room.
            QStringList rest;
            for (std::size_t n = most - 1; n < notes.size(); ++n)
                rest << notes[n].text;
            const int step = notes[most - 1].step;
            notes.resize(most - 1);
            notes.push_back({shortened(rest.join(QLatin1Char('\n')), qsizetype(limits::kTextChars)), step});
            tell(number,
                 QT_TRANSLATE_NOOP("DeckImport", "slide %1: it has more notes than a slide holds; the last ones were joined into one"));
        }
        slide.notes = notes;
        fitDescription(slide, number, lesson.adjustments);
    }
}

std::string lessonText(const ImportedLesson &lesson)
{
    Json root;
    if (!lesson.schema.isEmpty())
        root["$schema"] = lesson.schema.toStdString();
    root["format"] = 1;
    root["id"] = lesson.id.toStdString();
    root["title"] = lesson.title.toStdString();
    root["course"] = lesson.course.toStdString();
    root["language"] = lesson.language.toStdString();
    Json films = Json::array();
    for (std::size_t i = 0; i < lesson.slides.size(); ++i)
        if (!lesson.slides[i].film.isEmpty())
            films.push_back(Json{
                {"id", filmIdOf(i)}, {"title", lesson.slides[i].title.toStdString()}, {"source", lesson.slides[i].film.toStdString()}});
    if (!films.empty())
        root["films"] = std::move(films);
    Json slides = Json::array();
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const ImportedSlide &slide = lesson.slides[i];
        slides.push_back(slide.film.isEmpty() ? pageSlide(lesson, slide) : filmSlide(lesson, slide, i));
        if (i == 0 && lesson.plannedMinutes > 0)
            slides.back()["section"] = Json{{"title", lesson.title.toStdString()}, {"minutes", lesson.plannedMinutes}};
    }
    root["slides"] = std::move(slides);
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace stoppunkt
