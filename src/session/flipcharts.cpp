// SPDX-License-Identifier: MIT
// The digital flip charts: entries per slide, each change an event for the record.
#include "session/flipcharts.h"

namespace stoppunkt {

bool Flipcharts::has(int slide, int entry) const
{
    const QStringList *entries = m_entries.find(slide);
    return entries && entry >= 0 && entry < int(entries->size());
}

std::optional<SessionEvent> Flipcharts::add(int slide, const QString &text)
{
    const QString entry = text.simplified();
    if (entry.isEmpty())
        return std::nullopt;
    QStringList &entries = m_entries[slide];
    entries.push_back(entry);
    return SessionEvent{.type = EventType::FlipchartAdd, .entry = int(entries.size()) - 1, .text = entry};
}

std::optional<SessionEvent> Flipcharts::edit(int slide, int entry, const QString &text)
{
    const QString value = text.simplified();
    if (!has(slide, entry))
        return std::nullopt;
    if (value.isEmpty())
        return remove(slide, entry);
    QString &kept = m_entries[slide][entry];
    if (kept == value)
        return std::nullopt;
    kept = value;
    return SessionEvent{.type = EventType::FlipchartEdit, .entry = entry, .text = value};
}

std::optional<SessionEvent> Flipcharts::remove(int slide, int entry)
{
    if (!has(slide, entry))
        return std::nullopt;
    QStringList &entries = m_entries[slide];
    const QString text = entries[entry];
    entries.erase(entries.begin() + entry);
    return SessionEvent{.type = EventType::FlipchartRemove, .entry = entry, .text = text};
}

void Flipcharts::followSlides(const std::vector<int> &origin, const Lesson &lesson)
{
    if (!origin.empty())
        m_entries.follow(origin);
    const int count = int(lesson.slides.size());
    m_entries.keepIf([&](int slide, const QStringList &) { return slide < count && lesson.slides[slide].flipchart; });
}

}  // namespace stoppunkt
