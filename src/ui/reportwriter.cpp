// SPDX-License-Identifier: MIT
#include "ui/reportwriter.h"

#include "session/sessionsummary.h"
#include "ui/sliderenderer.h"
#include "ui/textlayout.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>

namespace stoppunkt {

namespace {
/// A slide drawn on is printed this share of the page's width: its strokes and text stay readable.
constexpr qreal kDrawingShare = 0.8;
/// The gap after a block of text, as a share of its size in points.
constexpr qreal kGapShare = 0.45;
/// A section's heading, in points.
constexpr int kHeadingSize = 15;

/// The context of the report's words in the translation files.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Lays text down a page in points, starting a new page when the next block does not fit.
class PageFlow {
public:
    PageFlow(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_painter(painter)
    {
        m_area = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRect(QPageLayout::Point).size());
    }
    void text(const QString &text, int size, QFont::Weight weight = QFont::Normal, const QColor &colour = theme::ink, qreal indent = 0)
    {
        const QFont font = theme::font(size, weight);  // no ligatures: see theme::PlainTextForPrint
        const qreal width = m_area.width() - indent;
        const qreal h = textlayout::height(text, font, width);
        if (m_y + h > m_area.bottom())
            newPage();
        textlayout::draw(m_painter, QRectF(indent, m_y, width, h + 2), text, font, colour);
        m_y += h + size * kGapShare;
    }
    void gap(qreal points) { m_y += points; }
    /// A section's heading, on one page with the first `following` points of what it heads.
    void heading(const QString &title, qreal following)
    {
        const qreal own = textlayout::height(title, theme::font(kHeadingSize, QFont::Bold), m_area.width()) + kHeadingSize * kGapShare;
        if (m_y > 0 && m_y + own + following > m_area.bottom())
            newPage();
        text(title, kHeadingSize, QFont::Bold, theme::accent);
    }
    /// The height of one line of text at `size` points, with the gap after it.
    static qreal lineHeight(int size) { return textlayout::height(QStringLiteral("Åg"), theme::font(size), 1000) + size * kGapShare; }
    /// The height of a slide and its caption, `share` of the page's width.
    qreal slideHeight(const QString &caption, qreal share) const
    {
        return textlayout::height(caption, theme::font(12, QFont::Bold), m_area.width()) + 6
               + m_area.width() * share * SlideRenderer::kHeight / SlideRenderer::kWidth;
    }
    /// A slide as the room saw it, `share` of the page's width, under its caption; both go to a new page
    /// together when they do not fit.
    void slide(const QString &caption, const SlideFrame &frame, qreal share)
    {
        const qreal width = m_area.width() * share;
        const qreal height = width * SlideRenderer::kHeight / SlideRenderer::kWidth;
        if (m_y + slideHeight(caption, share) > m_area.bottom())
            newPage();
        text(caption, 12, QFont::Bold);
        const QRectF target(0, m_y, width, height);
        SlideRenderer().render(m_painter, target, frame);
        m_painter.setPen(QPen(theme::rule, 0.5));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(target);
        m_y += height + 10;
    }
    int pages() const { return m_pages; }

private:
    void newPage()
    {
        m_writer.newPage();
        ++m_pages;
        m_y = 0;
    }
    QPdfWriter &m_writer;
    QPainter &m_painter;
    QRectF m_area;
    qreal m_y = 0;
    int m_pages = 1;
};
/// Each question: the picks in order, how the answer was reached and when, and the room's vote.
void writeQuestions(PageFlow &flow, const SessionSummary &summary)
{
    flow.heading(ReportText::tr("Questions"), PageFlow::lineHeight(12) + 2 * PageFlow::lineHeight(11));
    for (const auto &q : summary.questions) {
        QStringList picks;
        for (int p : q.picks)
            picks << (p == q.answer ? ReportText::tr("%1 (right)").arg(p) : QString::number(p));
        flow.text(q.title, 12, QFont::Bold);
        flow.text(ReportText::tr("Picks in order: %1").arg(picks.isEmpty() ? ReportText::tr("none") : picks.join(QStringLiteral(", "))), 11,
                  QFont::Normal, theme::ink, 14);
        const QString timing =
            q.msToAnswer < 0 ? ReportText::tr("The right answer (no. %1) was not reached.").arg(q.answer)
            : q.foundByPicking
                ? ReportText::tr("The group found the right answer (no. %1) in %2.").arg(q.answer).arg(durationText(q.msToAnswer))
                : ReportText::tr("The right answer (no. %1) was revealed after %2.").arg(q.answer).arg(durationText(q.msToAnswer));
        flow.text(timing, 11, QFont::Normal, theme::ink, 14);
        if (!q.roomVotes.empty()) {
            QStringList votes;
            for (std::size_t option = 0; option < q.roomVotes.size(); ++option)
                votes << QStringLiteral("%1: %2").arg(option + 1).arg(q.roomVotes[option]);
            const int voters = q.roomVoters;
            flow.text(ReportText::tr("The room's phones voted (%n of %1 joined): %2", nullptr, voters)
                          .arg(q.roomJoined)
                          .arg(votes.join(QStringLiteral(" · "))),
                      11, QFont::Normal, theme::ink, 14);
        }
    }
}

/// The time each slide was shown, and what the lesson planned for it.
void writeSlideTimes(PageFlow &flow, const SessionSummary &summary)
{
    flow.gap(10);
    flow.heading(ReportText::tr("Time per slide"), 2 * PageFlow::lineHeight(11));
    if (summary.plannedMs > 0)
        flow.text(ReportText::tr("The lesson planned %1 in all.").arg(durationText(summary.plannedMs)), 11, QFont::Normal, theme::muted);
    for (const auto &t : summary.slideTimes)
        flow.text(
            t.plannedMs > 0
                ? ReportText::tr("%1. %2 — %3 (planned %4)").arg(t.slide + 1).arg(t.title, durationText(t.ms), durationText(t.plannedMs))
                : ReportText::tr("%1. %2 — %3").arg(t.slide + 1).arg(t.title, durationText(t.ms)),
            11);
}
}  // namespace

int writeReport(const SessionSummary &summary, const std::vector<SlideFrame> &drawings, const QString &pdfPath, QString *error)
{
    theme::loadFonts();
    const theme::PlainTextForPrint plainText;
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(theme::printDpi);
    writer.setTitle(ReportText::tr("Session report: %1").arg(summary.lessonTitle));
    writer.setCreator(QStringLiteral("Stoppunkt"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = ReportText::tr("cannot write %1").arg(pdfPath);
        return 0;
    }
    painter.scale(theme::printDpi / 72.0, theme::printDpi / 72.0);  // laid out in points, printed at the printer's resolution
    PageFlow flow(writer, painter);
    flow.text(summary.lessonTitle, 24, QFont::Bold);
    const QDateTime started = QDateTime::fromString(summary.started, Qt::ISODateWithMs);
    flow.text(ReportText::tr("Session of %1 — %2 in all")
                  .arg(started.toString(QStringLiteral("yyyy-MM-dd HH:mm")), durationText(summary.totalMs)),
              11, QFont::Normal, theme::muted);
    flow.gap(12);
    writeQuestions(flow, summary);
    flow.gap(10);
    flow.heading(ReportText::tr("Flip charts"), PageFlow::lineHeight(12) + PageFlow::lineHeight(11));
    for (const auto &f : summary.flipcharts) {
        flow.text(f.title, 12, QFont::Bold);
        if (f.entries.isEmpty())
            flow.text(ReportText::tr("No entries."), 11, QFont::Normal, theme::muted, 14);
        for (const QString &entry : f.entries)
            flow.text(QStringLiteral("\u2022 ") + entry, 11, QFont::Normal, theme::ink, 14);
    }
    if (!drawings.empty()) {
        flow.gap(10);
        const auto caption = [](const SlideFrame &frame) {
            const QString title = QString::fromStdString(frame.view.slide.title);
            return title.isEmpty() ? ReportText::tr("Slide %1").arg(frame.view.slideIndex + 1)
                                   : ReportText::tr("Slide %1: %2").arg(frame.view.slideIndex + 1).arg(title);
        };
        flow.heading(ReportText::tr("Drawn on the slides"), flow.slideHeight(caption(drawings.front()), kDrawingShare));
        for (const SlideFrame &frame : drawings) {
            flow.slide(caption(frame), frame, kDrawingShare);
            // A deck's page in words too, for whoever reads the report without seeing it.
            if (const std::string_view shows = frame.view.slide.page.alternativeText(); !shows.empty())
                flow.text(ReportText::tr("The page shows: %1").arg(QString::fromUtf8(shows)), 11, QFont::Normal, theme::muted);
        }
    }
    if (!summary.nextLesson.isEmpty()) {
        flow.gap(10);
        flow.heading(ReportText::tr("Next lesson"), PageFlow::lineHeight(11));
        flow.text(ReportText::tr("The group chose %1.").arg(summary.nextLesson), 11);
    }
    writeSlideTimes(flow, summary);
    painter.end();
    return flow.pages();
}

}  // namespace stoppunkt
