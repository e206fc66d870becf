// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace stoppunkt {

class CommandDispatcher;
class ConsoleWindow;
class LessonSwitcher;
class RoomSync;
class UiTranslator;

/// What the facilitator's keys ask for that takes a dialog on the console or a remembered setting: quitting,
/// the address the room's phones join, and the console's language.
class ConsoleRequests : public QObject {
    Q_OBJECT
public:
    ConsoleRequests(ConsoleWindow &console, CommandDispatcher &dispatcher, RoomSync &room, LessonSwitcher &lessons,
                    QObject *parent = nullptr);

    /// Lets the language key (L) switch the console's language through `translator`, and remember it.
    void setUiTranslator(UiTranslator *translator) { m_uiTranslator = translator; }
    /// Asks first; on yes, the record is closed as ended and the program quits.
    void confirmQuit();
    /// Asks where the room's phones join (key Shift+J), remembers the choice, and moves an open room there.
    void chooseRoomAddress();
    /// Switches the console to the next UI language, remembers it and says so in the status line.
    void changeUiLanguage();

    /// --room-address, else the network chosen last time (Shift+J); empty for the first network found.
    static QString rememberedRoomAddress(const QString &fromCommandLine);

private:
    ConsoleWindow &m_console;
    CommandDispatcher &m_dispatcher;
    RoomSync &m_room;
    LessonSwitcher &m_lessons;
    UiTranslator *m_uiTranslator = nullptr;
};

}  // namespace stoppunkt
