// SPDX-License-Identifier: MIT
// One test per kind of author mistake: the message, its line:column and its JSON pointer.
#include "lesson/message.h"
#include "testsupport.h"
#include "translations/lessonproblems.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace stoppunkt;
using namespace stoppunkt::test;
using Catch::Contains;

TEST_CASE("a JSON syntax error names the spot and what was being read")
{
    const std::string text = replaced(minimalLesson(), "\"question\": \"What now?\",", "\"question\": \"What now?\"");
    const Diagnostic d = onlyError(text, "/slides/2/question", "\"options\": [\"A\"");
    CHECK(d.message == "JSON syntax error: a comma is missing before \"options\" (between two keys of an object)");
}

TEST_CASE("JSON syntax errors are told in the program's words, never in the parser's English")
{
    const std::vector<std::pair<std::string, std::string>> slips{
        {R"({"format": 1, "id": "x" "title": "y"})", "a comma is missing before \"title\" (between two keys of an object)"},
        {R"({"format": 1, "id" "x"})", "a ':' is missing between a key and its value before \"x\""},
        {R"({"slides": [1 2]})", "a comma or a closing ']' is missing before 2 (between two items of a list)"},
        {R"({"format": 1, "id": "x)", "a text has no closing '\"'"},
        {R"({"format": tru})", "a word JSON does not know; text goes in double quotes, and the only bare words are true, false and null"},
        {R"({"format": 0,5})", "a key in double quotes should come before 5 (and a decimal number takes a point, as in 0.5, not a comma)"},
        {R"({"format": 1 "id": "x"})", "a comma is missing before \"id\" (between two keys of an object)"},
        {R"({"format": 1 ]})", "a comma or a closing '}' is missing before ]"},
        {R"({"format": .5})", "a number JSON cannot read; write it like 2, 0.5 or -3 (a point, not a comma)"},
        {R"({"format": 1, "slides": [)", "the file ends too soon: a closing '}', ']' or '\"' is missing"},
        {"{\"title\": \"a\tb\"}", "a line break or tab inside a text; write it as \\n or \\t"},
        {R"({"title": "a\qb"})", "a backslash starts an escape JSON does not know; write a backslash as \\\\"},
    };
    for (const auto &[text, expected] : slips) {
        INFO(text);
        const LoadResult result = loadLessonText(text, "lesson.json");
        REQUIRE_FALSE(result.diagnostics.empty());
        CHECK(result.diagnostics.front().message == "JSON syntax error: " + expected);
        for (const char *english : {"syntax error while parsing", "unexpected", "last read", "parse error"})
            CHECK_THAT(result.diagnostics.front().message, !Contains(english));
    }
}

TEST_CASE("a missing required key points at the object that lacks it")
{
    const std::string text = replaced(minimalLesson(), "\"title\": \"Points\", ", "");
    const Diagnostic d = onlyError(text, "/slides/1/title", "{ \"kind\": \"bullets\"");
    CHECK(d.message == "missing required key \"title\" (a string) in slide 2");
}

TEST_CASE("a wrong type names the expected and the found type")
{
    const std::string text = replaced(minimalLesson(), "\"build\": true", "\"build\": \"yes\"");
    const Diagnostic d = onlyError(text, "/slides/1/build", "\"yes\"");
    CHECK(d.message == "\"build\" must be true or false, found string");
}

TEST_CASE("an unknown key suggests the key that was meant")
{
    const std::string text = replaced(minimalLesson(), "\"question\": \"What now?\"", "\"qustion\": \"What now?\"");
    const auto errors = errorsOf(loadText(text));
    REQUIRE(errors.size() == 2);
    // In file order: the missing key is placed at its slide's opening brace, before the misspelled one.
    CHECK(errors[0].message == "missing required key \"question\" (a string) in slide 3");
    CHECK(errors[1].message == "unknown key \"qustion\" in a film-question slide; did you mean \"question\"?");
    CHECK(errors[1].pointer == "/slides/2/qustion");
    CHECK(positionOf(errors[1]) == positionOf(text, "\"qustion\""));
}

