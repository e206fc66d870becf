// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/lesson.h"
#include "session/perslide.h"
#include "session/sessionevent.h"

#include <QStringList>

#include <optional>

namespace stoppunkt {

/// The digital flip charts: the room's answers as the facilitator types them, per slide. Entries are kept
/// simplified and never empty; each change comes back as the event to record. Which slides have a flip chart
/// is the lesson's say, checked by the session.
class Flipcharts {
public:
    const QStringList &entries(int slide) const { return m_entries.at(slide); }
    const PerSlide<QStringList> &bySlide() const { return m_entries; }

    std::optional<SessionEvent> add(int slide, const QString &text);
    /// Changes an entry; empty text removes it.
    std::optional<SessionEvent> edit(int slide, int entry, const QString &text);
    std::optional<SessionEvent> remove(int slide, int entry);
    /// Slides moved (see PerSlide::follow(); an empty `origin` moves none); entries stay only on the
    /// lesson's flip-chart slides.
    void followSlides(const std::vector<int> &origin, const Lesson &lesson);
    void replace(std::map<int, QStringList> entries) { m_entries.assign(std::move(entries)); }

private:
    bool has(int slide, int entry) const;

    PerSlide<QStringList> m_entries;
};

}  // namespace stoppunkt
