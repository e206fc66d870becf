// SPDX-License-Identifier: MIT
#include "room/phones/ballot.h"

#include "room/core/roomsecrets.h"

namespace stoppunkt {

namespace {
using roomsecrets::hashOf;

RoomStatus refuse(RoomStatus status, const char *why, QString *reason)
{
    if (reason)
        *reason = QString::fromLatin1(why);
    return status;
}
}  // namespace

Ballot::Ballot(RoomLimits limits, QString roomCode, QString joinSecret)
    : m_limits(limits),
      m_roomCode(std::move(roomCode)),
      m_joinSecret(joinSecret.isEmpty() ? roomsecrets::newToken() : std::move(joinSecret))
{ }

Ballot::Joined Ballot::join(const QString &credential, const QString &nickname)
{
    const QString &expected = credential.size() == m_roomCode.size() ? m_roomCode : m_joinSecret;
    if (!roomsecrets::sameSecret(credential, expected))
        return {RoomStatus::Forbidden, {}, QStringLiteral("that is not the room code on the screen")};
    if (joined() >= m_limits.maxPhonesKept)
        return {RoomStatus::Unavailable, {}, QStringLiteral("the room is full")};
    const QString token = roomsecrets::newToken();
    m_phones.insert(hashOf(token), Phone{nickname});
    return {RoomStatus::Ok, token, {}};
}

bool Ballot::knows(const QString &token) const
{
    return m_phones.contains(hashOf(token));
}

QString Ballot::nicknameOf(const QString &token) const
{
    return m_phones.value(hashOf(token)).nickname;
}

void Ballot::open(const QString &question, int optionCount)
{
    m_openQuestion = question;
    m_questions[question].optionCount = optionCount;
}

void Ballot::close()
{
    m_openQuestion.clear();
}

RoomStatus Ballot::vote(const QString &token, const QString &question, int option, QString *reason)
{
    const QByteArray phone = hashOf(token);
    if (!m_phones.contains(phone))
        return refuse(RoomStatus::Unauthorized, "no valid token", reason);
    if (m_openQuestion.isEmpty() || question != m_openQuestion)
        return refuse(RoomStatus::Conflict, "the vote on this question is closed", reason);
    Question &q = m_questions[question];
    if (option < 1 || option > q.optionCount)
        return refuse(RoomStatus::BadRequest, "the question has no such option", reason);
    if (q.votes.value(phone) == option)
        return refuse(RoomStatus::Conflict, "this vote is already counted", reason);
    q.votes.insert(phone, option);
    return RoomStatus::Ok;
}

std::optional<int> Ballot::voteOf(const QString &token, const QString &question) const
{
    const auto q = m_questions.constFind(question);
    if (q == m_questions.constEnd())
        return std::nullopt;
    const auto v = q->votes.constFind(hashOf(token));
    return v == q->votes.constEnd() ? std::nullopt : std::optional<int>(*v);
}

std::vector<int> Ballot::tally(const QString &question) const
{
    const Question q = m_questions.value(question);
    std::vector<int> counts(std::size_t(std::max(0, q.optionCount)), 0);
    for (const int option : q.votes)
        if (option >= 1 && option <= q.optionCount)
            ++counts[std::size_t(option - 1)];
    return counts;
}

int Ballot::voters(const QString &question) const
{
    return int(m_questions.value(question).votes.size());
}

}  // namespace stoppunkt
