// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace stoppunkt {

/// One page slide of an imported lesson: its title, its notes, and the deck pages it steps through.
struct ImportedSlide {
    QString title;
    QStringList notes;
    int page = 1;
    int lastPage = 1;
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
