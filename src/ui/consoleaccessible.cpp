// SPDX-License-Identifier: MIT
// The console's painted parts for assistive technology: each a static text with its name and, as its value,
// what it shows now, read from the console at the moment it is asked.
#include "ui/consoleaccessible.h"

#include "session/sessionview.h"

#include <QPointer>

#include <iterator>

namespace stoppunkt {

namespace {
constexpr ConsoleWindow::Part kParts[] = {ConsoleWindow::Part::Now, ConsoleWindow::Part::Next, ConsoleWindow::Part::Notes,
                                          ConsoleWindow::Part::Timer, ConsoleWindow::Part::Question};

/// One painted part: no object of its own, so it answers for its console and its part.
class ConsolePartAccessible : public QAccessibleInterface {
public:
    ConsolePartAccessible(ConsoleWindow *console, ConsoleWindow::Part part) : m_console(console), m_part(part) { }

    bool isValid() const override { return !m_console.isNull(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_console ? m_console->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_console.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::StaticText; }
    void setText(QAccessible::Text, const QString &) override { }
    QString text(QAccessible::Text kind) const override
    {
        if (!m_console)
            return {};
        switch (kind) {
        case QAccessible::Name: return ConsoleWindow::partName(m_part);
        case QAccessible::Value: return m_console->spoken(m_part);
        default: return {};
        }
    }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        state.invisible = !m_console || text(QAccessible::Value).isEmpty();
        return state;
    }
    QRect rect() const override
    {
        if (!m_console)
            return {};
        const QRect local = m_console->partRect(m_part).toAlignedRect();
        return QRect(m_console->mapToGlobal(local.topLeft()), local.size());
    }

private:
    QPointer<ConsoleWindow> m_console;
    ConsoleWindow::Part m_part;
};
}  // namespace

ConsoleAccessible::ConsoleAccessible(ConsoleWindow *console) : QAccessibleWidget(console, QAccessible::Window)
{
    for (ConsoleWindow::Part part : kParts)
        m_parts.push_back(QAccessible::registerAccessibleInterface(new ConsolePartAccessible(console, part)));
}

ConsoleAccessible::~ConsoleAccessible()
{
    for (QAccessible::Id id : m_parts)
        QAccessible::deleteAccessibleInterface(id);
}

int ConsoleAccessible::childCount() const
{
    return int(m_parts.size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *ConsoleAccessible::child(int index) const
{
    if (index >= 0 && index < int(m_parts.size()))
        return QAccessible::accessibleInterface(m_parts[index]);
    return QAccessibleWidget::child(index - int(m_parts.size()));
}

int ConsoleAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < int(m_parts.size()); ++i)
        if (QAccessible::accessibleInterface(m_parts[i]) == child)
            return i;
    const int widget = QAccessibleWidget::indexOfChild(child);
    return widget < 0 ? -1 : widget + int(m_parts.size());
}

void ConsoleAccessible::follow(ConsoleWindow *console, const SessionView &session)
{
    static const bool installed = (QAccessible::installFactory(&ConsoleAccessible::factory), true);
    Q_UNUSED(installed);
    QObject::connect(&session, &SessionView::changed, console, [console] {
        if (!QAccessible::isActive())
            return;
        QAccessibleInterface *window = QAccessible::queryAccessibleInterface(console);
        for (int i = 0; window && i < int(std::size(kParts)); ++i) {
            QAccessibleInterface *part = window->child(i);
            QAccessibleValueChangeEvent changed(part, part->text(QAccessible::Value));
            QAccessible::updateAccessibility(&changed);
        }
    });
}

QAccessibleInterface *ConsoleAccessible::factory(const QString &className, QObject *object)
{
    auto *console = qobject_cast<ConsoleWindow *>(object);
    return console && className == QLatin1String(ConsoleWindow::staticMetaObject.className()) ? new ConsoleAccessible(console) : nullptr;
}

}  // namespace stoppunkt
