// SPDX-License-Identifier: MIT
#include "session/sessionrecord.h"

#include "session/recordcodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace stoppunkt {

std::optional<RecordDocument> SessionRecord::load(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<RecordDocument> {
        if (error)
            *error = QCoreApplication::translate("SessionRecord", "%1: %2").arg(path, why);
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > 64 * 1024 * 1024)
        return fail(QCoreApplication::translate("SessionRecord", "too large to be a session record"));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("SessionRecord", "not valid JSON (%1 at byte %2); it may be truncated")
                        .arg(parse.errorString())
                        .arg(parse.offset));
    auto record = recordcodec::documentFromJson(doc.object());
    if (!record)
        return fail(QCoreApplication::translate("SessionRecord", "not a Stoppunkt session record"));
    return record;
}

QString SessionRecord::setAside(const QString &path)
{
    const QFileInfo info(path);
    const QString aside = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".bad-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("HHmmss")) + QStringLiteral(".json");
    QFile::rename(path, aside);
    return aside;
}

}  // namespace stoppunkt
