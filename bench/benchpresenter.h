// SPDX-License-Identifier: MIT
#pragma once
// The presenter the program benchmarks run: the seed lesson, no film, no record, the room on 127.0.0.1.

#include "app/presenter.h"
#include "lesson/lessonloader.h"
#include "ui/consolewindow.h"
#include "ui/projectorwindow.h"

#include <QSize>

#include <memory>

namespace stoppunkt::bench {

/// Shown, with its windows at these sizes; null when the seed lesson does not load.
inline std::unique_ptr<Presenter> seedPresenter(QSize console, QSize projector)
{
    LoadResult loaded = loadLessonFile(STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json");
    if (!loaded.ok())
        return nullptr;
    Options options;
    options.film = false;
    options.record = false;
    options.roomAddress = QStringLiteral("127.0.0.1");
    auto presenter = std::make_unique<Presenter>(std::move(*loaded.lesson), options);
    presenter->show();
    presenter->console().resize(console);
    presenter->projector().resize(projector);
    return presenter;
}

}  // namespace stoppunkt::bench
