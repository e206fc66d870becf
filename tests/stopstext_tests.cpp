// SPDX-License-Identifier: MIT
// The author's edits written into a lesson file: only the member written changes (a film's "stops", a slide's
// "notes"), byte for byte, in the file's own indentation and line ends.
#include "lesson/lessonloader.h"
#include "lesson/notestext.h"
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

TEST_CASE("writing every slide's own notes again gives the seed lesson back byte for byte")
{
    const std::string text = readFile(kSeed);
    const Lesson lesson = load(text);
    std::string rewritten = text;
    for (std::size_t i = 0; i < lesson.slides.size(); ++i) {
        const auto once = withNotes(rewritten, i, lesson.slides[i].notes);
        REQUIRE(once);
        rewritten = *once;
    }
    CHECK(rewritten == text);
}

TEST_CASE("edited notes change only the slide's notes array, and every other byte stays")
{
    const std::string text = readFile(kSeed);
    const Lesson before = load(text);
    std::vector<Note> notes = before.slides[1].notes;
    notes[0].text = "Spørg: \"Hvad gør I?\" – og vent på svar.";  // a quote to escape, æøå
    notes.erase(notes.begin() + 1);
    notes.push_back({NoteKind::Important, "Skriv forslagene på flipoveren.", 0});
    const auto rewritten = withNotes(text, 1, notes);
    REQUIRE(rewritten);
    const std::size_t arrayStart = text.find("\"notes\": [", text.find("Hvorfor er konflikter med kunder anderledes?")) + 9;
    const std::size_t arrayEnd = jsonValueEnd(text, arrayStart);
    REQUIRE(arrayEnd != std::string::npos);
    CHECK(rewritten->substr(0, arrayStart) == text.substr(0, arrayStart));
    CHECK(rewritten->substr(rewritten->size() - (text.size() - arrayEnd)) == text.substr(arrayEnd));
    const Lesson after = load(*rewritten);
    REQUIRE(after.slides[1].notes.size() == notes.size());
    CHECK(after.slides[1].notes[0].text == notes[0].text);
    CHECK(after.slides[1].notes.back().kind == NoteKind::Important);
    for (std::size_t i = 0; i < after.slides.size(); ++i)
        if (i != 1)
            CHECK(after.slides[i].notes.size() == before.slides[i].notes.size());
}

TEST_CASE("notes are written in the file's own indentation and line ends: tabs and CRLF, or a slide on one line")
{
    const std::string file = STOPPUNKT_LESSONS "/x/lesson.json";
    const std::string text = "{\r\n\t\"format\": 1, \"id\": \"x\", \"title\": \"X\", \"course\": \"C\", \"language\": \"da\",\r\n"
                             "\t\"slides\": [\r\n\t\t{\r\n\t\t\t\"kind\": \"cover\",\r\n\t\t\t\"title\": \"X\"\r\n\t\t},\r\n"
                             "\t\t{\"kind\": \"bullets\", \"title\": \"Y\", \"bullets\": [\"a\"]}\r\n\t]\r\n}\r\n";
    const auto added = withNotes(text, 0, {{NoteKind::Discuss, "Hør efter.", 1}, {NoteKind::Plain, "Trin to.", 2}});
    REQUIRE(added);
    CHECK(
        added->find(
            "\t\t\t\"title\": \"X\",\r\n\t\t\t\"notes\": [\r\n\t\t\t\t{\r\n\t\t\t\t\t\"kind\": \"discuss\",\r\n"
            "\t\t\t\t\t\"step\": 1,\r\n\t\t\t\t\t\"text\": \"Hør efter.\"\r\n\t\t\t\t},\r\n\t\t\t\t{\r\n\t\t\t\t\t\"kind\": \"plain\",\r\n"
            "\t\t\t\t\t\"step\": 2,\r\n\t\t\t\t\t\"text\": \"Trin to.\"\r\n\t\t\t\t}\r\n\t\t\t]\r\n\t\t},")
        != std::string::npos);
    std::size_t bare = 0;
    for (std::size_t i = 0; i < added->size(); ++i)
        bare += (*added)[i] == '\n' && (i == 0 || (*added)[i - 1] != '\r');
    CHECK(bare == 0);  // no bare line feed anywhere
    const auto [front, back] = sharedEnds(text, *added);
    CHECK(front == text.find("\r\n\t\t},"));  // up to the end of the slide's last member
    CHECK(back == text.size() - text.find("\r\n\t\t},"));
    // A slide written on one line keeps its notes on that line.
    const auto oneLine = withNotes(*added, 1, {{NoteKind::Important, "Kort.", 0}});
    REQUIRE(oneLine);
    CHECK(oneLine->find("\"bullets\": [\"a\"], \"notes\": [ { \"kind\": \"important\", \"text\": \"Kort.\" } ]}") != std::string::npos);
    // The cover has no build: its note on step 2 is refused by the loader, in the author's words, before any write.
    const LoadResult refused = loadLessonText(*oneLine, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.diagnostics[0].message.find("step 2") != std::string::npos);
    const Lesson lesson = load(*withNotes(*oneLine, 0, {{NoteKind::Discuss, "Hør efter.", 0}}), file);
    CHECK(lesson.slides[0].notes.size() == 1);
    CHECK(lesson.slides[1].notes[0].text == "Kort.");
    CHECK_FALSE(withNotes(text, 2, {}));
}
