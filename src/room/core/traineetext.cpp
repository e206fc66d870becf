// SPDX-License-Identifier: MIT
#include "room/core/traineetext.h"

#include <QList>
#include <QTextBoundaryFinder>

namespace stoppunkt {

namespace {
/// The explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks that are
/// invisible but reorder text.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}
}  // namespace

QString cleanTraineeText(const QString &text, int maxCharacters)
{
    QString kept;
    kept.reserve(std::min<qsizetype>(text.size(), qsizetype(maxCharacters) * 4));
    bool space = false;
    for (const uint code : text.toUcs4()) {
        const char32_t c = code;
        const QChar::Category category = QChar::category(c);
        if (QChar::isSpace(c)) {
            space = !kept.isEmpty();
            continue;
        }
        if (category == QChar::Other_Control || isBidiControl(c) || category == QChar::Other_Surrogate
            || category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse || c == 0xFFFD || c == 0xFEFF)
            continue;
        if (space) {
            kept += QLatin1Char(' ');
            space = false;
        }
        kept += QString::fromUcs4(&c, 1);
        if (kept.size() > qsizetype(maxCharacters) * 8)
            break;  // far past what can be kept: no need to read a megabyte
    }
    // Cut at a grapheme boundary: a flag, an emoji with its skin tone, or a letter with its accents is
    // one character to a reader.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, kept);
    int count = 0;
    qsizetype end = 0;
    while (count < maxCharacters) {
        const qsizetype next = graphemes.toNextBoundary();
        if (next < 0)
            break;
        end = next;
        ++count;
    }
    return kept.left(end).trimmed();
}

}  // namespace stoppunkt
