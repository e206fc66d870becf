// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace stoppunkt {

/// The remote page's words, in the console's UI language of the moment (the facilitator's, not the
/// lesson's): served as /remote-words.json, so a change of language reaches the phone on its next load.
struct RemotePageWords {
    Q_DECLARE_TR_FUNCTIONS(RemotePage)
public:
    /// {"language": "da", "Next": "Næste", …}, keyed by the English words the page asks for.
    static QByteArray json();
};

}  // namespace stoppunkt
