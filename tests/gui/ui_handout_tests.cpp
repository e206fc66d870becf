// SPDX-License-Identifier: MIT
// The facilitator's handout has the seed's structure: 8 pages, two slides a page, notes beside their slides.
#include "uitestsupport.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {
QString pageText(const QString &pdf, int page)
{
    QProcess text;
    text.start("pdftotext", {"-layout", "-f", QString::number(page), "-l", QString::number(page), pdf, "-"});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput());
}
} // namespace

TEST_CASE("the handout has 8 pages with page and slide numbers, and each slide's notes beside it")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("handout.pdf");
    stoppunkt::test::runStoppunkt({"--handout", pdf, STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json"});
    QProcess info;
    info.start("pdfinfo", {pdf});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression("Pages:\\s+8\\n")));
    for (int page = 1; page <= 8; ++page) {
        const QString text = pageText(pdf, page);
        INFO("page " << page << "\n" << text.toStdString());
        CHECK(text.contains(QStringLiteral("KonfliktHåndtering")));
        CHECK(text.contains(QStringLiteral("Instruktioner til mødeleder")));
        CHECK(text.contains(QStringLiteral("Side %1/8").arg(page)));
        CHECK(text.contains(QStringLiteral("Dias %1/16").arg(page * 2 - 1)));
        CHECK(text.contains(QStringLiteral("Dias %1/16").arg(page * 2)));
        CHECK_FALSE(text.contains(QChar(0xFB02)));  // no "ﬂ" ligature in the text
    }
    // Notes stand beside their own slides.
    const QString six = pageText(pdf, 6);
    CHECK(six.contains("Jens Gaardbo introducerer filmen."));
    CHECK(six.contains("rigtige svar er nr. 4"));
    CHECK(six.contains("rigtige svar er nr. 3"));
    const QString seven = pageText(pdf, 7);
    CHECK(seven.contains("rigtige svar er nr. 2"));
    CHECK(seven.contains("Fortsæt til sidste filmdel."));
    CHECK(pageText(pdf, 8).contains("Vælg hvilken del af tillægsmodulet"));
    CHECK(pageText(pdf, 1).contains("Skriv deres forslag op på en flipover."));
}
