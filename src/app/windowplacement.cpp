// SPDX-License-Identifier: MIT
#include "app/windowplacement.h"

#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"
#include "ui/screenplacement.h"

#include <QScreen>

namespace stoppunkt {

namespace {
/// The console's size as a normal window (rehearsing), at most; the projector's beside it.
constexpr QSize kRehearsalConsole(1440, 900);
constexpr QSize kRehearsalProjector(960, 540);
}  // namespace

WindowPlacement::WindowPlacement(const ScreenPlacement &screens, ProjectorWindow &projector, ConsoleWindow &console, QObject *parent)
    : QObject(parent), m_screens(screens), m_projector(projector), m_console(console)
{
    connect(&screens, &ScreenPlacement::changed, this, &WindowPlacement::place);
}

void WindowPlacement::show()
{
    place();
    m_console.activateWindow();
    m_console.setFocus();
}

void WindowPlacement::enterFullScreen()
{
    m_fullScreen = true;
    place();
}

bool WindowPlacement::leaveFullScreen()
{
    if (!m_fullScreen || !m_screens.projectorScreen())
        return false;
    m_fullScreen = false;
    place();
    return true;
}

void WindowPlacement::place()
{
    QScreen *projectorScreen = m_screens.projectorScreen();
    QScreen *consoleScreen = m_screens.consoleScreen();
    if (!m_console.isVisible()) {
        m_console.setScreen(consoleScreen);
        m_console.move(consoleScreen->availableGeometry().topLeft());
        if (m_screens.windowed() || !projectorScreen)
            m_console.resize(kRehearsalConsole.boundedTo(consoleScreen->availableGeometry().size()));
        m_screens.windowed() ? m_console.show() : m_console.showMaximized();
    }
    if (m_screens.projectorLost()) {
        m_projector.hide();  // nothing is lost: the session goes on, and the console says so
        return;
    }
    if (!projectorScreen) {
        // Rehearsal: one screen, or --windowed. The projector is a normal window beside the console.
        m_projector.setWindowFlag(Qt::FramelessWindowHint, false);
        if (!m_projector.isVisible()) {
            m_projector.resize(kRehearsalProjector);
            m_projector.show();
        }
        return;
    }
    m_projector.setWindowFlag(Qt::FramelessWindowHint, m_fullScreen);
    m_projector.setScreen(projectorScreen);
    m_projector.setGeometry(projectorScreen->geometry());
    if (m_fullScreen)
        m_projector.showFullScreen();
    else
        m_projector.showNormal();
}

}  // namespace stoppunkt
