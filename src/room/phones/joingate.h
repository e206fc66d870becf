// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace stoppunkt {

/// How hard the JoinGate makes guessing: the program's numbers (tests may shorten the times).
struct JoinLimits {
    int wrongCodesBeforePause = 20;
    qint64 pauseMs = 5 * 60 * 1000;
    qint64 firstBackoffMs = 1000;
    qint64 longestBackoffMs = 60 * 1000;
};

/// Who may try a typed room code, and when. The join card's QR code carries a long secret that passes without
/// this gate; the four typed digits are for phones that cannot scan, and guessing them must take longer than
/// a working day from any number of connections and addresses:
/// - each wrong code makes its address wait before the next try: 1 s, 2 s, 4 s … up to a minute;
/// - the room as a whole allows `wrongCodesBeforePause` wrong codes, then typed joins pause for `pauseMs`
///   (the console says so; scanning still works), and the budget starts again.
/// Times are passed in (a monotonic clock in milliseconds), so tests control them.
class JoinGate {
public:
    enum class Verdict { Try, WaitAtThisAddress, Paused };

    explicit JoinGate(JoinLimits limits = {}) : m_limits(limits) { }

    /// May `address` try a typed code at `nowMs`?
    Verdict mayTry(const QString &address, qint64 nowMs) const;
    /// A typed code from `address` was wrong: its wait grows, and the room's budget shrinks.
    void wrongCode(const QString &address, qint64 nowMs);
    /// A typed code from `address` was right: its wait starts again from nothing.
    void rightCode(const QString &address);
    bool paused(qint64 nowMs) const { return nowMs < m_pausedUntilMs; }
    qint64 pausedUntilMs() const { return m_pausedUntilMs; }
    /// Wrong codes since the last pause (or the start).
    int wrongCodes() const { return m_wrongCodes; }
    /// The fastest rate at which wrong codes are taken, from any number of addresses: the budget per pause.
    double fastestGuessesPerSecond() const { return m_limits.wrongCodesBeforePause / (m_limits.pauseMs / 1000.0); }
    /// How long finding a code of `codeSpace` values takes at that rate, on average (half the codes tried).
    double expectedSecondsToGuess(double codeSpace) const { return codeSpace / 2 / fastestGuessesPerSecond(); }

private:
    struct Address {
        int wrong = 0;  ///< wrong codes in a row
        qint64 nextTryMs = 0;  ///< no try before this
    };
    JoinLimits m_limits;
    QHash<QString, Address> m_addresses;
    int m_wrongCodes = 0;
    qint64 m_pausedUntilMs = 0;
};

}  // namespace stoppunkt
