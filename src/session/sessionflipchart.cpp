// SPDX-License-Identifier: MIT
// The session's digital flip charts: the room's answers, typed by the facilitator on flip-chart slides.
#include "session/session.h"

namespace stoppunkt {

bool Session::addFlipchartEntry(const QString &text)
{
    const QString entry = text.simplified();
    if (!hasFlipchart() || entry.isEmpty())
        return false;
    QStringList &entries = m_flipcharts[m_index];
    entries.push_back(entry);
    record({.type = EventType::FlipchartAdd, .entry = int(entries.size()) - 1, .text = entry});
    emit changed();
    return true;
}

bool Session::editFlipchartEntry(int entry, const QString &text)
{
    const QString value = text.simplified();
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    if (value.isEmpty())
        return removeFlipchartEntry(entry);
    if (it->second[entry] == value)
        return false;
    it->second[entry] = value;
    record({.type = EventType::FlipchartEdit, .entry = entry, .text = value});
    emit changed();
    return true;
}

bool Session::removeFlipchartEntry(int entry)
{
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    const QString text = it->second[entry];
    it->second.erase(it->second.begin() + entry);
    record({.type = EventType::FlipchartRemove, .entry = entry, .text = text});
    emit changed();
    return true;
}

}  // namespace stoppunkt
