// SPDX-License-Identifier: MIT
// The session's digital flip charts: the room's answers, typed by the facilitator on flip-chart slides.
#include "session/session.h"

namespace stoppunkt {

namespace {
const std::vector<std::string> kNoEntries;

QString trimmed(const std::string &text)
{
    return QString::fromStdString(text).simplified();
}
}  // namespace

const std::vector<std::string> &Session::flipchart(int slideIndex) const
{
    auto it = m_flipcharts.find(slideIndex);
    return it == m_flipcharts.end() ? kNoEntries : it->second;
}

bool Session::addFlipchartEntry(const std::string &text)
{
    const QString entry = trimmed(text);
    if (!hasFlipchart() || entry.isEmpty())
        return false;
    std::vector<std::string> &entries = m_flipcharts[m_index];
    entries.push_back(entry.toStdString());
    record({.type = EventType::FlipchartAdd, .entry = int(entries.size()) - 1, .text = entry});
    emit changed();
    return true;
}

bool Session::editFlipchartEntry(int entry, const std::string &text)
{
    const QString value = trimmed(text);
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    if (value.isEmpty())
        return removeFlipchartEntry(entry);
    if (it->second[entry] == value.toStdString())
        return false;
    it->second[entry] = value.toStdString();
    record({.type = EventType::FlipchartEdit, .entry = entry, .text = value});
    emit changed();
    return true;
}

bool Session::removeFlipchartEntry(int entry)
{
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    const QString text = QString::fromStdString(it->second[entry]);
    it->second.erase(it->second.begin() + entry);
    record({.type = EventType::FlipchartRemove, .entry = entry, .text = text});
    emit changed();
    return true;
}

}  // namespace stoppunkt
