// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

/// A trainee's text (a nickname, a flip-chart suggestion) made safe to show anywhere: control characters
/// and the bidirectional overrides that could turn text around are removed (right-to-left letters stay),
/// runs of white space become one space, and the text is cut to `maxCharacters` whole characters (a
/// surrogate pair or an emoji with its modifiers is never split). It stays plain text: whatever shows it
/// must still show it as text, never as markup.
QString cleanTraineeText(const QString &text, int maxCharacters);

}  // namespace stoppunkt
