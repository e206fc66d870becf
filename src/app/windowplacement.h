// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace stoppunkt {

class ConsoleWindow;
class ProjectorWindow;
class ScreenPlacement;

/// Puts the two windows on their screens: the console maximised on the laptop, the projector full screen
/// on the other screen (or as a normal window when rehearsing, or hidden while its screen is unplugged).
class WindowPlacement : public QObject {
    Q_OBJECT
public:
    WindowPlacement(const ScreenPlacement &screens, ProjectorWindow &projector, ConsoleWindow &console, QObject *parent = nullptr);

    /// Shows both windows and gives the console the keyboard.
    void show();
    /// F5: the projector full screen again.
    void enterFullScreen();
    /// Esc: the projector leaves full screen; false when it was not full screen on a screen of its own.
    bool leaveFullScreen();
    /// Places both windows again, as the screens now are.
    void place();

private:
    const ScreenPlacement &m_screens;
    ProjectorWindow &m_projector;
    ConsoleWindow &m_console;
    bool m_fullScreen = true;
};

}  // namespace stoppunkt
