// SPDX-License-Identifier: MIT
#include "input/keybindings.h"

#include "lesson/suggestion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStandardPaths>

namespace stoppunkt {

KeyBindings::KeyBindings()
{
    for (const ActionInfo &info : actionTable())
        bind(info.action, info.defaultKeys);
}

QString KeyBindings::overridePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys.json");
}

QKeyCombination KeyBindings::normalized(QKeyCombination key)
{
    Qt::KeyboardModifiers mods = key.keyboardModifiers() & ~(Qt::KeypadModifier | Qt::GroupSwitchModifier);
    const int k = key.key();
    // Symbols such as ? + , . come with Shift on some layouts and without on others: ignore Shift for them.
    const bool symbol =
        k >= Qt::Key_Exclam && k <= Qt::Key_AsciiTilde && !(k >= Qt::Key_A && k <= Qt::Key_Z) && !(k >= Qt::Key_0 && k <= Qt::Key_9);
    if (symbol)
        mods &= ~Qt::ShiftModifier;
    return QKeyCombination(mods, Qt::Key(k));
}

void KeyBindings::bind(Action action, const QList<QKeySequence> &keys)
{
    for (const QKeySequence &old : m_keys.value(int(action)))
        if (!old.isEmpty())
            m_byKey.remove(normalized(old[0]).toCombined());
    m_keys[int(action)] = keys;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty())
            m_byKey.insert(normalized(k[0]).toCombined(), action);
}

QStringList KeyBindings::loadOverrides(const QString &path)
{
    QStringList problems;
    QFile file(path);
    if (!file.exists())
        return problems;
    if (!file.open(QIODevice::ReadOnly))
        return {tr("%1: cannot read the file").arg(path)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {tr("%1: not a JSON object (%2 at byte %3); default keys are used").arg(path, error.errorString()).arg(error.offset)};
    std::vector<std::string> names;
    for (const ActionInfo &info : actionTable())
        names.push_back(info.name.toStdString());
    const std::vector<std::string_view> views(names.begin(), names.end());
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto action = actionByName(it.key());
        if (!action) {
            QString line = tr("%1: unknown action \"%2\"").arg(path, it.key());
            const std::string close = closestMatch(it.key().toStdString(), views);
            if (!close.empty())
                line += tr("; did you mean \"%1\"?").arg(QString::fromStdString(close));
            problems << line;
            continue;
        }
        if (!it.value().isArray()) {
            problems << tr("%1: \"%2\" must be a list of keys, like [\"Right\", \"Space\"]").arg(path, it.key());
            continue;
        }
        QList<QKeySequence> keys;
        for (const QJsonValue &v : it.value().toArray()) {
            const QKeySequence seq = QKeySequence::fromString(v.toString(), QKeySequence::PortableText);
            if (!v.isString() || seq.isEmpty() || seq.count() != 1 || seq[0].key() == Qt::Key_unknown)
                problems << tr("%1: \"%2\": \"%3\" is not a key").arg(path, it.key(), v.toVariant().toString());
            else
                keys << seq;
        }
        bind(*action, keys);
    }
    return problems;
}

std::optional<Action> KeyBindings::actionFor(QKeyCombination key) const
{
    auto it = m_byKey.find(normalized(key).toCombined());
    if (it == m_byKey.end())
        return std::nullopt;
    return *it;
}

std::optional<Action> KeyBindings::actionFor(const QKeyEvent &event) const
{
    return actionFor(event.keyCombination());
}

QString KeyBindings::keysText(Action action) const
{
    QStringList names;
    for (const QKeySequence &key : keysFor(action).mid(0, 2))
        names << key.toString(QKeySequence::NativeText);
    if (names.isEmpty())
        return QCoreApplication::translate("KeyBindings", "no key");
    return names.size() == 1 ? names[0] : QCoreApplication::translate("KeyBindings", "%1 or %2").arg(names[0], names[1]);
}

QList<QKeySequence> KeyBindings::keysFor(Action action) const
{
    return m_keys.value(int(action));
}

}  // namespace stoppunkt
