// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

struct zip;

namespace stoppunkt {

/// Reads members of a zip archive (a .pptx or .odp package) through libzip, each up to a size limit, so a
/// hostile package (a zip bomb, a member that claims one size and holds another) cannot exhaust memory.
class ZipReader {
public:
    explicit ZipReader(const QString &file);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_archive != nullptr; }
    /// Why the archive did not open, in the UI language.
    const QString &problem() const { return m_problem; }
    /// Whether the archive has a member of this name.
    bool contains(const QString &name) const;
    /// The members' names, in the archive's order (at most `kMaxMembers`).
    QStringList names() const;
    /// A member's bytes, or nothing when it is missing, damaged or larger than `maxBytes` unpacked.
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes = kMaxMemberBytes) const;

    /// Unpacks a member into `file` a piece at a time (a film may be larger than memory should hold); false,
    /// with nothing left at `file`, when it is missing, damaged or larger than `maxBytes`.
    bool extract(const QString &name, const QString &file, qint64 maxBytes) const;

    static constexpr qint64 kMaxMemberBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxMembers = 20000;

private:
    static QString problemText(int libzipError);

    zip *m_archive = nullptr;
    QString m_problem;
};

}  // namespace stoppunkt