TEST_CASE("an unknown key with nothing close lists the allowed keys")
{
    const std::string text = replaced(minimalLesson(), "\"fps\": 25", "\"colour\": 25");
    const Diagnostic d = onlyError(text, "/films/0/colour", "\"colour\"");
    CHECK(d.message
          == "unknown key \"colour\" in a film; allowed keys are \"id\", \"title\", \"source\", \"fps\", \"stops\" and \"subtitles\"");
}

TEST_CASE("problems are listed in file order, not in the order the loader met them")
{
    // The loader reads films before slides, and a slide's notes before its options.
    std::string text = replaced(minimalLesson(), "\"fps\": 25", "\"fps\": -1");
    text = replaced(text, "\"title\": \"Mini\",", "\"title\": 7,");
    text = replaced(text, "\"options\": [\"A\", \"B\", \"C\", \"D\"]", "\"options\": [\"A\", 5, \"C\", \"D\"]");
    const auto errors = errorsOf(loadText(text));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].pointer == "/title");
    CHECK(errors[1].pointer == "/films/0/fps");
    CHECK(errors[2].pointer == "/slides/2/options/1");
    CHECK(errors[2].message == "option 2 must be a string, or an object with \"text\", found integer");
    for (std::size_t i = 1; i < errors.size(); ++i)
        CHECK(errors[i - 1].line <= errors[i].line);
}

TEST_CASE("stop points out of order are refused")
{
    const std::string text = replaced(minimalLesson(), "\"at\": 20.5", "\"at\": 5");
    const Diagnostic d = onlyError(text, "/films/0/stops/1/at", "5, \"label\"");
    CHECK(d.message
          == "stop point \"s2\" at 00:05.000 comes before the previous stop point \"s1\" at 00:10.000; "
             "list stop points in time order");
}

TEST_CASE("stop points at the same time are refused")
{
    const std::string text = replaced(minimalLesson(), "\"at\": 20.5", "\"at\": \"0:10\"");
    const Diagnostic d = onlyError(text, "/films/0/stops/1/at", "\"0:10\"");
    CHECK_THAT(d.message, Contains("has the same time as stop point \"s1\""));
}

TEST_CASE("duplicate stop ids are refused")
{
    const std::string text = replaced(minimalLesson(), "{ \"id\": \"s2\"", "{ \"id\": \"s1\"");
    const auto errors = errorsOf(loadText(text));
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].message == "duplicate stop point id \"s1\" in film \"clip\"; stop point ids must be unique");
    CHECK(errors[0].pointer == "/films/0/stops/1/id");
}

TEST_CASE("a malformed stop time shows the format to use")
{
    const std::string text = replaced(minimalLesson(), "\"00:10.000\"", "\"10 sec\"");
    const Diagnostic d = onlyError(text, "/films/0/stops/0/at", "\"10 sec\"");
    CHECK(d.message == "\"at\" \"10 sec\" is not a time; write \"mm:ss.fff\" (\"01:23.480\") or seconds (83.48)");
}

TEST_CASE("a question that refers to a missing stop names the stops there are")
{
    const std::string text = replaced(minimalLesson(), "\"stop\": \"s2\"", "\"stop\": \"stop-9\"");
    const auto errors = errorsOf(loadText(text));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].pointer == "/slides/3/stop");
    CHECK(positionOf(errors[0]) == positionOf(text, "\"stop-9\""));
    CHECK(errors[0].message == "refers to stop point \"stop-9\", but film \"clip\" has only \"s1\" and \"s2\"");
}

TEST_CASE("a question that refers to a missing film suggests the close one")
{
    const std::string text = replaced(minimalLesson(), "\"film\": \"clip\", \"stop\": \"s1\"", "\"film\": \"clips\", \"stop\": \"s1\"");
    const Diagnostic d = onlyError(text, "/slides/2/film", "\"clips\"");
    CHECK(d.message == "refers to film \"clips\", but the lesson has no film with that id; did you mean \"clip\"?");
}

