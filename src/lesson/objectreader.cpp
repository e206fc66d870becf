// SPDX-License-Identifier: MIT
#include "lesson/objectreader.h"
#include "lesson/lessonlimits.h"

#include "lesson/suggestion.h"

namespace stoppunkt {

std::string jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return say(QT_TRANSLATE_NOOP("LessonCheck", "null"));
    case nlohmann::json::value_t::object: return say(QT_TRANSLATE_NOOP("LessonCheck", "object"));
    case nlohmann::json::value_t::array: return say(QT_TRANSLATE_NOOP("LessonCheck", "array"));
    case nlohmann::json::value_t::string: return say(QT_TRANSLATE_NOOP("LessonCheck", "string"));
    case nlohmann::json::value_t::boolean: return say(QT_TRANSLATE_NOOP("LessonCheck", "boolean"));
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return say(QT_TRANSLATE_NOOP("LessonCheck", "integer"));
    case nlohmann::json::value_t::number_float: return say(QT_TRANSLATE_NOOP("LessonCheck", "number"));
    default: return say(QT_TRANSLATE_NOOP("LessonCheck", "value"));
    }
}

ObjectReader::ObjectReader(const nlohmann::json &node, std::string pointer, std::string what, Reporter &reporter)
    : m_node(node), m_pointer(std::move(pointer)), m_what(std::move(what)), m_reporter(reporter)
{
    m_valid = node.is_object();
    if (!m_valid)
        m_reporter.error(m_pointer, say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must be an object, found %2"), m_what, jsonTypeName(node)));
}

void ObjectReader::rejectUnknownKeys(const std::vector<std::string_view> &known, std::string_view context)
{
    if (!m_valid)
        return;
    for (const auto &[key, value] : m_node.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        if (!m_reporter.listing()) {
            m_reporter.error(pointerOf(key), {}, Reporter::Anchor::Key);  // counted, not listed
            continue;
        }
        std::string message;
        if (const std::string suggestion = closestMatch(key, known); !suggestion.empty())
            message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown key %1 in %2; did you mean %3?"), inQuotes(key), context,
                          inQuotes(suggestion));
        else
            message = say(QT_TRANSLATE_NOOP("LessonCheck", "unknown key %1 in %2; allowed keys are %3"), inQuotes(key), context,
                          listOf(known, "and"));
        m_reporter.error(pointerOf(key), message, Reporter::Anchor::Key);
    }
}

bool ObjectReader::has(std::string_view key) const
{
    return m_valid && m_node.contains(key);
}

const nlohmann::json *ObjectReader::member(std::string_view key, Need need, const char *expected)
{
    if (!m_valid)
        return nullptr;
    auto it = m_node.find(key);
    if (it == m_node.end()) {
        if (need == Need::Required)
            m_reporter.error(pointerOf(key), say(QT_TRANSLATE_NOOP("LessonCheck", "missing required key %1 (%2) in %3"), inQuotes(key),
                                                 say(expected), m_what));
        return nullptr;
    }
    return &*it;
}

void ObjectReader::wrongType(std::string_view key, const nlohmann::json &value, std::string_view expected)
{
    m_reporter.error(pointerOf(key),
                     say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must be %2, found %3"), inQuotes(key), expected, jsonTypeName(value)));
}

std::optional<std::string> ObjectReader::text(std::string_view key, Need need)
{
    return string(key, need, false);
}

std::optional<std::string> ObjectReader::textOrEmpty(std::string_view key)
{
    return string(key, Need::Optional, true);
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need, bool mayBeEmpty)
{
    const nlohmann::json *v = member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "a string"));
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        wrongType(key, *v, say(QT_TRANSLATE_NOOP("LessonCheck", "a string")));
        return std::nullopt;
    }
    std::string s = v->get<std::string>();
    if (!mayBeEmpty && s.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_reporter.error(pointerOf(key), say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must not be empty"), inQuotes(key)));
        return std::nullopt;
    }
    if (!checkText(m_reporter, pointerOf(key), s))
        return std::nullopt;
    return s;
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, Need need)
{
    const nlohmann::json *v = member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "a whole number"));
    if (!v)
        return std::nullopt;
    if (!v->is_number_integer()) {
        wrongType(key, *v, say(QT_TRANSLATE_NOOP("LessonCheck", "a whole number")));
        return std::nullopt;
    }
    // Above 2^63 nlohmann keeps an unsigned number; read as signed it would wrap to a negative one.
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        m_reporter.error(pointerOf(key), say(QT_TRANSLATE_NOOP("LessonCheck", "%1 is %2, which is far too large for a whole number here"),
                                             inQuotes(key), v->get<std::uint64_t>()));
        return std::nullopt;
    }
    return v->get<std::int64_t>();
}

std::optional<double> ObjectReader::number(std::string_view key, Need need)
{
    const nlohmann::json *v = member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "a number"));
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        wrongType(key, *v, say(QT_TRANSLATE_NOOP("LessonCheck", "a number")));
        return std::nullopt;
    }
    return v->get<double>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need)
{
    const nlohmann::json *v = member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "true or false"));
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        wrongType(key, *v, say(QT_TRANSLATE_NOOP("LessonCheck", "true or false")));
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json *ObjectReader::array(std::string_view key, Need need)
{
    const nlohmann::json *v = member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "an array"));
    if (v && !v->is_array()) {
        wrongType(key, *v, say(QT_TRANSLATE_NOOP("LessonCheck", "an array")));
        return nullptr;
    }
    return v;
}

const nlohmann::json *ObjectReader::value(std::string_view key, Need need)
{
    return member(key, need, QT_TRANSLATE_NOOP("LessonCheck", "a value"));
}

std::vector<std::string> ObjectReader::textList(std::string_view key, Need need)
{
    std::vector<std::string> out;
    const nlohmann::json *list = array(key, need);
    if (!list)
        return out;
    if (list->empty() && need == Need::Required)
        m_reporter.error(pointerOf(key), say(QT_TRANSLATE_NOOP("LessonCheck", "%1 must have at least one item"), inQuotes(key)));
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json &item = (*list)[i];
        const std::string at = childPointer(pointerOf(key), i);
        if (!item.is_string())
            m_reporter.error(at, say(QT_TRANSLATE_NOOP("LessonCheck", "item %1 of %2 must be a string, found %3"), i + 1, inQuotes(key),
                                     jsonTypeName(item)));
        else if (item.get_ref<const std::string &>().find_first_not_of(" \t\r\n") == std::string::npos)
            m_reporter.error(at, say(QT_TRANSLATE_NOOP("LessonCheck", "item %1 of %2 must not be empty"), i + 1, inQuotes(key)));
        else if (checkText(m_reporter, at, item.get_ref<const std::string &>()))
            out.push_back(item.get<std::string>());
    }
    return out;
}

}  // namespace stoppunkt
