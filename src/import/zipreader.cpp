// SPDX-License-Identifier: MIT
#include "import/zipreader.h"

#include <QFile>

#include <zip.h>

#include <algorithm>

namespace stoppunkt {

ZipReader::ZipReader(const QString &file)
{
    int error = 0;
    m_archive = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_archive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        m_problem = QString::fromUtf8(zip_error_strerror(&details));
        zip_error_fini(&details);
    }
}

ZipReader::~ZipReader()
{
    if (m_archive)
        zip_discard(m_archive);  // opened read-only: nothing to write back
}

QStringList ZipReader::names() const
{
    QStringList out;
    if (!m_archive)
        return out;
    const zip_int64_t count = std::min<zip_int64_t>(zip_get_num_entries(m_archive, 0), kMaxMembers);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char *name = zip_get_name(m_archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            out << QString::fromUtf8(name);
    return out;
}

std::optional<QByteArray> ZipReader::read(const QString &name, qint64 maxBytes) const
{
    if (!m_archive)
        return std::nullopt;
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, utf8.constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(maxBytes))
        return std::nullopt;
    zip_file_t *member = zip_fopen(m_archive, utf8.constData(), 0);
    if (!member)
        return std::nullopt;
    // Read at most one byte past the size it claims: a member that holds more than it says is refused.
    QByteArray bytes(qsizetype(stat.size) + 1, Qt::Uninitialized);
    qint64 total = 0;
    bool failed = false;
    while (total < bytes.size()) {
        const zip_int64_t got = zip_fread(member, bytes.data() + total, zip_uint64_t(bytes.size() - total));
        if (got < 0)
            failed = true;
        if (got <= 0)
            break;
        total += got;
    }
    zip_fclose(member);
    if (failed || total != qint64(stat.size))
        return std::nullopt;
    bytes.truncate(qsizetype(total));
    return bytes;
}

}  // namespace stoppunkt
