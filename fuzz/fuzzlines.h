// SPDX-License-Identifier: MIT
// What the network fuzzers share: an input read as a conversation (one message per line), placeholders that
// stand for the secrets a real client would have been given, and a check that stops the fuzzer on a broken rule.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzzing {

/// A rule the code under test must keep; a broken one is a finding, as a crash is, and names itself.
inline void require(bool rule, const char *text, int line)
{
    if (!rule) {
        std::fprintf(stderr, "broken rule at line %d: %s\n", line, text);
        std::abort();
    }
}

/// The input as messages: one per line, at most `most` of them (a conversation, not a flood).
inline QList<QByteArray> messagesOf(const std::uint8_t *data, std::size_t size, qsizetype most = 64)
{
    QList<QByteArray> lines = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\n');
    if (lines.size() > most)
        lines.resize(most);
    return lines;
}

/// Puts what the server gave this client in place of its placeholder ("$T" for the token), so the fuzzer
/// reaches what only a client that joined can reach.
inline QByteArray withSecret(QByteArray message, const char *placeholder, const QString &secret)
{
    return message.replace(placeholder, secret.toLatin1());
}

}  // namespace fuzzing

#define FUZZ_REQUIRE(rule) fuzzing::require((rule), #rule, __LINE__)
