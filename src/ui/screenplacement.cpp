// SPDX-License-Identifier: MIT
#include "ui/screenplacement.h"

#include <QGuiApplication>
#include <QSettings>

#include <algorithm>

namespace stoppunkt {

ScreenPlacement::ScreenPlacement(QString requested, bool windowed, QObject *parent)
    : QObject(parent), m_requested(std::move(requested)), m_windowed(windowed)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, [this] { update(); });
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, [this](QScreen *gone) {
        if (gone == m_projector) {
            m_lostName = gone->name();
            m_projector = nullptr;
        }
        // The screen is still in the list while this signal runs; decide once it is gone.
        QMetaObject::invokeMethod(
            this, [this] { update(); }, Qt::QueuedConnection);
    });
    update();
}

QString ScreenPlacement::settingsKey(const QList<QScreen *> &screens)
{
    QStringList names;
    for (QScreen *s : screens)
        names << s->name();
    names.sort();
    return QStringLiteral("screens/projector-for/") + names.join(QLatin1Char('+'));
}

QScreen *ScreenPlacement::choose(const QList<QScreen *> &screens, QScreen *primary, const QString &requested, const QString &remembered)
{
    if (screens.size() < 2)
        return nullptr;
    auto byName = [&](const QString &name) -> QScreen * {
        if (name.isEmpty())
            return nullptr;
        auto it = std::find_if(screens.begin(), screens.end(), [&](QScreen *s) { return s->name() == name; });
        return it == screens.end() ? nullptr : *it;
    };
    if (QScreen *s = byName(requested))
        return s;
    if (QScreen *s = byName(remembered))
        return s;
    auto it = std::find_if(screens.begin(), screens.end(), [&](QScreen *s) { return s != primary; });
    return it == screens.end() ? nullptr : *it;
}

void ScreenPlacement::update()
{
    QScreen *before = m_projector;
    if (m_windowed) {
        m_projector = nullptr;
    } else {
        const QList<QScreen *> screens = QGuiApplication::screens();
        const QString remembered = QSettings().value(settingsKey(screens)).toString();
        // After an unplug, the lost projector is wanted back first.
        const QString wanted = m_lostName.isEmpty() ? m_requested : m_lostName;
        QScreen *chosen = choose(screens, QGuiApplication::primaryScreen(), wanted, remembered);
        if (!m_lostName.isEmpty() && (!chosen || chosen->name() != m_lostName))
            chosen = nullptr;  // wait for the projector that was lost, rather than jumping to another screen
        m_projector = chosen;
        if (m_projector)
            m_lostName.clear();
    }
    if (before != m_projector || m_lostName.size())
        emit changed();
}

QScreen *ScreenPlacement::consoleScreen() const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *s : screens)
        if (s != m_projector && s == QGuiApplication::primaryScreen())
            return s;
    for (QScreen *s : screens)
        if (s != m_projector)
            return s;
    return QGuiApplication::primaryScreen();
}

void ScreenPlacement::swap()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (m_windowed || screens.size() < 2 || !m_projector)
        return;
    QScreen *other = nullptr;
    for (QScreen *s : screens)
        if (s != m_projector)
            other = other ? other : s;
    if (!other)
        return;
    m_projector = other;
    m_requested = other->name();
    QSettings().setValue(settingsKey(screens), other->name());
    emit changed();
}

}  // namespace stoppunkt
