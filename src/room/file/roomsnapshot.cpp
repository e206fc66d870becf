// SPDX-License-Identifier: MIT
// The room's file beside the session record: its keys, and the ballot's and the room's reading and writing.
// The file is written by the program, but read as untrusted: a damaged one must not open a room wrongly.
#include "room/file/roomsnapshot.h"

#include "room/core/traineetext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace stoppunkt {

namespace {
namespace key {
const QString format = QStringLiteral("format");
const QString address = QStringLiteral("address");
const QString port = QStringLiteral("port");
const QString lastQuestion = QStringLiteral("lastQuestion");
const QString ballot = QStringLiteral("ballot");
const QString suggestions = QStringLiteral("suggestions");
const QString nickname = QStringLiteral("nickname");
const QString text = QStringLiteral("text");
const QString roomCode = QStringLiteral("roomCode");
const QString joinSecret = QStringLiteral("joinSecret");
const QString open = QStringLiteral("open");
const QString phones = QStringLiteral("phones");
const QString phone = QStringLiteral("phone");  ///< a token's SHA-256, base64
const QString questions = QStringLiteral("questions");
const QString options = QStringLiteral("options");
const QString votes = QStringLiteral("votes");
const QString remote = QStringLiteral("remote");
const QString token = QStringLiteral("token");  ///< the remote's token's SHA-256, base64
const QString device = QStringLiteral("device");
const QString lastCommand = QStringLiteral("lastCommand");
}  // namespace key

constexpr int kFormat = 1;
constexpr int kMaxOptions = 6;
constexpr qsizetype kHashBytes = 32;
constexpr qint64 kLargestCommandId = 9007199254740991;  ///< 2^53 - 1: JSON numbers stay exact below it

/// A phone's token hash from the file: 32 bytes in base64, or empty when it is not one.
QByteArray hashFrom(const QJsonValue &value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == kHashBytes ? decoded.decoded : QByteArray();
}

std::nullopt_t fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return std::nullopt;
}
}  // namespace

QJsonObject Ballot::saved() const
{
    // In the order of their hashes, not the hash table's: the same ballot is always the same bytes.
    QList<QByteArray> hashes = m_phones.keys();
    std::sort(hashes.begin(), hashes.end());
    QJsonArray phones;
    for (const QByteArray &hash : hashes)
        phones.append(QJsonObject{{key::phone, QString::fromLatin1(hash.toBase64())}, {key::nickname, m_phones.value(hash).nickname}});
    QJsonObject questions;
    for (auto q = m_questions.cbegin(); q != m_questions.cend(); ++q) {
        QJsonObject votes;
        for (auto v = q->votes.cbegin(); v != q->votes.cend(); ++v)
            votes.insert(QString::fromLatin1(v.key().toBase64()), *v);
        questions.insert(q.key(), QJsonObject{{key::options, q->optionCount}, {key::votes, votes}});
    }
    return {{key::roomCode, m_roomCode},
            {key::joinSecret, m_joinSecret},
            {key::open, m_openQuestion},
            {key::phones, phones},
            {key::questions, questions}};
}

