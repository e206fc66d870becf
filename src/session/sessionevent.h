// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantMap>

namespace stoppunkt {

/// One thing that happened in a session, for the record: a type and keys from recordformat.h. The session
/// adds the slide's index and key to every event.
struct SessionEvent {
    QString type;
    QVariantMap details;
};

}  // namespace stoppunkt
