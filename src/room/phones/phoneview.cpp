// SPDX-License-Identifier: MIT
#include "room/phones/phoneview.h"

#include "room/phones/roomprotocol.h"

#include <QJsonArray>

namespace stoppunkt {

QJsonObject phoneView(const AudienceView &view, const QString &questionKey, bool voteOpen, std::optional<int> ownVote)
{
    QJsonObject out{{QLatin1String(roomwire::kType), QLatin1String(roomwire::kView)}};
    if (view.blank != Blank::None)
        return out;  // a blank projector: the phones wait too
    const RoomSlide &slide = view.slide;
    out.insert(QLatin1String(roomwire::kFlipchart), slide.flipchart);
    if (slide.flipchart)
        out.insert(QLatin1String(roomwire::kTopic), QString::fromStdString(slide.prompt.empty() ? slide.title : slide.prompt));
    if (!slide.isQuestion() || view.questionPhase == QuestionPhase::None)
        return out;
    QJsonArray options;
    for (const RoomOption &option : slide.question.options)
        options.append(QString::fromStdString(option.text));
    QJsonObject question{{QLatin1String(roomwire::kKey), questionKey},
                         {QLatin1String(roomwire::kPrompt), QString::fromStdString(slide.question.prompt)},
                         {QLatin1String(roomwire::kOptions), options},
                         {QLatin1String(roomwire::kOpen), voteOpen}};
    QJsonArray picked;  // the group's wrong picks, crossed out on the projector too
    for (const int pick : view.picks)
        picked.append(pick);
    question.insert(QLatin1String(roomwire::kPicked), picked);
    if (view.questionPhase == QuestionPhase::Revealed && slide.question.answer > 0)
        question.insert(QLatin1String(roomwire::kRight), slide.question.answer);
    if (ownVote)
        question.insert(QLatin1String(roomwire::kYours), *ownVote);
    out.insert(QLatin1String(roomwire::kQuestion), question);
    return out;
}

}  // namespace stoppunkt