TEST_CASE("a right answer out of range says how many options there are")
{
    const std::string text = replaced(minimalLesson(), "\"answer\": 3", "\"answer\": 4");
    const Diagnostic d = onlyError(text, "/slides/3/answer", "4 },\n    { \"kind\": \"film-segment\"");
    CHECK(d.message == "answer 4 is out of range: this question has 3 options, numbered 1 to 3");
}

TEST_CASE("too few or too many options are refused")
{
    const std::string one = replaced(minimalLesson(), "[\"A\", \"B\", \"C\", \"D\"], \"answer\": 4", "[\"A\"], \"answer\": 1");
    CHECK(onlyError(one, "/slides/2/options", "[\"A\"]").message == "a question has 2 to 6 options; this one has 1");
    const std::string seven = replaced(minimalLesson(), "[\"A\", \"B\", \"C\", \"D\"]", "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\"]");
    CHECK_THAT(onlyError(seven, "/slides/2/options", "[\"1\"").message, Contains("this one has 7"));
}

TEST_CASE("an unknown slide kind suggests the kind that was meant, or lists them all")
{
    const std::string typo = replaced(minimalLesson(), "\"kind\": \"summary\"", "\"kind\": \"sumary\"");
    CHECK(onlyError(typo, "/slides/5/kind", "\"sumary\"").message == "unknown slide kind \"sumary\"; did you mean \"summary\"?");
    const std::string far = replaced(minimalLesson(), "\"kind\": \"summary\"", "\"kind\": \"video\"");
    CHECK_THAT(onlyError(far, "/slides/5/kind", "\"video\"").message,
               Contains("the kinds are \"cover\", \"bullets\", \"discussion\", \"staircase\", \"film-question\", "
                        "\"film-segment\", \"summary\", \"question\", \"table\", \"matrix\", \"chart\" or \"page\""));
}

TEST_CASE("duplicate keys are refused instead of silently replaced")
{
    const std::string text = replaced(minimalLesson(), "\"title\": \"Points\",", "\"title\": \"Points\", \"title\": \"Again\",");
    const Diagnostic d = onlyError(text, "/slides/1/title", "\"title\": \"Again\"");
    CHECK_THAT(d.message, Contains("duplicate key"));
}

TEST_CASE("film sources that are URLs, protocols, absolute or escaping are refused")
{
    for (const auto &[source, says] :
         std::vector<std::pair<std::string, std::string>>{{"https://example.com/film.mp4", "is a URL or protocol (https:)"},
                                                          {"av://lavfi:testsrc", "is a URL or protocol (av:)"},
                                                          {"/etc/passwd", "is an absolute path"},
                                                          {"../../../etc/passwd", "leaves the allowed folders"},
                                                          {"../other/film.mp4", "leaves the allowed folders"}}) {
        const std::string text = replaced(minimalLesson(), "\"clip.mp4\"", '"' + source + '"');
        CHECK_THAT(onlyError(text, "/films/0/source", '"' + source + '"').message, Contains(says));
    }
    // The project's media folder beside lessons/ is allowed.
    const std::string media = replaced(minimalLesson(), "\"clip.mp4\"", "\"../../media/clip.mp4\"");
    CHECK(loadText(media).ok());
}

TEST_CASE("unsupported format versions and malformed ids are named")
{
    CHECK(onlyError(replaced(minimalLesson(), "\"format\": 1", "\"format\": 2"), "/format", "2,").message
          == "unsupported format version 2; this version of Stoppunkt reads format 1");
    CHECK_THAT(onlyError(replaced(minimalLesson(), "\"id\": \"mini\"", "\"id\": \"Mini Lesson\""), "/id", "\"Mini Lesson\"").message,
               Contains("must be lowercase letters, digits and single hyphens"));
    CHECK_THAT(
        onlyError(replaced(minimalLesson(), "\"language\": \"da\"", "\"language\": \"Danish!\""), "/language", "\"Danish!\"").message,
        Contains("is not a BCP 47 tag"));
}

