// SPDX-License-Identifier: MIT
#include "room/remote/remoteview.h"

#include "room/remote/remoteprotocol.h"
#include "session/sessionview.h"

#include <QJsonArray>

namespace stoppunkt {

namespace {
QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonArray texts(const std::vector<std::string> &list)
{
    QJsonArray out;
    for (const std::string &s : list)
        out.append(text(s));
    return out;
}

QLatin1String filmPhaseName(FilmPhase phase)
{
    switch (phase) {
    case FilmPhase::Idle: return QLatin1String("idle");
    case FilmPhase::Playing: return QLatin1String("playing");
    case FilmPhase::AtStop: return QLatin1String("stop");
    case FilmPhase::Ended: return QLatin1String("ended");
    }
    return QLatin1String("idle");
}

QLatin1String blankName(Blank blank)
{
    return blank == Blank::Black ? QLatin1String("black") : blank == Blank::White ? QLatin1String("white") : QLatin1String("none");
}

/// The item that a build step shows: a bullet, or a staircase step.
QString builtItem(const Slide &slide, int step)
{
    if (step >= 0 && step < int(slide.bullets.size()))
        return text(slide.bullets[std::size_t(step)]);
    if (step >= 0 && step < int(slide.steps.size()))
        return text(slide.steps[std::size_t(step)].label);
    return {};
}

/// What one more Next does, in words the page puts in the UI language: a build, the film, its stop, the
/// reveal, the next slide, or the lesson's end.
QJsonObject nextStep(const SessionView &session)
{
    const std::optional<AudienceView> preview = session.previewOfNext();
    if (!preview)
        return {{QLatin1String("what"), QLatin1String("end")}};
    if (preview->slideIndex != session.slideIndex())
        return {{QLatin1String("what"), QLatin1String("slide")},
                {QLatin1String("slide"), preview->slideIndex + 1},
                {QLatin1String("title"), text(preview->slide.title)}};
    if (session.blank() != Blank::None)
        return {{QLatin1String("what"), QLatin1String("unblank")}};
    if (preview->buildStep > session.buildStep())
        return {{QLatin1String("what"), QLatin1String("build")}, {QLatin1String("item"), builtItem(session.slide(), session.buildStep())}};
    if (preview->filmPhase == FilmPhase::Playing)
        return {{QLatin1String("what"), QLatin1String("film")}};
    if (preview->questionPhase == QuestionPhase::Revealed)
        return {{QLatin1String("what"), QLatin1String("reveal")}};
    return {{QLatin1String("what"), QLatin1String("stop")}};
}

QJsonObject question(const SessionView &session)
{
    const Slide &slide = session.slide();
    QJsonArray options;
    for (const QuestionOption &option : slide.question.options)
        options.append(QJsonObject{{QLatin1String("text"), text(option.text)}, {QLatin1String("points"), texts(option.talkingPoints)}});
    QJsonArray picks;
    for (const int pick : session.picks())
        picks.append(pick);
    const ParticipationState &room = session.participation();
    QJsonObject out{{QLatin1String("prompt"), text(slide.question.prompt)},
                    {QLatin1String("options"), options},
                    {QLatin1String("answer"), slide.question.answer},
                    {QLatin1String("picks"), picks},
                    {QLatin1String("revealed"), session.questionPhase() == QuestionPhase::Revealed},
                    {QLatin1String("revealArmed"), session.revealArmed()}};
    if (room.votedOn(session.lesson().slideKey(session.slideIndex()))) {
        QJsonArray tally;
        for (const int votes : room.tally)
            tally.append(votes);
        out.insert(QLatin1String("tally"), tally);
        out.insert(QLatin1String("voters"), room.voters);
    }
    return out;
}
}  // namespace

QJsonObject remoteView(const SessionView &session, RemoteClock clock)
{
    const Slide &slide = session.slide();
    QJsonArray notes;
    for (const Note &note : slide.notes)
        notes.append(
            QJsonObject{{QLatin1String("kind"), text(std::string(noteKindName(note.kind)))}, {QLatin1String("text"), text(note.text)}});
    const TimePlan &plan = session.timePlan();
    QJsonObject time{{QLatin1String("elapsedMs"), double(clock.elapsedMs)}, {QLatin1String("running"), clock.running}};
    if (!plan.empty()) {
        time.insert(QLatin1String("plannedMs"), double(plan.totalMs));
        time.insert(QLatin1String("deviationMs"), double(plan.deviationMs(session.slideIndex(), clock.elapsedMs)));
    }
    const FilmStatus &film = session.filmStatus();
    const ParticipationState &room = session.participation();
    QJsonObject out{
        {QLatin1String(remotewire::kType), QLatin1String(remotewire::kConsole)},
        {QLatin1String("lesson"), text(session.lesson().title)},
        {QLatin1String("slide"), session.slideIndex() + 1},
        {QLatin1String("slides"), session.slideCount()},
        {QLatin1String("title"), text(slide.title)},
        {QLatin1String("notes"), notes},
        {QLatin1String("next"), nextStep(session)},
        {QLatin1String("time"), time},
        {QLatin1String("blank"), blankName(session.blank())},
        {QLatin1String("room"),
         QJsonObject{{QLatin1String("on"), room.on}, {QLatin1String("joined"), room.joined}, {QLatin1String("voteOpen"), room.voteOpen}}}};
    if (session.segment()) {
        out.insert(QLatin1String("film"), QJsonObject{{QLatin1String("phase"), filmPhaseName(session.filmPhase())},
                                                      {QLatin1String("paused"), film.paused},
                                                      {QLatin1String("skipArmed"), session.skipArmed()},
                                                      {QLatin1String("problem"), !film.available()}});
    }
    if (session.questionPhase() != QuestionPhase::None)
        out.insert(QLatin1String("question"), question(session));
    if (slide.flipchart) {
        out.insert(QLatin1String("flipchart"), QJsonArray::fromStringList(session.flipchart(session.slideIndex())));
        out.insert(QLatin1String("suggestions"), QJsonArray::fromStringList(room.suggestions));
    }
    return out;
}

}  // namespace stoppunkt
