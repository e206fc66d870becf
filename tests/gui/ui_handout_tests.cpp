// SPDX-License-Identifier: MIT
// The facilitator's handout: one slide a landscape page, large enough to read its options, notes beside it.
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
}  // namespace

TEST_CASE("the handout has a page per slide with page and slide numbers, and each slide's notes beside it")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("handout.pdf");
    stoppunkt::test::runStoppunkt({"--handout", pdf, STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json"});
    QProcess info;
    info.start("pdfinfo", {pdf});
    REQUIRE(info.waitForFinished(60000));
    const QString facts = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(facts.contains(QRegularExpression("Pages:\\s+16\\n")));
    CHECK(facts.contains(QRegularExpression("Page size:\\s+842 x 595 pts")));  // A4, landscape
    for (int page = 1; page <= 16; ++page) {
        const QString text = pageText(pdf, page);
        INFO("page " << page << "\n" << text.toStdString());
        CHECK(text.contains(QStringLiteral("KonfliktHåndtering")));
        CHECK(text.contains(QStringLiteral("Instruktioner til mødeleder")));
        CHECK(text.contains(QStringLiteral("Side %1/16").arg(page)));
        CHECK(text.contains(QStringLiteral("Dias %1/16").arg(page)));
        CHECK_FALSE(text.contains(QChar(0xFB02)));  // no "ﬂ" ligature in the text
    }
    // Notes stand beside their own slides.
    CHECK(pageText(pdf, 11).contains("Jens Gaardbo introducerer filmen."));
    CHECK(pageText(pdf, 11).contains("rigtige svar er nr. 4"));
    CHECK(pageText(pdf, 12).contains("rigtige svar er nr. 3"));
    CHECK(pageText(pdf, 13).contains("rigtige svar er nr. 2"));
    CHECK(pageText(pdf, 14).contains("Fortsæt til sidste filmdel."));
    CHECK(pageText(pdf, 16).contains("Vælg hvilken del af tillægsmodulet"));
    CHECK(pageText(pdf, 2).contains("Skriv deres forslag op på en flipover."));
}

TEST_CASE("the handout prints a question's options at 9 pt or more, even Film #1's long ones")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("handout.pdf");
    stoppunkt::test::runStoppunkt({"--handout", pdf, STOPPUNKT_LESSONS "/konflikter-med-kunder/lesson.json"});
    QProcess boxes;
    boxes.start("pdftotext", {"-f", "11", "-l", "11", "-bbox", pdf, "-"});
    REQUIRE(boxes.waitForFinished(60000));
    const QString words = QString::fromUtf8(boxes.readAllStandardOutput());
    // A word's box is as tall as the font's ascent and descent: 1.069 + 0.293 em for Noto Sans (its hhea table).
    constexpr double kBoxPerPoint = 1.362;
    static const QRegularExpression word(
        "yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">(telefonsystem|fragtmand|posthuset)[,.]?<");
    int found = 0;
    for (auto m = word.globalMatch(words); m.hasNext();) {
        const auto match = m.next();
        const double points = (match.captured(2).toDouble() - match.captured(1).toDouble()) / kBoxPerPoint;
        INFO(match.captured(3).toStdString() << " is printed at " << points << " pt");
        CHECK(points >= 9.0);
        ++found;
    }
    CHECK(found == 3);
}