TEST_CASE("hostile input never crashes the loader")
{
    SECTION("an empty file")
    {
        const auto errors = errorsOf(loadText(""));
        REQUIRE(errors.size() == 1);
        CHECK(positionOf(errors[0]) == "1:1");
        CHECK_THAT(errors[0].message, Contains("the file is empty"));
        CHECK(errorsOf(loadText(" \n\t ")).at(0).message == errors[0].message);
    }
    SECTION("binary garbage")
    {
        std::string garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += static_cast<char>((i * 7919) % 256);
        CHECK(errorsOf(loadText(garbage)).size() == 1);
    }
    SECTION("invalid UTF-8 inside a string")
    {
        const std::string text = replaced(minimalLesson(), "\"Points\"", "\"Po\xff\xfents\"");
        // Points at the bad byte itself, inside the string.
        CHECK_THAT(onlyError(text, "/slides/1/title", "\xff").message, Contains("the file is not UTF-8 text"));
    }
    SECTION("deep nesting")
    {
        const std::string deep = "{\"slides\": " + std::string(200000, '[') + std::string(200000, ']') + "}";
        const auto errors = errorsOf(loadText(deep));
        REQUIRE(errors.size() == 1);
        CHECK_THAT(errors[0].message, Contains("nesting is deeper than 64 levels"));
        CHECK(positionOf(errors[0]) == "1:75");
    }
    SECTION("a top level that is not an object")
    {
        CHECK(errorsOf(loadText("[1, 2]")).at(0).message == "the lesson must be an object, found array");
        CHECK(errorsOf(loadText("null")).at(0).message == "the lesson must be an object, found null");
    }
    SECTION("every value replaced by the wrong type")
    {
        for (const char *swap : {"\"films\": [", "\"slides\": [", "\"stops\": [", "\"options\": [", "\"notes\": ["}) {
            const std::string text =
                replaced(minimalLesson(), swap, std::string(swap).substr(0, std::string(swap).size() - 1) + "42, \"x\": [");
            CHECK_FALSE(loadText(text).ok());
        }
    }
}

TEST_CASE("files too large, missing or not regular are refused before reading")
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "stoppunkt-tests";
    fs::create_directories(dir);
    const fs::path huge = dir / "huge.json";
    {
        std::ofstream out(huge, std::ios::binary);
    }
    fs::resize_file(huge, 100ull * 1024 * 1024);  // sparse: 100 MB on paper, nothing on disk
    const LoadResult big = loadLessonFile(huge);
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].format()
          == huge.string()
                 + ": error: the lesson file is 100.0 MB; lessons are limited "
                   "to 16.0 MB (put films and pictures in their own files)");
    fs::remove(huge);
    CHECK(loadLessonFile(dir / "absent.json").diagnostics.at(0).message == "cannot open the lesson: no such file");
    CHECK(loadLessonFile(dir).diagnostics.at(0).message == "cannot open the lesson: not a regular file");
}

