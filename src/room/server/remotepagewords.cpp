// SPDX-License-Identifier: MIT
#include "room/server/remotepagewords.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stoppunkt {

namespace {
/// What the remote page shows, by the English key it looks a word up with. %1 and %2 are filled by the page.
const char *const kWords[] = {
    QT_TRANSLATE_NOOP("RemotePage", "Stoppunkt remote"),
    QT_TRANSLATE_NOOP("RemotePage", "Pairing…"),
    QT_TRANSLATE_NOOP("RemotePage", "Reconnecting…"),
    QT_TRANSLATE_NOOP("RemotePage", "Show the pairing code on the console and scan it with this phone."),
    QT_TRANSLATE_NOOP("RemotePage", "This pairing code was used or has expired: show a new one on the console and scan it again."),
    QT_TRANSLATE_NOOP("RemotePage", "This phone is no longer the remote: the console dropped it or paired another phone."),
    QT_TRANSLATE_NOOP("RemotePage", "Slide %1 of %2"),
    QT_TRANSLATE_NOOP("RemotePage", "Next"),
    QT_TRANSLATE_NOOP("RemotePage", "Previous"),
    QT_TRANSLATE_NOOP("RemotePage", "Black screen"),
    QT_TRANSLATE_NOOP("RemotePage", "Show the slide again"),
    QT_TRANSLATE_NOOP("RemotePage", "The projector is black."),
    QT_TRANSLATE_NOOP("RemotePage", "The projector is white."),
    QT_TRANSLATE_NOOP("RemotePage", "Notes"),
    QT_TRANSLATE_NOOP("RemotePage", "No notes on this slide."),
    QT_TRANSLATE_NOOP("RemotePage", "Next step"),
    QT_TRANSLATE_NOOP("RemotePage", "Shows: %1"),
    QT_TRANSLATE_NOOP("RemotePage", "The film plays"),
    QT_TRANSLATE_NOOP("RemotePage", "The film goes on to its stop"),
    QT_TRANSLATE_NOOP("RemotePage", "The right answer is revealed"),
    QT_TRANSLATE_NOOP("RemotePage", "Slide %1: %2"),
    QT_TRANSLATE_NOOP("RemotePage", "End of the lesson"),
    QT_TRANSLATE_NOOP("RemotePage", "The slide shows again"),
    QT_TRANSLATE_NOOP("RemotePage", "Right answer"),
    QT_TRANSLATE_NOOP("RemotePage", "Picked: wrong"),
    QT_TRANSLATE_NOOP("RemotePage", "Tap an option to pick it for the group."),
    QT_TRANSLATE_NOOP("RemotePage", "Undo pick"),
    QT_TRANSLATE_NOOP("RemotePage", "Reveal"),
    QT_TRANSLATE_NOOP("RemotePage", "Revealed"),
    QT_TRANSLATE_NOOP("RemotePage", "Tap Next again within 2 s to reveal the answer."),
    QT_TRANSLATE_NOOP("RemotePage", "Tap Next again within 2 s to skip to the stop point."),
    QT_TRANSLATE_NOOP("RemotePage", "The film plays."),
    QT_TRANSLATE_NOOP("RemotePage", "The film is paused."),
    QT_TRANSLATE_NOOP("RemotePage", "The film cannot play: see the console."),
    QT_TRANSLATE_NOOP("RemotePage", "Pause film"),
    QT_TRANSLATE_NOOP("RemotePage", "Resume film"),
    QT_TRANSLATE_NOOP("RemotePage", "Open the vote"),
    QT_TRANSLATE_NOOP("RemotePage", "Close the vote"),
    QT_TRANSLATE_NOOP("RemotePage", "The room: %1 of %2 voted"),
    QT_TRANSLATE_NOOP("RemotePage", "The room: %1 phones joined"),
    QT_TRANSLATE_NOOP("RemotePage", "Flip chart"),
    QT_TRANSLATE_NOOP("RemotePage", "Nothing on the flip chart yet."),
    QT_TRANSLATE_NOOP("RemotePage", "Drag a finger on the slide: the red dot follows it on the projector."),
    QT_TRANSLATE_NOOP("RemotePage", "From the phones (first one first)"),
    QT_TRANSLATE_NOOP("RemotePage", "Accept"),
    QT_TRANSLATE_NOOP("RemotePage", "Drop"),
    QT_TRANSLATE_NOOP("RemotePage", "of %1 min planned"),
    QT_TRANSLATE_NOOP("RemotePage", "%1 min behind"),
    QT_TRANSLATE_NOOP("RemotePage", "%1 min ahead"),
    QT_TRANSLATE_NOOP("RemotePage", "paused"),
    QT_TRANSLATE_NOOP("RemotePage", "Too fast: wait a moment."),
    QT_TRANSLATE_NOOP("RemotePage", "Not sent: the connection was lost. Tap again."),
};
}  // namespace

QByteArray RemotePageWords::json()
{
    QJsonObject words{{QStringLiteral("language"), tr("en", "the language code of this translation")}};
    for (const char *word : kWords)
        words.insert(QString::fromUtf8(word), tr(word));
    return QJsonDocument(words).toJson(QJsonDocument::Compact);
}

}  // namespace stoppunkt
