// SPDX-License-Identifier: MIT
// The stop editor's rewrite of a lesson file: only the film's "stops" array changes, byte for byte.
#include "lesson/lessonloader.h"
#include "lesson/stopstext.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

using namespace stoppunkt;

namespace {
std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Lesson load(const std::string &text, const std::string &file = STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json")
{
    const LoadResult result = loadLessonText(text, file);
    for (const Diagnostic &d : result.diagnostics)
        UNSCOPED_INFO(d.format());
    REQUIRE(result.ok());
    return *result.lesson;
}

/// How many bytes `a` and `b` share at their start, and at their end.
std::pair<std::size_t, std::size_t> sharedEnds(const std::string &a, const std::string &b)
{
    std::size_t front = 0;
    while (front < a.size() && front < b.size() && a[front] == b[front])
        ++front;
    std::size_t back = 0;
    while (back < a.size() - front && back < b.size() - front && a[a.size() - 1 - back] == b[b.size() - 1 - back])
        ++back;
    return {front, back};
}

const std::string kSeed = STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json";
}  // namespace

TEST_CASE("writing the seed lesson's own stops again gives the file back byte for byte")
{
    const std::string text = readFile(kSeed);
    const Lesson lesson = load(text);
    const auto rewritten = withStops(text, 0, lesson.films[0].stops);
    REQUIRE(rewritten);
    CHECK(*rewritten == text);
}

TEST_CASE("a moved, added or deleted stop changes only the stops array, and every other byte stays")
{
    const std::string text = readFile(kSeed);
    std::vector<StopPoint> stops = load(text).films[0].stops;
    const std::size_t arrayStart = text.find("\"stops\": [") + 9;
    const std::size_t arrayEnd = jsonValueEnd(text, arrayStart);
    REQUIRE(arrayEnd != std::string::npos);

    stops[1].atMs = 76000;  // moved
    stops.insert(stops.begin() + 2, {"stop-2b", 90000, "Ekstra \"stop\" æøå"});  // added, with a quote to escape
    stops.erase(stops.begin());  // deleted
    const auto rewritten = withStops(text, 0, stops);
    REQUIRE(rewritten);
    const auto [front, back] = sharedEnds(text, *rewritten);
    CHECK(front >= arrayStart);  // everything before the array, as it was
    CHECK(back >= text.size() - arrayEnd);  // everything after it, as it was
    CHECK(rewritten->substr(0, arrayStart) == text.substr(0, arrayStart));
    CHECK(rewritten->substr(rewritten->size() - (text.size() - arrayEnd)) == text.substr(arrayEnd));
    // The new text loads, with exactly these stops; the questions still find theirs (stop-1 is gone: an error).
    const LoadResult result = loadLessonText(*rewritten, kSeed);
    bool missingStopOne = false;
    for (const Diagnostic &d : result.diagnostics)
        missingStopOne = missingStopOne || d.message.find("\"stop-1\"") != std::string::npos;
    CHECK(missingStopOne);
    stops.insert(stops.begin(), {"stop-1", 49960, "Stoppunkt #1"});
    const Lesson lesson = load(*withStops(text, 0, stops));
    REQUIRE(lesson.films[0].stops.size() == 5);
    CHECK(lesson.films[0].stops[1].atMs == 76000);
    CHECK(lesson.films[0].stops[2].label == "Ekstra \"stop\" æøå");
}

TEST_CASE("a film without stops gets the member after its last one, in the file's indentation and line ends")
{
    const std::string file = STOPPUNKT_LESSONS "/x/lesson.json";
    const std::string text =
        "{\r\n\t\"format\": 1, \"id\": \"x\", \"title\": \"X\", \"course\": \"C\", \"language\": \"da\",\r\n"
        "\t\"films\": [\r\n\t\t{\r\n\t\t\t\"id\": \"f\",\r\n\t\t\t\"title\": \"F\",\r\n\t\t\t\"source\": \"f.mp4\"\r\n\t\t}\r\n\t],\r\n"
        "\t\"slides\": [{\"kind\": \"film-segment\", \"title\": \"S\", \"film\": \"f\"}]\r\n}\r\n";
    const auto added = withStops(text, 0, {{"stop-1", 1500, "Et"}});
    REQUIRE(added);
    CHECK(added->find("\t\t\t\"source\": \"f.mp4\",\r\n\t\t\t\"stops\": [\r\n\t\t\t\t{\r\n\t\t\t\t\t\"id\": \"stop-1\",\r\n"
                      "\t\t\t\t\t\"at\": \"00:01.500\",\r\n\t\t\t\t\t\"label\": \"Et\"\r\n\t\t\t\t}\r\n\t\t\t]\r\n\t\t}")
          != std::string::npos);
    const auto [front, back] = sharedEnds(text, *added);
    CHECK(front == text.find("\r\n\t\t}"));  // up to the end of the film's last member
    CHECK(back == text.size() - text.find("\r\n\t\t}"));
    const Lesson lesson = load(*added, file);
    REQUIRE(lesson.films[0].stops.size() == 1);
    CHECK(lesson.films[0].stops[0].atMs == 1500);
    // Written again with the same stops: the same bytes.
    CHECK(withStops(*added, 0, lesson.films[0].stops) == *added);
    // No stops at all: an empty array, and the lesson still loads.
    CHECK(withStops(*added, 0, {})->find("\"stops\": []") != std::string::npos);
}

TEST_CASE("a film index the lesson does not have, or text that breaks off, gives nothing")
{
    const std::string text = readFile(kSeed);
    CHECK_FALSE(withStops(text, 1, {}));
    CHECK_FALSE(withStops(text.substr(0, text.find("\"stop-2\"")), 0, {}));
    CHECK_FALSE(withStops("[1, 2]", 0, {}));
}
