// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace stoppunkt {

/// A yes-or-no question in the console's look ("Quit the lesson?", "Resume it?"); true for yes.
bool askOnConsole(QWidget *parent, const QString &title, const QString &text, bool yesByDefault);
/// A message that something went wrong, in the console's look.
void tellOnConsole(QWidget *parent, const QString &title, const QString &text);

}  // namespace stoppunkt
