// SPDX-License-Identifier: MIT
#include "app/consolerequests.h"

#include "app/lessonswitcher.h"
#include "app/roomsync.h"
#include "input/commanddispatcher.h"
#include "room/server/roomaddresses.h"
#include "room/server/roomserver.h"
#include "translations/uilanguage.h"
#include "translations/uitranslator.h"
#include "ui/consolequestion.h"
#include "ui/consolewindow.h"
#include "ui/roomaddressdialog.h"

#include <QApplication>
#include <QSettings>

namespace stoppunkt {

namespace {
/// Where the room listened last, as the facilitator chose it.
const QString kRoomAddressSetting = QStringLiteral("room/address");
}  // namespace

ConsoleRequests::ConsoleRequests(ConsoleWindow &console, CommandDispatcher &dispatcher, RoomSync &room, LessonSwitcher &lessons,
                                 QObject *parent)
    : QObject(parent), m_console(console), m_dispatcher(dispatcher), m_room(room), m_lessons(lessons)
{ }

QString ConsoleRequests::rememberedRoomAddress(const QString &fromCommandLine)
{
    return fromCommandLine.isEmpty() ? QSettings().value(kRoomAddressSetting).toString() : fromCommandLine;
}

void ConsoleRequests::confirmQuit()
{
    if (askOnConsole(&m_console, tr("Quit Stoppunkt?"), tr("Quit the lesson? The projector will close."), false)) {
        m_lessons.finish();
        QApplication::quit();
    }
}

void ConsoleRequests::chooseRoomAddress()
{
    std::vector<RoomAddressDialog::Choice> choices;
    for (const RoomAddressChoice &choice : roomAddressChoices())
        choices.push_back({choice.network, choice.address.toString()});
    const QString current = m_room.server() ? m_room.server()->address().toString() : m_room.address();
    RoomAddressDialog dialog(choices, current, &m_console);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenAddress().isEmpty())
        return;
    QSettings().setValue(kRoomAddressSetting, dialog.chosenAddress());
    m_room.setAddress(dialog.chosenAddress());
    if (!m_room.server())
        m_console.setNotice(tr("The room will listen on %1 when %2 turns it on.")
                                .arg(dialog.chosenAddress(), m_dispatcher.bindings().keysText(Action::Participation)));
}

void ConsoleRequests::changeUiLanguage()
{
    if (!m_uiTranslator)
        return;
    const QString code = m_uiTranslator->useNext();
    rememberUiLanguage(code);
    m_console.setNotice(tr("Console language: %1 (%2 changes it). The projector keeps the lesson's language.")
                            .arg(uiLanguageName(code), m_dispatcher.bindings().keysText(Action::UiLanguage)));
}

}  // namespace stoppunkt
