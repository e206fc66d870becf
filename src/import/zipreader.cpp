// SPDX-License-Identifier: MIT
#include "import/zipreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <zip.h>

#include <algorithm>

namespace stoppunkt {

ZipReader::ZipReader(const QString &file)
{
    int error = 0;
    m_archive = zip_open(QFile::encodeName(file).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_archive)
        m_problem = problemText(error);
}

QString ZipReader::problemText(int error)
{
    // libzip's own words are English; these are said in the UI language.
    switch (error) {
    case ZIP_ER_NOZIP:
        return QCoreApplication::translate("DeckImport", "it is not a zip package, as PowerPoint and Impress files are (another kind of "
                                                         "file with this ending, or cut short)");
    case ZIP_ER_NOENT: return QCoreApplication::translate("DeckImport", "the file is not there");
    case ZIP_ER_OPEN:
    case ZIP_ER_READ: return QCoreApplication::translate("DeckImport", "the file cannot be read (check that you may read it)");
    case ZIP_ER_INCONS:
    case ZIP_ER_CRC: return QCoreApplication::translate("DeckImport", "the package is damaged (save it again from PowerPoint or Impress)");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD: return QCoreApplication::translate("DeckImport", "it is encrypted; save it again without a password");
    case ZIP_ER_MEMORY: return QCoreApplication::translate("DeckImport", "there is not enough memory to open it");
    default: break;
    }
    return QCoreApplication::translate("DeckImport", "it cannot be opened as a zip package (error %1)").arg(error);
}

bool ZipReader::contains(const QString &name) const
{
    return m_archive && zip_name_locate(m_archive, name.toUtf8().constData(), 0) >= 0;
}

bool ZipReader::extract(const QString &name, const QString &file, qint64 maxBytes) const
{
    if (!m_archive)
        return false;
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_archive, utf8.constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) || stat.size > zip_uint64_t(maxBytes))
        return false;
    zip_file_t *member = zip_fopen(m_archive, utf8.constData(), 0);
    if (!member)
        return false;
    QSaveFile out(file);
    bool ok = out.open(QIODevice::WriteOnly);
    QByteArray piece(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    while (ok) {
        const zip_int64_t got = zip_fread(member, piece.data(), zip_uint64_t(piece.size()));
        if (got <= 0) {
            ok = got == 0;
            break;
        }
        total += got;
        ok = total <= qint64(stat.size) && out.write(piece.constData(), got) == got;
    }
    zip_fclose(member);
    return ok && total == qint64(stat.size) && out.commit();
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
