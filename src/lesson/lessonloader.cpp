// SPDX-License-Identifier: MIT
#include "lesson/lessonloader.h"
#include "lesson/lessonlimits.h"

#include "lesson/filmsource.h"
#include "lesson/jsonlocator.h"
#include "lesson/jsonscanner.h"
#include "lesson/lessonreaders.h"
#include "lesson/objectreader.h"
#include "lesson/syntaxmessage.h"
#include "lesson/timeplan.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>

namespace stoppunkt {

namespace {
using Need = ObjectReader::Need;

const std::vector<std::string_view> kLessonKeys{"$schema", "format", "id", "title", "course", "language", "films", "slides"};

std::string sizeText(std::uintmax_t bytes)
{
    std::ostringstream out;
    out.precision(1);
    out << std::fixed << static_cast<double>(bytes) / (1024.0 * 1024.0) << " MB";
    return out.str();
}

/// nlohmann reports the offset just past the token it could not use; authors want the token's start.
std::size_t tokenStart(std::string_view text, std::size_t end)
{
    end = std::min(end, text.size());
    if (end == 0)
        return 0;
    std::size_t i = end - 1;
    const auto isWord = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.'; };
    if (text[i] == '"') {
        while (i > 0) {
            --i;
            std::size_t slashes = 0;
            while (i >= slashes + 1 && text[i - slashes - 1] == '\\')
                ++slashes;
            if (text[i] == '"' && slashes % 2 == 0)
                return i;
        }
        return 0;
    }
    if (isWord(text[i]))
        while (i > 0 && isWord(text[i - 1]))
            --i;
    return i;
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLetter(char c)
{
    return isLower(c) || (c >= 'A' && c <= 'Z');
}

/// True for a JSON number too large for a double (1e400), which the JSON parser refuses to hold.
bool overflowsDouble(std::string_view token)
{
    if (token.empty() || (token.front() != '-' && !isDigit(token.front())))
        return false;
    double value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc::result_out_of_range)
        return false;
    // Out of range is also what a tiny number (1e-400) gives; that one simply reads as 0.
    const std::size_t e = token.find_first_of("eE");
    return e == std::string_view::npos || token.substr(e + 1, 1) != "-";
}

bool checkStructure(std::string_view text, const LoadOptions &options, Reporter &reporter)
{
    JsonScanner scanner(text);
    bool numbersFit = true;
    scanner.onScalar = [&](std::size_t offset, std::string_view token) {
        if (!overflowsDouble(token))
            return;
        numbersFit = false;
        const std::string shown = token.size() > 40 ? std::string(token.substr(0, 40)) + "…" : std::string(token);
        reporter.errorAtOffset(
            offset, scanner.pointer(),
            say(QT_TRANSLATE_NOOP("LessonCheck", "the number %1 is too large; numbers must stay within ±1.7e308"), shown));
    };
    scanner.onDuplicateKey = [&](std::size_t offset, const std::string &pointer) {
        reporter.errorAtOffset(
            offset, pointer,
            say(QT_TRANSLATE_NOOP(
                "LessonCheck",
                "duplicate key; an object may name each key once, and the later value would silently replace the earlier one")));
    };
    if (!scanner.run(options.maxDepth)) {
        reporter.errorAtOffset(
            scanner.tooDeepOffset(), scanner.pointer(),
            say(QT_TRANSLATE_NOOP("LessonCheck", "nesting is deeper than %1 levels; a lesson never needs that many"), options.maxDepth));
        return false;
    }
    return numbersFit;
}

void readHeader(const nlohmann::json &root, Lesson &lesson, Reporter &reporter)
{
    ObjectReader r(root, "", say(QT_TRANSLATE_NOOP("LessonCheck", "the lesson")), reporter);
    if (!r.valid())
        return;
    r.rejectUnknownKeys(kLessonKeys, say(QT_TRANSLATE_NOOP("LessonCheck", "the lesson")));
    if (auto format = r.integer("format", Need::Required)) {
        lesson.format = static_cast<int>(*format);
        if (*format != 1)
            reporter.error(
                r.pointerOf("format"),
                say(QT_TRANSLATE_NOOP("LessonCheck", "unsupported format version %1; this version of Stoppunkt reads format 1"), *format));
    }
    if (auto id = r.text("id", Need::Required)) {
        lesson.id = *id;
        if (!isPlainId(*id))
            reporter.error(
                r.pointerOf("id"),
                say(QT_TRANSLATE_NOOP("LessonCheck",
                                      "id %1 must be lowercase letters, digits and single hyphens, like \"konflikter-med-kunder\""),
                    inQuotes(*id)));
    }
    lesson.title = r.text("title", Need::Required).value_or("");
    checkText(reporter, r.pointerOf("title"), lesson.title, limits::kTitleChars);
    lesson.course = r.text("course", Need::Required).value_or("");
    if (auto language = r.text("language", Need::Required)) {
        lesson.language = *language;
        if (!isLanguageTag(*language))
            reporter.error(r.pointerOf("language"),
                           say(QT_TRANSLATE_NOOP("LessonCheck", "language %1 is not a BCP 47 tag such as \"da\", \"nb\" or \"sv-SE\""),
                               inQuotes(*language)));
    }
    r.text("$schema", Need::Optional);
}
/// A JSON syntax error where the author made it, in words; the commonest slips (a comment, a comma before a
/// closing bracket) are named as such.
void reportSyntaxError(std::string_view text, const nlohmann::json::parse_error &e, const LoadOptions &options, Reporter &reporter)
{
    std::size_t offset = tokenStart(text, e.byte);
    std::string message = syntaxMessage(text, offset, e.what());
    // The commonest slips: a comment, and a comma before a closing bracket. Point at them and say so.
    if (text.substr(offset, 2) == "//" || text.substr(offset, 2) == "/*") {
        message = say(QT_TRANSLATE_NOOP(
            "LessonCheck", "JSON syntax error: JSON allows no comments; put notes for authors in \"notes\", or remove the comment"));
    } else if (offset < text.size() && (text[offset] == '}' || text[offset] == ']')) {
        std::size_t before = offset;
        while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1])))
            --before;
        if (before > 0 && text[before - 1] == ',') {
            offset = before - 1;
            message =
                say(QT_TRANSLATE_NOOP("LessonCheck", "JSON syntax error: a comma before '%1'; JSON allows no comma after the last item"),
                    std::string(1, text[tokenStart(text, e.byte)]));
        }
    }
    JsonScanner scanner(text);
    scanner.run(options.maxDepth, offset);
    reporter.errorAtOffset(offset, scanner.pointer(), message);
}

