// SPDX-License-Identifier: MIT
#include "deck/deckprobe.h"

#include "deck/deckinfo.h"

#include <QString>

namespace stoppunkt {

DeckProbeFunction deckProbe()
{
    return [](const std::filesystem::path &file) {
        const DeckInfo info = inspectDeck(QString::fromStdString(file.string()));
        return DeckFacts{info.opens, info.problem.toStdString(), info.opens ? info.pageCount : -1};
    };
}

}  // namespace stoppunkt
