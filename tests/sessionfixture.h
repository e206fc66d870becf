// SPDX-License-Identifier: MIT
#pragma once

#include "session/session.h"
#include "testsupport.h"

#include <memory>

namespace stoppunkt::test {

/// A session on the minimal lesson with a clock the test moves, and a count of changed() signals.
struct SessionFixture {
    qint64 clockMs = 0;
    int changes = 0;
    std::unique_ptr<Session> session;

    explicit SessionFixture(const std::string &text = minimalLesson())
    {
        LoadResult result = loadText(text);
        if (!result.ok())
            throw std::runtime_error("fixture lesson does not load");
        session = std::make_unique<Session>(std::move(*result.lesson), nullptr, [this] { return clockMs; });
        QObject::connect(session.get(), &Session::changed, [this] { ++changes; });
    }

    /// Runs a command and returns how many changed() signals it emitted.
    template <typename F> int count(F &&command)
    {
        const int before = changes;
        command();
        return changes - before;
    }

    /// Two Next presses 300 ms apart: the way to skip a playing film, or to reveal a question being discussed.
    void doubleNext()
    {
        session->next();
        clockMs += 300;
        session->next();
    }

    /// What one press of a clicker's Next leads to, as the console's preview shows it: where Next only arms
    /// (a playing film, a question being discussed), the second press that follows within the window.
    void nextStep()
    {
        const bool arms = session->blank() == Blank::None && session->buildStep() == session->slide().buildCount()
                          && (session->filmPhase() == FilmPhase::Playing || session->questionPhase() == QuestionPhase::Discussing);
        arms ? doubleNext() : session->next();
    }
};

}  // namespace stoppunkt::test
