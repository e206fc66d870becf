// SPDX-License-Identifier: MIT
// libFuzzer entry points for the lesson loader. Every input must load or fail with positioned errors; the
// outline and slide keys of a lesson that loads are exercised too. A custom mutator repeats spans of the
// input, so the fuzzer reaches what byte flips rarely make: long strings, many keys, deep and wide arrays.
#include "lesson/lesson.h"
#include "lesson/lessonloader.h"
#include "lesson/outline.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>

using namespace stoppunkt;

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t *data, std::size_t size, std::size_t maxSize);

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const LoadResult result = loadLessonText(text, "/nonexistent/lessons/fuzz/lesson.json", {}, "fuzz.json");
    int errors = 0;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.line < 0 || d.column < 0 || d.message.empty() || d.format().empty())
            std::abort();  // every problem is named and placed
        errors += d.severity == Severity::Error;
    }
    if (result.ok() == (errors > 0) || result.diagnostics.size() > kMaxListedProblems + 1)
        std::abort();  // a lesson loads exactly when it has no errors, and the list stays bounded
    if (result.ok()) {
        const Lesson &lesson = *result.lesson;
        if (lesson.slides.empty() || lessonOutline(lesson).empty())
            std::abort();
        for (int i = 0; i < int(lesson.slides.size()); ++i)
            if (lesson.slideWithKey(lesson.slideKey(i)) != i)
                std::abort();  // every slide's key names that slide
    }
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t *data, std::size_t size, std::size_t maxSize, unsigned seed)
{
    std::srand(seed);
    if (size < 2 || std::rand() % 4 != 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    // Repeat one span of the input in place, up to the size limit: a key-value pair becomes thousands, a word
    // a very long string, a bracket deep nesting.
    const std::size_t start = std::size_t(std::rand()) % size;
    const std::size_t length = 1 + std::size_t(std::rand()) % std::min<std::size_t>(size - start, 64);
    std::size_t copies = 1 + std::size_t(std::rand()) % 4096;
    copies = std::min(copies, (maxSize - size) / length);
    if (copies == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const std::size_t insert = copies * length;
    std::memmove(data + start + length + insert, data + start + length, size - start - length);
    for (std::size_t c = 0; c < copies; ++c)
        std::memcpy(data + start + length + c * length, data + start, length);
    return size + insert;
}
