// SPDX-License-Identifier: MIT
#pragma once

#include "input/action.h"

#include <QCoreApplication>
#include <QHash>
#include <QKeyCombination>
#include <QStringList>

#include <optional>

class QKeyEvent;

namespace stoppunkt {

/// Maps keys to actions: the table's defaults, with overrides from a JSON file such as
/// `~/.config/Stoppunkt/keys.json`: `{ "next": ["Right", "X"], "black": ["B"] }`.
class KeyBindings {
    Q_DECLARE_TR_FUNCTIONS(KeyBindings)

public:
    KeyBindings();

    /// Replaces the keys of the actions the file names; returns problems as readable lines (empty when fine).
    QStringList loadOverrides(const QString &path);
    std::optional<Action> actionFor(QKeyCombination key) const;
    std::optional<Action> actionFor(const QKeyEvent &event) const;
    QList<QKeySequence> keysFor(Action action) const;
    /// The keys of an action as the facilitator reads them in a status text, from the live bindings:
    /// "B or .", "R"; "no key" when keys.json left it none.
    QString keysText(Action action) const;
    /// The standard place of the override file.
    static QString overridePath();

private:
    void bind(Action action, const QList<QKeySequence> &keys);
    static QKeyCombination normalized(QKeyCombination key);

    QHash<int, Action> m_byKey;  ///< normalized QKeyCombination::toCombined()
    QHash<int, QList<QKeySequence>> m_keys;  ///< by Action
};

}  // namespace stoppunkt
