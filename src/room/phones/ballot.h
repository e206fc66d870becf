// SPDX-License-Identifier: MIT
#pragma once

#include "room/phones/clientmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace stoppunkt {

/// Who has joined the room and how each phone voted: one vote per phone and question, which the phone may
/// change while the vote is open. Phones are known by their token only. The ballot keeps the tokens'
/// SHA-256, never the tokens, so looking one up takes the same time whatever it is, and a copy of the
/// ballot gives nobody a phone's role.
class Ballot {
public:
    /// `joinSecret`: the join card's long secret (its QR code), a fresh one when not given.
    Ballot(RoomLimits limits, QString roomCode, QString joinSecret = {});

    const QString &roomCode() const { return m_roomCode; }
    const QString &joinSecret() const { return m_joinSecret; }
    int joined() const { return int(m_phones.size()); }

    struct Joined {
        RoomStatus status = RoomStatus::Ok;
        QString token;  ///< the new phone's token, when it joined
        QString reason;
    };
    /// A phone joins with the typed code or the card's secret (`credential`): a wrong one is 403. The ballot
    /// keeps at most maxPhonesKept phones (503 past it); how many may be in the room at once is the server's.
    Joined join(const QString &credential, const QString &nickname);
    bool knows(const QString &token) const;
    QString nicknameOf(const QString &token) const;

    /// The facilitator opens the vote on a question (its slide key) with its number of options; opening
    /// another closes the first. Votes cast before stay.
    void open(const QString &question, int optionCount);
    void close();
    bool isOpen() const { return !m_openQuestion.isEmpty(); }
    const QString &openQuestion() const { return m_openQuestion; }

    /// A phone's vote: 401 for an unknown token, 409 when this question's vote is not open or the same
    /// option is already counted, 400 for an option the question does not have. A different option while
    /// the vote is open replaces the phone's vote.
    RoomStatus vote(const QString &token, const QString &question, int option, QString *reason = nullptr);
    std::optional<int> voteOf(const QString &token, const QString &question) const;
    /// Votes per option (index 0 is option 1), as many entries as the question has options.
    std::vector<int> tally(const QString &question) const;
    int voters(const QString &question) const;

    /// The ballot as the room's file keeps it (roomsnapshot.h): token hashes, nicknames, votes, the open vote.
    QJsonObject saved() const;
    /// A saved ballot read back under `limits`; nullopt and why when any part of it is malformed.
    static std::optional<Ballot> fromSaved(const QJsonObject &saved, RoomLimits limits, QString *error);

private:
    struct Phone {
        QString nickname;
    };
    struct Question {
        int optionCount = 0;
        QHash<QByteArray, int> votes;  ///< token hash → 1-based option
    };

    RoomLimits m_limits;
    QString m_roomCode;
    QString m_joinSecret;
    QHash<QByteArray, Phone> m_phones;  ///< by token hash
    QHash<QString, Question> m_questions;
    QString m_openQuestion;
};

}  // namespace stoppunkt