/// The lesson's JSON; nothing when the file is empty or not JSON (the reporter says why and where).
std::optional<nlohmann::json> parseLesson(std::string_view text, const LoadOptions &options, Reporter &reporter)
{
    try {
        if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
            reporter.errorAtOffset(
                0, "", say(QT_TRANSLATE_NOOP("LessonCheck", "the file is empty; a lesson is a JSON object: { \"format\": 1, … }")));
            return std::nullopt;
        }
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        reportSyntaxError(text, e, options, reporter);
    } catch (const nlohmann::json::exception &e) {
        // The structure check catches what nlohmann refuses beyond syntax (numbers too large); this
        // keeps any case it missed an error in the file, never an abort.
        reporter.errorAtOffset(0, "", say(QT_TRANSLATE_NOOP("LessonCheck", "the lesson cannot be read: %1"), e.what()));
    }
    return std::nullopt;
}

/// The lesson the JSON describes, checked whole: its header, films, slides, references, time plan, media and
/// linked lessons.
Lesson readLesson(const nlohmann::json &root, const std::filesystem::path &file, const LoadOptions &options, Reporter &reporter)
{
    Lesson lesson;
    lesson.file = std::filesystem::absolute(file).lexically_normal();
    readHeader(root, lesson, reporter);
    if (root.is_object()) {
        readFilms(root, lesson, reporter);
        readSlides(root, lesson, reporter);
        checkReferences(lesson, reporter);
        checkTimePlan(lesson, reporter);
        checkFilmSources(lesson, options.mediaRoots, reporter, options.requireMedia, options.probeFilm);
        checkDecks(lesson, options.mediaRoots, reporter, options.requireMedia, options.probeDeck);
        checkLinkedLessons(lesson, reporter, options.requireMedia);
    }
    return lesson;
}
}  // namespace

bool isLanguageTag(std::string_view tag)
{
    std::size_t i = 0;
    while (i < tag.size() && isLetter(tag[i]))
        ++i;
    if (i < 2 || i > 3)
        return false;
    while (i < tag.size()) {
        if (tag[i++] != '-')
            return false;
        const std::size_t start = i;
        while (i < tag.size() && (isLetter(tag[i]) || isDigit(tag[i])))
            ++i;
        if (i - start < 2 || i - start > 8)
            return false;
    }
    return true;
}

LoadResult loadLessonText(std::string_view text, const std::filesystem::path &file, const LoadOptions &options,
                          const std::string &displayName)
{
    const std::string name = displayName.empty() ? file.string() : displayName;
    Reporter reporter;
    JsonLocator locator(text);
    LoadResult result;
    if (checkStructure(text, options, reporter)) {
        if (const std::optional<nlohmann::json> root = parseLesson(text, options, reporter)) {
            Lesson lesson = readLesson(*root, file, options, reporter);
            if (reporter.errorCount() == 0)
                result.lesson = std::move(lesson);
        }
    }
    result.diagnostics = reporter.diagnostics(name, locator);
    return result;
}

LoadResult loadLessonFile(const std::filesystem::path &file, const LoadOptions &options, const std::string &displayName)
{
    const std::string name = displayName.empty() ? file.string() : displayName;
    auto fail = [&](std::string message) {
        LoadResult result;
        result.diagnostics.push_back({Severity::Error, name, 0, 0, "", std::move(message)});
        return result;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status))
        return fail(say(QT_TRANSLATE_NOOP("LessonCheck", "cannot open the lesson: no such file")));
    if (!std::filesystem::is_regular_file(status))
        return fail(say(QT_TRANSLATE_NOOP("LessonCheck", "cannot open the lesson: not a regular file")));
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec)
        return fail(say(QT_TRANSLATE_NOOP("LessonCheck", "cannot read the lesson: %1"), ec.message()));
    if (size > options.maxFileBytes) {
        if (sizeText(size) == sizeText(options.maxFileBytes))  // just over: say it in bytes
            return fail(say(QT_TRANSLATE_NOOP(
                                "LessonCheck",
                                "the lesson file is %1 bytes; lessons are limited to %2 bytes (put films and pictures in their own files)"),
                            size, options.maxFileBytes));
        return fail(say(QT_TRANSLATE_NOOP("LessonCheck",
                                          "the lesson file is %1; lessons are limited to %2 (put films and pictures in their own files)"),
                        sizeText(size), sizeText(options.maxFileBytes)));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(say(QT_TRANSLATE_NOOP("LessonCheck", "cannot read the lesson: permission denied or unreadable")));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return loadLessonText(text, file, options, name);
}

}  // namespace stoppunkt
