// SPDX-License-Identifier: MIT
#include "ui/formkeys.h"

#include <QKeyEvent>

namespace stoppunkt {

FormKey formKeyOf(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return FormKey::Other;
    const auto *key = static_cast<const QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && key->modifiers() & Qt::ControlModifier)
        return FormKey::Save;
    return key->key() == Qt::Key_Escape ? FormKey::Close : FormKey::Other;
}

}  // namespace stoppunkt
