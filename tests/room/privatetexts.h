// SPDX-License-Identifier: MIT
#pragma once
// The lesson's private texts, which no phone may ever receive: every note and every talking point, as
// they would appear inside a JSON string (escaped), so a test can look for them in what was sent.

#include "lesson/lesson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace stoppunkt::test {

inline QStringList privateTexts(const Lesson &lesson)
{
    QStringList texts;
    auto add = [&](const std::string &text) {
        // {"s":"<text, escaped>"} without its first six and last two characters.
        texts << QString::fromUtf8(QJsonDocument(QJsonObject{{"s", QString::fromStdString(text)}}).toJson(QJsonDocument::Compact))
                     .mid(6)
                     .chopped(2);
    };
    for (const Slide &slide : lesson.slides) {
        for (const Note &note : slide.notes)
            add(note.text);
        for (const QuestionOption &option : slide.question.options)
            for (const std::string &point : option.talkingPoints)
                add(point);
    }
    return texts;
}

}  // namespace stoppunkt::test
