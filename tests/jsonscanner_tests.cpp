// SPDX-License-Identifier: MIT
#include "lesson/jsonlocator.h"
#include "lesson/jsonscanner.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <map>

using namespace stoppunkt;

namespace {
std::map<std::string, std::size_t> valuePointers(const std::string &text)
{
    std::map<std::string, std::size_t> out;
    JsonScanner scanner(text);
    scanner.onValue = [&](std::size_t offset) { out.emplace(scanner.pointer(), offset); };
    scanner.run(64);
    return out;
}
}  // namespace

TEST_CASE("the scanner names every value by its JSON pointer")
{
    const std::string text = R"({"a": [1, {"b~c": "x", "d/e": null}], "f": {}, "g": []})";
    const auto values = valuePointers(text);
    CHECK(values.at("") == 0);
    CHECK(values.at("/a") == text.find('['));
    CHECK(values.at("/a/0") == text.find('1'));
    CHECK(values.at("/a/1/b~0c") == text.find("\"x\""));
    CHECK(values.at("/a/1/d~1e") == text.find("null"));
    CHECK(values.at("/f") == text.find("{}"));
    CHECK(values.at("/g") == text.find("[]"));
    CHECK(values.size() == 8);
}

TEST_CASE("escaped keys are decoded before they become pointer tokens")
{
    const std::string text = R"({"ti\u0074le": 1, "\u00e6\u00f8\u00e5": 2, "\ud83d\ude00": 3})";
    const auto values = valuePointers(text);
    CHECK(values.count("/title") == 1);
    CHECK(values.count("/\xC3\xA6\xC3\xB8\xC3\xA5") == 1);
    CHECK(values.count("/\xF0\x9F\x98\x80") == 1);
}

TEST_CASE("duplicate keys are reported with the pointer of the repeated member")
{
    const std::string text = R"({"slides": [{"title": "a", "kind": "cover", "title": "b"}]})";
    std::vector<std::pair<std::string, std::size_t>> found;
    JsonScanner scanner(text);
    scanner.onDuplicateKey = [&](std::size_t offset, const std::string &pointer) { found.emplace_back(pointer, offset); };
    CHECK(scanner.run(64));
    REQUIRE(found.size() == 1);
    CHECK(found[0].first == "/slides/0/title");
    CHECK(found[0].second == text.rfind("\"title\""));
}

TEST_CASE("nesting past the limit stops the scan at the offending bracket")
{
    const std::string text = std::string(100000, '[') + std::string(100000, ']');
    JsonScanner scanner(text);
    CHECK_FALSE(scanner.run(64));
    CHECK(scanner.tooDeepOffset() == 64);
}

TEST_CASE("the scanner survives any text without throwing")
{
    for (const std::string &text : {std::string(""), std::string("{"), std::string("{\"a"), std::string("[1,,2]"), std::string("}}}"),
                                    std::string("\"\\"), std::string("{\"a\" 1}"), std::string("\xff\xfe\x00\x01", 4)}) {
        JsonScanner scanner(text);
        CHECK_NOTHROW(scanner.run(64));
    }
}

TEST_CASE("the locator gives line and column in characters, and falls back to the nearest ancestor")
{
    const std::string text = "{\n  \"title\": \"Æble\",\n  \"list\": [\n    \"ø\", 42\n  ]\n}\n";
    JsonLocator locator(text);
    CHECK(locator.valuePosition("/title").line == 2);
    CHECK(locator.valuePosition("/title").column == 12);
    CHECK(locator.keyPosition("/title").column == 3);
    const TextPosition second = locator.valuePosition("/list/1");
    CHECK(test::positionOf(text, "42") == std::to_string(second.line) + ":" + std::to_string(second.column));
    // "ø" is two bytes but one column.
    CHECK(second.column == 10);
    const TextPosition missing = locator.valuePosition("/list/7/deeper");
    CHECK(missing.line == 3);
    CHECK(missing.column == 11);
}
