// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <map>
#include <vector>

namespace stoppunkt {

/// What the session keeps per slide (the picks on a question, a flip chart's entries, the strokes drawn), by
/// the slide's index. A slide with nothing kept reads as an empty value.
template <typename Value> class PerSlide {
public:
    const Value &at(int slide) const
    {
        const auto it = m_values.find(slide);
        return it == m_values.end() ? none() : it->second;
    }
    /// The slide's value, or nothing kept for it yet (nullptr).
    const Value *find(int slide) const
    {
        const auto it = m_values.find(slide);
        return it == m_values.end() ? nullptr : &it->second;
    }
    Value &operator[](int slide) { return m_values[slide]; }
    const std::map<int, Value> &all() const { return m_values; }
    void assign(std::map<int, Value> values) { m_values = std::move(values); }
    void clear() { m_values.clear(); }
    /// The author moved, copied or deleted slides: `origin[i]` is where slide i was before (-1 for a new one).
    /// Values follow their slides; those of deleted slides go, and a copy starts empty (the first slide from a
    /// place keeps what was there).
    void follow(const std::vector<int> &origin)
    {
        std::map<int, Value> moved;
        for (std::size_t i = 0; i < origin.size(); ++i)
            if (const auto it = m_values.find(origin[i]); origin[i] >= 0 && it != m_values.end()) {
                moved.emplace(int(i), std::move(it->second));
                m_values.erase(it);
            }
        m_values = std::move(moved);
    }
    /// Keeps only the slides' values for which `keep(slide, value)` holds.
    template <typename Keep> void keepIf(Keep keep)
    {
        std::erase_if(m_values, [&](const auto &entry) { return !keep(entry.first, entry.second); });
    }

private:
    static const Value &none()
    {
        static const Value empty{};
        return empty;
    }

    std::map<int, Value> m_values;
};

}  // namespace stoppunkt