std::optional<Ballot> Ballot::fromSaved(const QJsonObject &saved, RoomLimits limits, QString *error)
{
    static const QRegularExpression fourDigits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));  // not "1234\n"
    const QString code = saved.value(key::roomCode).toString();
    if (!fourDigits.match(code).hasMatch())
        return fail(error, QStringLiteral("the room code is not 4 digits"));
    // The join card's secret, so the card on the wall still lets phones in; a file without one gets a new one.
    const QJsonValue secret = saved.value(key::joinSecret);
    if (!secret.isUndefined()
        && !(secret.isString() && secret.toString().size() == 22
             && QByteArray::fromBase64(secret.toString().toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                                         | QByteArray::AbortOnBase64DecodingErrors)
                        .size()
                    == 16))
        return fail(error, QStringLiteral("the join card's secret is not 128 bits in base64url"));
    Ballot ballot(limits, code, secret.toString());
    const QJsonArray phones = saved.value(key::phones).toArray();
    if (phones.size() > limits.maxPhonesKept)
        return fail(error, QStringLiteral("more phones than the room admits"));
    for (const QJsonValue &entry : phones) {
        const QByteArray hash = hashFrom(entry.toObject().value(key::phone));
        if (hash.isEmpty())
            return fail(error, QStringLiteral("a phone without a valid token hash"));
        ballot.m_phones.insert(hash,
                               Phone{cleanTraineeText(entry.toObject().value(key::nickname).toString(), limits.maxNicknameCharacters)});
    }
    const QJsonObject questions = saved.value(key::questions).toObject();
    for (auto q = questions.constBegin(); q != questions.constEnd(); ++q) {
        const QJsonObject question = q.value().toObject();
        Question &restored = ballot.m_questions[q.key()];
        restored.optionCount = question.value(key::options).toInt(0);
        if (restored.optionCount < 1 || restored.optionCount > kMaxOptions)
            return fail(error, QStringLiteral("question \"%1\" has no valid number of options").arg(q.key()));
        const QJsonObject votes = question.value(key::votes).toObject();
        for (auto v = votes.constBegin(); v != votes.constEnd(); ++v) {
            const QByteArray hash = hashFrom(v.key());
            const int option = v.value().toInt(0);
            if (!ballot.m_phones.contains(hash) || option < 1 || option > restored.optionCount)
                return fail(error, QStringLiteral("question \"%1\" has a vote from no known phone or for no option").arg(q.key()));
            restored.votes.insert(hash, option);
        }
    }
    ballot.m_openQuestion = saved.value(key::open).toString();
    if (!ballot.m_openQuestion.isEmpty() && !ballot.m_questions.contains(ballot.m_openQuestion))
        return fail(error, QStringLiteral("the open vote is on no known question"));
    return ballot;
}

namespace roomsnapshot {

QByteArray encode(const RoomSnapshot &snapshot)
{
    QJsonArray suggestions;
    for (const RoomSuggestion &s : snapshot.suggestions)
        suggestions.append(QJsonObject{{key::nickname, s.nickname}, {key::text, s.text}});
    const QJsonObject document{{key::format, kFormat},
                               {key::address, snapshot.address},
                               {key::port, int(snapshot.port)},
                               {key::lastQuestion, snapshot.lastQuestion},
                               {key::ballot, snapshot.ballot.saved()},
                               {key::suggestions, suggestions}};
    QJsonObject out = document;
    if (snapshot.remote)
        out.insert(key::remote, QJsonObject{{key::token, QString::fromLatin1(snapshot.remote->tokenHash.toBase64())},
                                            {key::device, snapshot.remote->device},
                                            {key::lastCommand, double(snapshot.remote->lastCommand)}});
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

std::optional<RoomSnapshot> decode(const QByteArray &bytes, const RoomLimits &limits, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return fail(error, parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object") : parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(key::format).toInt(0) != kFormat)
        return fail(error, QStringLiteral("not a room file of format %1").arg(kFormat));
    const int port = root.value(key::port).toInt(0);
    if (port < 1 || port > 65535)
        return fail(error, QStringLiteral("no valid port"));
    auto ballot = Ballot::fromSaved(root.value(key::ballot).toObject(), limits, error);
    if (!ballot)
        return std::nullopt;
    RoomSnapshot snapshot{
        root.value(key::address).toString(), quint16(port), root.value(key::lastQuestion).toString(), std::move(*ballot), {}, std::nullopt};
    for (const QJsonValue &entry : root.value(key::suggestions).toArray()) {
        const QString text = cleanTraineeText(entry.toObject().value(key::text).toString(), limits.maxSuggestionCharacters);
        if (!text.isEmpty())
            snapshot.suggestions.push_back(
                {cleanTraineeText(entry.toObject().value(key::nickname).toString(), limits.maxNicknameCharacters), text});
    }
    if (root.contains(key::remote)) {
        const QJsonObject remote = root.value(key::remote).toObject();
        const QByteArray hash = hashFrom(remote.value(key::token));
        const qint64 last = remote.value(key::lastCommand).toInteger(-1);  // -1 for anything but a whole number
        if (hash.isEmpty() || last < 0 || last > kLargestCommandId)
            return fail(error, QStringLiteral("the paired remote has no valid token hash or command count"));
        snapshot.remote = KeptRemote{hash, cleanTraineeText(remote.value(key::device).toString(), KeptRemote::kDeviceCharacters), last};
    }
    return snapshot;
}

QString pathBeside(const QString &recordPath)
{
    const QFileInfo info(recordPath);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".room.json");
}

}  // namespace roomsnapshot
}  // namespace stoppunkt
