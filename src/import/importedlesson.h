// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace stoppunkt {

/// One speaker note of an imported slide: its text, and the build step whose page it was written on (0: the
/// whole slide; n: the slide's n-th state, as the lesson's note "step" says).
struct ImportedNote {
    QString text;
    int step = 0;

    bool operator==(const ImportedNote &other) const = default;
};

/// One slide of an imported lesson: its title, its notes, and the deck pages it steps through; a film slide
/// when the deck carries a film on it.
struct ImportedSlide {
    QString title;
    std::vector<ImportedNote> notes;
    int page = 1;
    int lastPage = 1;
    double minutes = 0;  ///< the deck's rehearsed time on this slide; 0 when it has none
    QString film;  ///< the film's file in the lesson folder, when the deck carries one on this slide
    /// The page in words (the slide's text and its pictures' alternative texts), when the deck says it all.
    std::optional<QString> description;
};

/// A lesson the import writes: the header, the deck's file name beside the lesson, and one slide per page.
struct ImportedLesson {
    QString schema;  ///< the "$schema" reference, relative to the lesson folder where possible
    QString id;
    QString title;
    QString course;
    QString language;
    QString deck;
    std::vector<ImportedSlide> slides;
    double plannedMinutes = 0;  ///< the talk's planned length (pdfpc's duration); 0 when the deck gives none
    /// What had to be changed to fit the lesson's limits ("slide 4: a title of 150 characters was shortened"),
    /// for the import's report.
    QStringList adjustments;
};

/// "Konflikter med kunder!" → "konflikter-med-kunder": a lesson id from a folder or file name.
QString lessonIdFrom(const QString &name);
/// Fits titles and notes into the lesson's limits (text length, notes per slide), noting each change.
void fitToLimits(ImportedLesson &lesson);
/// The lesson file's text: valid against the schema, two-space indented, UTF-8, ending in a newline.
std::string lessonText(const ImportedLesson &lesson);

}  // namespace stoppunkt
