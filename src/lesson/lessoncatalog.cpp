// SPDX-License-Identifier: MIT
#include "lesson/lessoncatalog.h"

#include "lesson/lessonloader.h"

#include <algorithm>

namespace stoppunkt {

std::vector<CatalogEntry> findLessons(const std::filesystem::path &lessonsDir)
{
    namespace fs = std::filesystem;
    std::vector<CatalogEntry> out;
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(lessonsDir, ec)) {
        const fs::path file = entry.path() / "lesson.json";
        if (!entry.is_directory(ec) || !fs::is_regular_file(file, ec))
            continue;
        CatalogEntry item;
        item.file = file;
        const LoadResult result = loadLessonFile(file);
        if (result.ok()) {
            item.valid = true;
            item.title = result.lesson->title;
            item.language = result.lesson->language;
            item.slideCount = static_cast<int>(result.lesson->slides.size());
        } else {
            item.title = entry.path().filename().string();
            for (const Diagnostic &d : result.diagnostics)
                if (d.severity == Severity::Error && item.problem.empty())
                    item.problem = d.format();
        }
        out.push_back(std::move(item));
    }
    std::sort(out.begin(), out.end(), [](const CatalogEntry &a, const CatalogEntry &b) { return a.file < b.file; });
    return out;
}

}  // namespace stoppunkt
