// SPDX-License-Identifier: MIT
#include "lesson/jsonscanner.h"

#include "lesson/reporter.h"

#include <algorithm>

namespace stoppunkt {

namespace {
void appendUtf8(std::string &out, unsigned code)
{
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

bool readHex4(std::string_view raw, std::size_t at, unsigned &value)
{
    if (at + 4 > raw.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = raw[i];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= static_cast<unsigned>(c - 'A' + 10);
        else
            return false;
    }
    return true;
}

}  // namespace

JsonScanner::JsonScanner(std::string_view text) : m_text(text) { }

std::string JsonScanner::decodeString(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            unsigned code = 0;
            if (!readHex4(raw, i + 1, code))
                break;
            i += 4;
            unsigned low = 0;
            if (code >= 0xD800 && code < 0xDC00 && raw.substr(i + 1, 2) == "\\u" && readHex4(raw, i + 3, low) && low >= 0xDC00
                && low < 0xE000) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            appendUtf8(out, code);
            break;
        }
        default: out += e; break;
        }
    }
    return out;
}

void JsonScanner::setToken(std::string_view decoded)
{
    m_pointer.resize(m_stack.back().base);
    appendPointerToken(m_pointer, decoded);
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_end) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonScanner::readString(std::string_view &raw)
{
    // m_pos is at the opening quote.
    const std::size_t start = ++m_pos;
    while (m_pos < m_end) {
        const char c = m_text[m_pos];
        if (c == '\\') {
            m_pos += 2;
            continue;
        }
        if (c == '"') {
            raw = m_text.substr(start, m_pos - start);
            ++m_pos;
            return true;
        }
        ++m_pos;
    }
    return false;
}

bool JsonScanner::readKey()
{
    skipSpace();
    if (m_pos >= m_end || m_text[m_pos] != '"')
        return false;
    const std::size_t keyOffset = m_pos;
    std::string_view raw;
    if (!readString(raw))
        return false;
    std::string_view key = raw;
    if (raw.find('\\') != std::string_view::npos) {
        m_decodedKeys.push_back(decodeString(raw));
        key = m_decodedKeys.back();
    }
    setToken(key);
    if (onDuplicateKey)
        m_stack.back().keys.emplace_back(key, keyOffset);
    if (onKey)
        onKey(keyOffset);
    skipSpace();
    if (m_pos >= m_end || m_text[m_pos] != ':')
        return false;
    ++m_pos;
    return true;
}

void JsonScanner::closeFrame()
{
    Frame &frame = m_stack.back();
    if (frame.keys.size() > 1) {
        std::sort(frame.keys.begin(), frame.keys.end());
        std::string pointer = m_pointer.substr(0, frame.base);
        for (std::size_t i = 1; i < frame.keys.size(); ++i) {
            if (frame.keys[i].first != frame.keys[i - 1].first)
                continue;
            pointer.resize(frame.base);
            appendPointerToken(pointer, frame.keys[i].first);
            onDuplicateKey(frame.keys[i].second, pointer);
        }
    }
    m_pointer.resize(frame.base);
    m_stack.pop_back();
}

bool JsonScanner::run(std::size_t maxDepth, std::size_t stopAt)
{
    m_pos = 0;
    m_end = std::min(stopAt, m_text.size());
    m_stack.clear();
    m_pointer.clear();
    m_decodedKeys.clear();
    // Skip a UTF-8 byte order mark, as nlohmann::json does.
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
    const bool fine = scan(maxDepth);
    // Objects left open by broken text still report the keys they repeated.
    const std::string at = m_pointer;
    while (!m_stack.empty())
        closeFrame();
    m_pointer = at;
    return fine;
}

bool JsonScanner::scan(std::size_t maxDepth)
{
    Next next = Next::Value;
    while (true) {
        skipSpace();
        if (m_pos >= m_end)
            return true;
        next = next == Next::Value ? scanValue(maxDepth) : scanSeparator();
        if (next == Next::Done)
            return true;
        if (next == Next::TooDeep)
            return false;
    }
}

JsonScanner::Next JsonScanner::scanValue(std::size_t maxDepth)
{
    if (onValue)
        onValue(m_pos);
    const char c = m_text[m_pos];
    if (c == '{' || c == '[')
        return openContainer(c, maxDepth);
    if (c == '"') {
        std::string_view raw;
        return readString(raw) ? Next::Separator : Next::Done;
    }
    const std::size_t before = m_pos;
    while (m_pos < m_end && std::string_view(",]} \t\r\n").find(m_text[m_pos]) == std::string_view::npos)
        ++m_pos;
    if (m_pos == before)
        return Next::Done;  // a stray ',' ']' or '}' where a value belongs
    if (onScalar)
        onScalar(before, m_text.substr(before, m_pos - before));
    return Next::Separator;
}

JsonScanner::Next JsonScanner::openContainer(char bracket, std::size_t maxDepth)
{
    if (m_stack.size() >= maxDepth) {
        m_tooDeepOffset = m_pos;
        return Next::TooDeep;
    }
    ++m_pos;
    m_stack.push_back(Frame{bracket == '{', 0, m_pointer.size(), {}});
    skipSpace();
    if (m_pos < m_end && (m_text[m_pos] == '}' || m_text[m_pos] == ']')) {
        ++m_pos;
        closeFrame();
        return Next::Separator;
    }
    if (bracket == '{' && !readKey())
        return Next::Done;
    if (bracket == '[')
        setToken("0");
    return Next::Value;
}

JsonScanner::Next JsonScanner::scanSeparator()
{
    if (m_stack.empty())
        return Next::Done;
    const char c = m_text[m_pos];
    if (c == '}' || c == ']') {
        ++m_pos;
        closeFrame();
        return Next::Separator;
    }
    if (c != ',')
        return Next::Done;
    ++m_pos;
    Frame &frame = m_stack.back();
    if (!frame.object)
        setToken(std::to_string(++frame.index));
    else if (!readKey())
        return Next::Done;
    return Next::Value;
}

}  // namespace stoppunkt
