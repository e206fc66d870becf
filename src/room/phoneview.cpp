// SPDX-License-Identifier: MIT
#include "phoneview.h"

#include "roomprotocol.h"

#include <QJsonArray>

namespace stoppunkt {

QJsonObject phoneView(const AudienceView &view, const QString &questionKey, bool voteOpen, std::optional<int> ownVote)
{
    QJsonObject out{{QLatin1String(roomwire::kType), QLatin1String(roomwire::kView)}};
    if (view.blank != Blank::None)
        return out;  // a blank projector: the phones wait too
    const RoomSlide &slide = view.slide;
    out.insert(QLatin1String("flipchart"), slide.flipchart);
    if (!slide.isQuestion() || view.questionPhase == QuestionPhase::None)
        return out;
    QJsonArray options;
    for (const RoomOption &option : slide.question.options)
        options.append(QString::fromStdString(option.text));
    QJsonObject question{{QLatin1String("key"), questionKey},
                         {QLatin1String("prompt"), QString::fromStdString(slide.question.prompt)},
                         {QLatin1String("options"), options},
                         {QLatin1String("open"), voteOpen}};
    QJsonArray picked;  // the group's wrong picks, crossed out on the projector too
    for (const int pick : view.picks)
        picked.append(pick);
    question.insert(QLatin1String("picked"), picked);
    if (view.questionPhase == QuestionPhase::Revealed && slide.question.answer > 0)
        question.insert(QLatin1String("right"), slide.question.answer);
    if (ownVote)
        question.insert(QLatin1String("yours"), *ownVote);
    out.insert(QLatin1String(roomwire::kQuestion), question);
    return out;
}

} // namespace stoppunkt
