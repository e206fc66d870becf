// SPDX-License-Identifier: MIT
#pragma once

#include "lesson/reporter.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stoppunkt {

/// Reads the members of one JSON object with type checks, reporting missing, mistyped and unknown keys.
class ObjectReader {
public:
    enum class Need { Required, Optional };

    /// `what` names the object in messages ("slide 3", "the lesson").
    ObjectReader(const nlohmann::json &node, std::string pointer, std::string what, Reporter &reporter);

    bool valid() const { return m_valid; }
    const std::string &pointer() const { return m_pointer; }
    std::string pointerOf(std::string_view key) const { return childPointer(m_pointer, key); }

    /// Reports every key not in `known`, with a "did you mean" where one is close.
    void rejectUnknownKeys(const std::vector<std::string_view> &known, std::string_view context);

    bool has(std::string_view key) const;
    std::optional<std::string> text(std::string_view key, Need need);
    /// An optional string that may be empty, where "" says something (a text alternative "" marks decoration).
    std::optional<std::string> textOrEmpty(std::string_view key);
    std::optional<std::int64_t> integer(std::string_view key, Need need);
    std::optional<double> number(std::string_view key, Need need);
    std::optional<bool> boolean(std::string_view key, Need need);
    /// The array at key, or nullptr (reported when required and missing, or not an array).
    const nlohmann::json *array(std::string_view key, Need need);
    /// Any value at key, or nullptr when missing (reported when required).
    const nlohmann::json *value(std::string_view key, Need need);
    /// An array of non-empty strings.
    std::vector<std::string> textList(std::string_view key, Need need);

private:
    /// The string at `key`, checked for its length and marks; empty or blank is reported unless `mayBeEmpty`.
    std::optional<std::string> string(std::string_view key, Need need, bool mayBeEmpty);
    /// `expected` is an untranslated template ("a string"): it is translated only when the key is missing.
    const nlohmann::json *member(std::string_view key, Need need, const char *expected);
    void wrongType(std::string_view key, const nlohmann::json &value, std::string_view expected);

    const nlohmann::json &m_node;
    std::string m_pointer;
    std::string m_what;
    Reporter &m_reporter;
    bool m_valid = false;
};

/// The JSON type name of a value for messages: "string", "number", "object", …
std::string jsonTypeName(const nlohmann::json &value);

}  // namespace stoppunkt
