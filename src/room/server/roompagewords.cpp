// SPDX-License-Identifier: MIT
#include "room/server/roompagewords.h"

#include "translations/lessonlanguage.h"

namespace stoppunkt {

namespace {
/// The page's own words, in the lesson's language like everything the room sees. Refusals are told by
/// their status, so a phone never shows the server's English reason.
const char *const kPageWords[] = {
    QT_TRANSLATE_NOOP("LessonLanguage", "Room code"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Nickname (optional)"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Join"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Look at the screen: the next question comes here."),
    QT_TRANSLATE_NOOP("LessonLanguage", "Vote: tap your answer. You can change it until the vote closes."),
    QT_TRANSLATE_NOOP("LessonLanguage", "The vote is closed."),
    QT_TRANSLATE_NOOP("LessonLanguage", "Discuss the options together. The vote opens when the facilitator opens it."),
    QT_TRANSLATE_NOOP("LessonLanguage", "Right!"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Your vote"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Tried: not the right answer"),
    QT_TRANSLATE_NOOP("LessonLanguage", "The right answer"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Not this time: the right answer is no. %1."),
    QT_TRANSLATE_NOOP("LessonLanguage", "Your answer for the flip chart"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Send"),
    QT_TRANSLATE_NOOP("LessonLanguage", "Sent. The facilitator decides what goes on the flip chart."),
    QT_TRANSLATE_NOOP("LessonLanguage", "Reconnecting…"),
    QT_TRANSLATE_NOOP("LessonLanguage", "The room cannot be reached. Scan the code on the screen again."),
};
const std::pair<int, const char *> kStatusWords[] = {
    {400, QT_TRANSLATE_NOOP("LessonLanguage", "That did not work. Try again.")},
    {401, QT_TRANSLATE_NOOP("LessonLanguage", "Join the room again with the code on the screen.")},
    {403, QT_TRANSLATE_NOOP("LessonLanguage", "That is not the room code on the screen.")},
    {409, QT_TRANSLATE_NOOP("LessonLanguage", "The vote is closed.")},
    {423, QT_TRANSLATE_NOOP("LessonLanguage", "The room is closed to new phones: ask the facilitator.")},
    {413, QT_TRANSLATE_NOOP("LessonLanguage", "That is too long.")},
    {429, QT_TRANSLATE_NOOP("LessonLanguage", "Too fast: wait a moment, or scan the code on the screen.")},
    {503, QT_TRANSLATE_NOOP("LessonLanguage", "The room is full.")},
};

}  // namespace

QJsonObject roomPageWords(const QString &language)
{
    QJsonObject words{{QStringLiteral("language"), language}};
    for (const char *word : kPageWords)
        words.insert(QString::fromUtf8(word), inLessonLanguage(language, word));
    for (const auto &[status, word] : kStatusWords)
        words.insert(QString::number(status), inLessonLanguage(language, word));
    return words;
}

}  // namespace stoppunkt
