// SPDX-License-Identifier: MIT
// Lesson load + validate benchmark: the seed lesson, and generated lessons of 1,000 to 10,000 slides.
// Prints median, minimum and maximum of in-process load times; see docs/performance.md.
#include "lessonloader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using stoppunkt::loadLessonFile;

namespace {
/// A lesson of `slides` slides in the same mix of kinds as a real one, with a question every tenth slide.
std::string generatedLesson(int slides)
{
    nlohmann::json stops = nlohmann::json::array();
    nlohmann::json list = nlohmann::json::array();
    int stop = 0;
    for (int i = 0; i < slides; ++i) {
        const std::string n = std::to_string(i + 1);
        const nlohmann::json notes = {{{"kind", "discuss"}, {"text", "Hør om der er spørgsmål eller kommentarer."}},
                                      {{"kind", "continue"}, {"text", "Fortsæt til næste dias."}}};
        switch (i % 10) {
        case 9: {
            const std::string id = "stop-" + std::to_string(++stop);
            char at[32];
            std::snprintf(at, sizeof at, "%02d:%02d.%03d", stop * 7 / 60 % 60, stop * 7 % 60, stop % 1000);
            stops.push_back({{"id", id}, {"at", stop * 7.0 + stop % 1000 / 1000.0}, {"label", "Stop " + id}});
            list.push_back({{"kind", "film-question"}, {"title", "Film #" + n}, {"film", "f"}, {"stop", id},
                            {"question", "Hvad skal Morten svare?"},
                            {"options", {"Svar et", "Svar to", {{"text", "Svar tre"}, {"talkingPoints", {"a", "b"}}}, "Svar fire"}},
                            {"answer", 1 + i % 4}, {"notes", notes}});
            break;
        }
        case 4:
            list.push_back({{"kind", "staircase"}, {"title", "Trappe " + n}, {"build", true},
                            {"steps", {{{"label", "Uenighed"}, {"says", "Vi er ikke enige"}},
                                       {{"label", "Bebrejdelse"}, {"says", "Du hører ikke efter"}},
                                       {{"label", "Adskillelse"}, {"says", "Jeg afbryder kontakten"}}}},
                            {"notes", notes}});
            break;
        default:
            list.push_back({{"kind", "bullets"}, {"title", "Dias " + n}, {"build", i % 2 == 0},
                            {"bullets", {"Første punkt med lidt tekst", "Andet punkt", "Tredje punkt"}},
                            {"notes", notes}});
        }
    }
    nlohmann::json lesson = {{"format", 1}, {"id", "generated"}, {"title", "Generated"}, {"course", "Bench"},
                             {"language", "da"},
                             {"films", {{{"id", "f"}, {"source", "f.mp4"}, {"stops", stops}}}},
                             {"slides", list}};
    return lesson.dump(2);
}

struct Figures {
    double median, min, max;
};

Figures time(const fs::path &file, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto result = loadLessonFile(file);
        const auto end = std::chrono::steady_clock::now();
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", result.diagnostics.at(0).format().c_str());
            std::exit(1);
        }
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}
} // namespace

int main(int argc, char *argv[])
{
    const fs::path seed = argc > 1 ? fs::path(argv[1]) : fs::path("lessons/konflikter-med-kunder/lesson.json");
    const Figures s = time(seed, 201);
    std::printf("%-22s %10s %10s %10s %12s\n", "lesson", "median ms", "min ms", "max ms", "us/slide");
    std::printf("%-22s %10.3f %10.3f %10.3f %12.1f\n", "seed (16 slides)", s.median, s.min, s.max, s.median * 1000 / 16);

    const fs::path dir = fs::temp_directory_path() / "stoppunkt-bench";
    fs::create_directories(dir / "lessons" / "generated");
    double first = 0;
    int firstSlides = 0;
    for (int slides : {1000, 2500, 5000, 10000}) {
        const fs::path file = dir / "lessons" / "generated" / ("lesson-" + std::to_string(slides) + ".json");
        std::ofstream(file) << generatedLesson(slides);
        const Figures g = time(file, 21);
        std::printf("%-22s %10.3f %10.3f %10.3f %12.1f\n", (std::to_string(slides) + " slides").c_str(), g.median,
                    g.min, g.max, g.median * 1000 / slides);
        if (!firstSlides) {
            first = g.median;
            firstSlides = slides;
        } else if (slides == 10000) {
            std::printf("growth 1,000 -> 10,000 slides: %.1fx time for 10x slides (linear = 10x)\n", g.median / first);
        }
    }
    if (!std::getenv("KEEP")) fs::remove_all(dir);
    return 0;
}
