// SPDX-License-Identifier: MIT
// Inserting, removing and moving one element of a lesson's JSON array in the author's own text.
#include "lesson/arraytext.h"

#include "lesson/jsonlocator.h"

#include <vector>

namespace stoppunkt {

namespace {
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
};

/// An array's place in the text and its elements' spans.
struct ArrayText {
    std::size_t open = 0;  ///< the '['
    std::size_t close = 0;  ///< the ']'
    std::vector<Span> elements;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view text, std::size_t at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

std::optional<ArrayText> findArray(std::string_view text, const std::string &pointer)
{
    JsonLocator locator(text);
    const std::size_t open = locator.valueOffset(pointer);
    const std::size_t parent = pointer.rfind('/');
    if (open >= text.size() || text[open] != '[' || (parent != std::string::npos && open == locator.valueOffset(pointer.substr(0, parent))))
        return std::nullopt;
    ArrayText array{open, 0, {}};
    std::size_t at = skipSpace(text, open + 1);
    while (at < text.size() && text[at] != ']') {
        const std::size_t end = jsonValueEnd(text, at);
        if (end == std::string_view::npos)
            return std::nullopt;
        array.elements.push_back({at, end});
        at = skipSpace(text, end);
        if (at < text.size() && text[at] == ',')
            at = skipSpace(text, at + 1);
        else if (at >= text.size() || text[at] != ']')
            return std::nullopt;
    }
    if (at >= text.size())
        return std::nullopt;
    array.close = at;
    return array;
}

/// The whitespace at the start of the line that holds `offset`.
std::string indentOfLine(std::string_view text, std::size_t offset)
{
    const std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    std::size_t at = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    const std::size_t begin = at;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
        ++at;
    return std::string(text.substr(begin, at - begin));
}

/// The style an element written beside `near` takes: its line's indentation, and the step by which the
/// members of an object inside it stand deeper.
TextStyle styleBeside(std::string_view text, const ArrayText &array, const Span &near)
{
    TextStyle style;
    const bool ownLine = text.substr(array.open, near.start - array.open).find('\n') != std::string_view::npos;
    style.newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    style.outer = ownLine ? indentOfLine(text, near.start) : indentOfLine(text, array.open);
    const std::string arrayIndent = indentOfLine(text, array.open);
    style.step = style.outer.size() > arrayIndent.size() ? style.outer.substr(arrayIndent.size()) : std::string("  ");
    if (text[near.start] == '{') {
        const std::size_t member = skipSpace(text, near.start + 1);
        const std::string memberIndent = indentOfLine(text, member);
        if (member < near.end && text.substr(near.start, member - near.start).find('\n') != std::string_view::npos
            && memberIndent.size() > style.outer.size())
            style.step = memberIndent.substr(style.outer.size());
    }
    return style;
}
}  // namespace

std::optional<std::string> elementText(std::string_view text, const std::string &arrayPointer, std::size_t index)
{
    const auto array = findArray(text, arrayPointer);
    if (!array || index >= array->elements.size())
        return std::nullopt;
    const Span &span = array->elements[index];
    return std::string(text.substr(span.start, span.end - span.start));
}

std::optional<std::string> withElementInserted(std::string_view text, const std::string &arrayPointer, std::size_t index,
                                               const std::function<std::string(const TextStyle &)> &element)
{
    const auto array = findArray(text, arrayPointer);
    if (!array || index > array->elements.size())
        return std::nullopt;
    std::string result(text);
    const auto &elements = array->elements;
    if (elements.empty()) {
        TextStyle style{indentOfLine(text, array->open) + "  ", "  ", text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n"};
        result.replace(array->open + 1, array->close - array->open - 1,
                       style.newline + style.outer + element(style) + style.newline + indentOfLine(text, array->open));
        return result;
    }
    // The space the author puts between two elements (a line end and an indentation, or one blank).
    const std::size_t spaceStart = elements.size() >= 2 ? text.find(',', elements[0].end) + 1 : array->open + 1;
    const std::size_t spaceEnd = elements.size() >= 2 ? elements[1].start : elements[0].start;
    const std::string space(text.substr(spaceStart, spaceEnd - spaceStart));
    if (index < elements.size()) {  // before element `index`: the new one, a comma and the space
        const Span &next = elements[index];
        result.insert(next.start, element(styleBeside(text, *array, next)) + "," + space);
        return result;
    }
    const Span &last = elements.back();  // after the last: a comma, the space and the new one
    result.insert(last.end, "," + space + element(styleBeside(text, *array, last)));
    return result;
}

std::optional<std::string> withElementRemoved(std::string_view text, const std::string &arrayPointer, std::size_t index)
{
    const auto array = findArray(text, arrayPointer);
    if (!array || index >= array->elements.size())
        return std::nullopt;
    const auto &elements = array->elements;
    std::string result(text);
    if (elements.size() == 1)
        result.erase(array->open + 1, array->close - array->open - 1);
    else if (index + 1 < elements.size())  // the element, its comma and the space before the next
        result.erase(elements[index].start, elements[index + 1].start - elements[index].start);
    else  // the last: the comma after the one before it, and the space
        result.erase(elements[index - 1].end, elements[index].end - elements[index - 1].end);
    return result;
}

std::optional<std::string> withElementMoved(std::string_view text, const std::string &arrayPointer, std::size_t from, std::size_t to)
{
    const auto moved = elementText(text, arrayPointer, from);
    if (!moved)
        return std::nullopt;
    const auto without = withElementRemoved(text, arrayPointer, from);
    if (!without)
        return std::nullopt;
    return withElementInserted(*without, arrayPointer, to, [&](const TextStyle &) { return *moved; });
}

}  // namespace stoppunkt
