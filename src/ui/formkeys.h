// SPDX-License-Identifier: MIT
#pragma once

class QEvent;

namespace stoppunkt {

/// What a key means to an author's form: Ctrl+Enter saves, Esc closes, any other key is the field's.
enum class FormKey { Other, Save, Close };
FormKey formKeyOf(const QEvent *event);

}  // namespace stoppunkt
