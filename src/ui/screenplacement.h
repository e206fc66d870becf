// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QScreen>
#include <QString>

namespace stoppunkt {

/// Decides which screen is the projector's and which the console's, follows screens being plugged in
/// and out, and remembers the facilitator's choice for each set of screens (QSettings).
class ScreenPlacement : public QObject {
    Q_OBJECT
public:
    /// `requested`: a screen name from --projector-screen; `windowed`: rehearse in normal windows.
    ScreenPlacement(QString requested, bool windowed, QObject *parent = nullptr);

    /// The projector's screen; nullptr when there is none (one screen, windowed, or unplugged).
    QScreen *projectorScreen() const { return m_projector; }
    QScreen *consoleScreen() const;
    bool windowed() const { return m_windowed; }
    /// The projector was there and is gone: the console should say so.
    bool projectorLost() const { return m_lostName.size() > 0 && !m_projector; }
    QString lostName() const { return m_lostName; }
    /// Makes the console's screen the projector's, and remembers that for this set of screens.
    void swap();

    /// The rule: the requested name, else the remembered name, else the first screen that is not primary.
    static QScreen *choose(const QList<QScreen *> &screens, QScreen *primary, const QString &requested, const QString &remembered);
    /// The settings key for a set of screens: their sorted names.
    static QString settingsKey(const QList<QScreen *> &screens);

signals:
    void changed();

private:
    void update();

    QString m_requested;
    bool m_windowed;
    QPointer<QScreen> m_projector;
    QString m_lostName;
};

}  // namespace stoppunkt
