// SPDX-License-Identifier: MIT
#pragma once

#include "session/presentationstate.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace stoppunkt {

/// What a trainee's phone shows now, as a "view" message. It is built from the room's view of the session
/// (AudienceView: what the projector may show, already without notes, talking points, feedback or an
/// unrevealed answer), never from the lesson, so the phones cannot learn more than the projector shows.
/// At a question it holds the prompt, the options, whether the vote is open and the phone's own vote; the
/// right answer only once the projector shows it. On a flip-chart slide it holds the topic the room answers.
QJsonObject phoneView(const AudienceView &view, const QString &questionKey, bool voteOpen, std::optional<int> ownVote);

}  // namespace stoppunkt
