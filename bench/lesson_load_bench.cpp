// SPDX-License-Identifier: MIT
// Lesson load + validate benchmark: the seed lesson, and lessons of 1,000 to 10,000 slides repeating its slides.
// Prints median, minimum and maximum of in-process load times; see docs/performance.md.
#include "lesson/lessonloader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using stoppunkt::loadLessonFile;

namespace {
/// A lesson of `slides` slides made by repeating the seed lesson's own slides: covers, staircases, film
/// segments and questions with their notes and talking points. Each repetition has its own copy of the film
/// (same file), so every question has its own stop and the lesson is valid.
std::string generatedLesson(const nlohmann::json &seed, int slides)
{
    nlohmann::json lesson = seed;
    lesson["id"] = "generated";
    lesson["films"] = nlohmann::json::array();
    lesson["slides"] = nlohmann::json::array();
    for (int copy = 1; int(lesson["slides"].size()) < slides; ++copy) {
        nlohmann::json film = seed["films"][0];
        film["id"] = film["id"].get<std::string>() + "-" + std::to_string(copy);
        lesson["films"].push_back(film);
        for (nlohmann::json slide : seed["slides"]) {
            if (int(lesson["slides"].size()) == slides)
                break;
            slide.erase("lessons");  // the module's lessons are not beside the generated file
            slide.erase("lessonsHeading");
            if (slide.contains("film"))
                slide["film"] = film["id"];
            lesson["slides"].push_back(slide);
        }
    }
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
}  // namespace

int main(int argc, char *argv[])
{
    const fs::path seed = argc > 1 ? fs::path(argv[1]) : fs::path("lessons/konflikter-med-kunder/lesson.json");
    const Figures s = time(seed, 201);
    std::printf("%-22s %10s %10s %10s %12s\n", "lesson", "median ms", "min ms", "max ms", "us/slide");
    std::printf("%-22s %10.3f %10.3f %10.3f %12.1f\n", "seed (16 slides)", s.median, s.min, s.max, s.median * 1000 / 16);

    const fs::path dir = fs::temp_directory_path() / "stoppunkt-bench";
    fs::create_directories(dir / "lessons" / "generated");
    const nlohmann::json seedJson = nlohmann::json::parse(std::ifstream(seed));
    double first = 0;
    int firstSlides = 0;
    for (int slides : {1000, 2500, 5000, 10000}) {
        const fs::path file = dir / "lessons" / "generated" / ("lesson-" + std::to_string(slides) + ".json");
        std::ofstream(file) << generatedLesson(seedJson, slides);
        const Figures g = time(file, 21);
        std::printf("%-22s %10.3f %10.3f %10.3f %12.1f\n", (std::to_string(slides) + " slides").c_str(), g.median, g.min, g.max,
                    g.median * 1000 / slides);
        if (!firstSlides) {
            first = g.median;
            firstSlides = slides;
        } else if (slides == 10000) {
            std::printf("growth 1,000 -> 10,000 slides: %.1fx time for 10x slides (linear = 10x)\n", g.median / first);
        }
    }
    if (!std::getenv("KEEP"))
        fs::remove_all(dir);
    return 0;
}
