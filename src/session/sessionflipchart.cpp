// SPDX-License-Identifier: MIT
// The session's side of the digital flip charts: only on the lesson's flip-chart slides, each change recorded.
#include "session/session.h"

namespace stoppunkt {

bool Session::addFlipchartEntry(const QString &text)
{
    return hasFlipchart() && changedBy(m_flipcharts.add(m_index, text));
}

bool Session::editFlipchartEntry(int entry, const QString &text)
{
    return hasFlipchart() && changedBy(m_flipcharts.edit(m_index, entry, text));
}

bool Session::removeFlipchartEntry(int entry)
{
    return hasFlipchart() && changedBy(m_flipcharts.remove(m_index, entry));
}

}  // namespace stoppunkt
