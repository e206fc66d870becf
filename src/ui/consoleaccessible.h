// SPDX-License-Identifier: MIT
#pragma once
// The console as assistive technology sees it: its painted parts (now on the projector, the next step, the
// notes, the timer, the question's state) as children with a name and a value, beside its real widgets.

#include "ui/consolewindow.h"

#include <QAccessibleWidget>

#include <vector>

namespace stoppunkt {

class SessionView;

class ConsoleAccessible : public QAccessibleWidget {
public:
    explicit ConsoleAccessible(ConsoleWindow *console);
    ~ConsoleAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

    /// The factory Qt asks for the console's interface (QAccessible::installFactory()).
    static QAccessibleInterface *factory(const QString &className, QObject *object);
    /// Installs the factory, once; then, whenever the session changes, tells assistive technology (if any
    /// listens) that the parts' values changed.
    static void follow(ConsoleWindow *console, const SessionView &session);

private:
    std::vector<QAccessible::Id> m_parts;  ///< registered with QAccessible, one per ConsoleWindow::Part
};

}  // namespace stoppunkt
