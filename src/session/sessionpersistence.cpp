// SPDX-License-Identifier: MIT
// The session's flip charts, and its snapshot for the session record (save and resume).
#include "session.h"

#include <QJsonArray>

#include <algorithm>

namespace stoppunkt {

namespace {
const std::vector<std::string> kNoEntries;

QString phaseName(FilmPhase phase)
{
    switch (phase) {
    case FilmPhase::Idle: return QStringLiteral("idle");
    case FilmPhase::Playing: return QStringLiteral("playing");
    case FilmPhase::AtStop: return QStringLiteral("at-stop");
    case FilmPhase::Ended: return QStringLiteral("ended");
    }
    return {};
}

std::optional<FilmPhase> phaseFromName(const QString &name)
{
    for (FilmPhase p : {FilmPhase::Idle, FilmPhase::Playing, FilmPhase::AtStop, FilmPhase::Ended})
        if (phaseName(p) == name)
            return p;
    return std::nullopt;
}

QString trimmed(const std::string &text)
{
    return QString::fromStdString(text).simplified();
}
} // namespace

const std::vector<std::string> &Session::flipchart(int slideIndex) const
{
    auto it = m_flipcharts.find(slideIndex);
    return it == m_flipcharts.end() ? kNoEntries : it->second;
}

bool Session::addFlipchartEntry(const std::string &text)
{
    const QString entry = trimmed(text);
    if (!hasFlipchart() || entry.isEmpty())
        return false;
    std::vector<std::string> &entries = m_flipcharts[m_index];
    entries.push_back(entry.toStdString());
    record(QStringLiteral("flipchart-add"), {{QStringLiteral("entry"), int(entries.size()) - 1}, {QStringLiteral("text"), entry}});
    emit changed();
    return true;
}

bool Session::editFlipchartEntry(int entry, const std::string &text)
{
    const QString value = trimmed(text);
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    if (value.isEmpty())
        return removeFlipchartEntry(entry);
    if (it->second[entry] == value.toStdString())
        return false;
    it->second[entry] = value.toStdString();
    record(QStringLiteral("flipchart-edit"), {{QStringLiteral("entry"), entry}, {QStringLiteral("text"), value}});
    emit changed();
    return true;
}

bool Session::removeFlipchartEntry(int entry)
{
    auto it = m_flipcharts.find(m_index);
    if (!hasFlipchart() || it == m_flipcharts.end() || entry < 0 || entry >= int(it->second.size()))
        return false;
    const QString text = QString::fromStdString(it->second[entry]);
    it->second.erase(it->second.begin() + entry);
    record(QStringLiteral("flipchart-remove"), {{QStringLiteral("entry"), entry}, {QStringLiteral("text"), text}});
    emit changed();
    return true;
}

void Session::replaceLesson(Lesson lesson)
{
    if (lesson.slides.empty())
        return;
    m_lesson = std::move(lesson);
    m_index = std::min(m_index, slideCount() - 1);
    m_buildStep = std::min(m_buildStep, slide().buildCount());
    // Keep what still fits: picks on questions with enough options, entries on flip-chart slides.
    for (auto it = m_questions.begin(); it != m_questions.end();) {
        const bool fits = it->first < slideCount() && m_lesson.slides[it->first].isQuestion()
                          && std::all_of(it->second.picks.begin(), it->second.picks.end(), [&](int p) {
                                 return p <= int(m_lesson.slides[it->first].question.options.size());
                             });
        it = fits ? std::next(it) : m_questions.erase(it);
    }
    for (auto it = m_flipcharts.begin(); it != m_flipcharts.end();)
        it = it->first < slideCount() && m_lesson.slides[it->first].flipchart ? std::next(it) : m_flipcharts.erase(it);
    const bool film = m_lesson.segmentFor(slide()).has_value();
    if (!film)
        m_filmPhase = FilmPhase::Idle;
    else if (m_filmPhase == FilmPhase::Idle || m_filmPhase == FilmPhase::Playing)
        m_filmPhase = slide().kind == SlideKind::FilmQuestion ? FilmPhase::AtStop : FilmPhase::Ended;
    m_skipArmedAt.reset();
    m_filmAvailable = true;
    record(QStringLiteral("reload"));
    emit lessonReplaced();
    emit changed();
}

void Session::startLesson(Lesson lesson)
{
    if (lesson.slides.empty())
        return;
    m_lesson = std::move(lesson);
    m_questions.clear();
    m_flipcharts.clear();
    m_blank = Blank::None;
    m_filmAvailable = true;
    m_filmPhase = FilmPhase::Idle;
    emit lessonReplaced();
    enter(0, Direction::Forward);
    emit changed();
}

void Session::noteNextLesson(const std::string &id, const std::string &title)
{
    record(QStringLiteral("next-lesson"), {{QStringLiteral("lesson"), QString::fromStdString(id)},
                                           {QStringLiteral("title"), QString::fromStdString(title)}});
}

QJsonObject Session::snapshot() const
{
    QJsonObject questions;
    for (const auto &[index, q] : m_questions) {
        QJsonArray picks;
        for (int p : q.picks)
            picks.append(p);
        questions.insert(QString::number(index), QJsonObject{{QStringLiteral("picks"), picks},
                                                             {QStringLiteral("revealed"), q.revealedByFacilitator}});
    }
    QJsonObject flipcharts;
    for (const auto &[index, entries] : m_flipcharts) {
        QJsonArray list;
        for (const std::string &e : entries)
            list.append(QString::fromStdString(e));
        flipcharts.insert(QString::number(index), list);
    }
    static const char *blanks[] = {"none", "black", "white"};
    return {{QStringLiteral("slide"), m_index},
            {QStringLiteral("build"), m_buildStep},
            {QStringLiteral("film"), phaseName(m_filmPhase)},
            {QStringLiteral("blank"), QString::fromLatin1(blanks[int(m_blank)])},
            {QStringLiteral("questions"), questions},
            {QStringLiteral("flipcharts"), flipcharts}};
}

bool Session::restore(const QJsonObject &snapshot)
{
    const int index = snapshot.value(QStringLiteral("slide")).toInt(-1);
    if (index < 0 || index >= slideCount())
        return false;
    const Slide &target = m_lesson.slides[index];
    const int build = snapshot.value(QStringLiteral("build")).toInt(0);
    const auto phase = phaseFromName(snapshot.value(QStringLiteral("film")).toString());
    if (build < 0 || build > target.buildCount() || !phase)
        return false;
    const bool filmSlide = m_lesson.segmentFor(target).has_value();
    if (filmSlide == (*phase == FilmPhase::Idle))
        return false;
    std::map<int, QuestionRecord> questions;
    const QJsonObject q = snapshot.value(QStringLiteral("questions")).toObject();
    for (auto it = q.begin(); it != q.end(); ++it) {
        bool ok = false;
        const int slideIndex = it.key().toInt(&ok);
        if (!ok || slideIndex < 0 || slideIndex >= slideCount() || !m_lesson.slides[slideIndex].isQuestion())
            return false;
        QuestionRecord record;
        for (const QJsonValue &p : it.value().toObject().value(QStringLiteral("picks")).toArray()) {
            const int option = p.toInt(0);
            if (option < 1 || option > int(m_lesson.slides[slideIndex].question.options.size()))
                return false;
            record.picks.push_back(option);
        }
        record.revealedByFacilitator = it.value().toObject().value(QStringLiteral("revealed")).toBool();
        questions[slideIndex] = record;
    }
    std::map<int, std::vector<std::string>> flipcharts;
    const QJsonObject f = snapshot.value(QStringLiteral("flipcharts")).toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        bool ok = false;
        const int slideIndex = it.key().toInt(&ok);
        if (!ok || slideIndex < 0 || slideIndex >= slideCount())
            return false;
        for (const QJsonValue &e : it.value().toArray())
            flipcharts[slideIndex].push_back(e.toString().toStdString());
    }
    m_index = index;
    m_buildStep = build;
    // A film that was playing starts again from its last stop: the segment replays.
    m_filmPhase = *phase;
    if (m_filmPhase == FilmPhase::Playing)
        ++m_segmentRun;
    const QString blank = snapshot.value(QStringLiteral("blank")).toString();
    m_blank = blank == QLatin1String("black") ? Blank::Black : blank == QLatin1String("white") ? Blank::White : Blank::None;
    m_questions = std::move(questions);
    m_flipcharts = std::move(flipcharts);
    m_skipArmedAt.reset();
    record(QStringLiteral("resume"));
    emit changed();
    return true;
}

} // namespace stoppunkt