TEST_CASE("subtitle files are checked like films, and their text is parsed: the line in the file, at the source")
{
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "stoppunkt-subtitle-test" / "lessons" / "mini";
    fs::create_directories(dir);
    auto write = [&](const std::string &name, const std::string &text) { std::ofstream(dir / name, std::ios::binary) << text; };
    write("ok.srt", "1\r\n00:00:01,000 --> 00:00:02,500\r\nHej\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTo linjer\r\nher\r\n");
    write("ok.vtt", "WEBVTT\n\nNOTE a comment\n\nintro\n00:01.000 --> 00:02.500 line:90%\nHej\n\n01:00:03.000 --> 01:00:04.000\nDa\n");
    write("backwards.srt", "1\n00:00:05,000 --> 00:00:02,000\nHej\n");
    write("notime.srt", "1\n00:00:05 --> 00:00:06\nHej\n");
    write("notext.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n\n");
    write("empty.srt", "\n\n");
    write("novtt.vtt", "1\n00:00:01,000 --> 00:00:02,000\nHej\n");
    const std::string lessonFile = (dir / "lesson.json").string();
    auto load = [&](const std::string &source, const std::string &extra = "") {
        const std::string text =
            replaced(minimalLesson(), R"("fps": 25,)",
                     R"("fps": 25, "subtitles": [ { "language": "da", "source": ")" + source + R"(" })" + extra + R"( ],)");
        return loadLessonText(text, lessonFile, {}, "mini.json");
    };
    auto subtitleErrors = [](const LoadResult &r) {
        std::vector<Diagnostic> out;
        for (const auto &d : r.diagnostics)
            if (d.severity == Severity::Error && d.pointer.find("/subtitles") != std::string::npos)
                out.push_back(d);
        return out;
    };
    CHECK(subtitleErrors(load("ok.srt")).empty());
    CHECK(subtitleErrors(load("ok.vtt")).empty());
    const std::pair<const char *, const char *> broken[] = {
        {"backwards.srt", "subtitles \"backwards.srt\" line 2: the cue ends before it starts"},
        {"notime.srt", "subtitles \"notime.srt\" line 2: expected a time line such as 00:00:01,000 --> 00:00:03,500"},
        {"notext.vtt", "subtitles \"notext.vtt\" line 3: the cue has no text"},
        {"empty.srt", "subtitles \"empty.srt\" line 1: the file has no cues"},
        {"novtt.vtt", "subtitles \"novtt.vtt\" line 1: a WebVTT file begins with \"WEBVTT\""},
        {"clip.txt", "subtitles \"clip.txt\" must be an SRT (.srt) or WebVTT (.vtt) file"},
        {"../../../etc.srt", "subtitles \"../../../etc.srt\" "},
    };
    for (const auto &[source, message] : broken) {
        INFO(source);
        const auto errors = subtitleErrors(load(source));
        REQUIRE(errors.size() == 1);
        CHECK_THAT(errors[0].message, Catch::StartsWith(message));
        CHECK(errors[0].pointer == "/films/0/subtitles/0/source");
    }
    // Two files in one language, two shown from the start, and a language that is not a tag.
    const auto twice = errorsOf(load(
        "ok.srt", R"(, { "language": "da", "source": "ok.vtt", "shown": true }, { "language": "sv", "source": "ok.vtt", "shown": true })"));
    REQUIRE(twice.size() == 2);
    CHECK(twice[0].message == "the film already has subtitles in \"da\"; give one file per language");
    CHECK(twice[1].message == "only one language of subtitles can be shown from the start");
    const std::string danish =
        replaced(minimalLesson(), R"("fps": 25,)", R"("fps": 25, "subtitles": [ { "language": "danish!", "source": "ok.srt" } ],)");
    const auto tag = errorsOf(loadLessonText(danish, lessonFile, {}, "mini.json"));
    REQUIRE(tag.size() == 1);
    CHECK(tag[0].pointer == "/films/0/subtitles/0/language");
    CHECK_THAT(tag[0].message, Catch::Contains("is not a BCP 47 tag"));
    fs::remove_all(dir.parent_path().parent_path());
}

TEST_CASE("a lesson's problems go through the message translator: templates, arguments and plural counts")
{
    // A translator that marks what it was asked for, so the test sees each piece pass through it.
    setMessageTranslator([](const char *text, int count) {
        return std::string("<") + text + (count >= 0 ? "|" + std::to_string(count) : std::string()) + ">";
    });
    const auto errors = errorsOf(loadText(replaced(minimalLesson(), "\"kind\": \"bullets\"", "\"kind\": \"bulets\"")));
    tellLessonProblemsInUiLanguage();  // back to the test program's English
    REQUIRE(errors.size() == 1);
    // The template is translated first, then the arguments go in: an argument is never translated as text.
    CHECK(errors[0].message == "<unknown slide kind \"bulets\"; did you mean \"bullets\"?>");
    // Back in English: the count picks the plural form, and an argument's own "%1" stays as it is.
    CHECK(sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "%n columns"), 1) == "1 column");
    CHECK(sayCount(QT_TRANSLATE_N_NOOP("LessonCheck", "%n columns"), 3) == "3 columns");
    CHECK(say(QT_TRANSLATE_NOOP("LessonCheck", "slide %1"), "%1") == "slide %1");
}
