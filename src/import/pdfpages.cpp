// SPDX-License-Identifier: MIT
#include "import/pdfpages.h"

#include <QHash>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace stoppunkt {

namespace {
/// Text in the top part of a page may be its title; below it, it is the page's body.
constexpr qreal kTitleZone = 0.45;
/// Lines within this ratio of the largest one's height are set in the title's size (glyphs vary in height).
constexpr qreal kSameSize = 0.8;
/// A title's next line follows within this share of its height.
constexpr qreal kLineGap = 0.7;
/// The outline gives the titles when it names at least this share of the slides.
constexpr qreal kOutlineShare = 0.8;

struct TextLine {
    QString text;
    QRectF box;
};

/// The page's lines of text, top to bottom, each with the box its letters fill.
std::vector<TextLine> linesOf(QPdfDocument &document, int page)
{
    std::vector<TextLine> lines;
    const QString all = document.getAllText(page).text();
    int start = 0;
    for (const QString &raw : all.split(QLatin1Char('\n'))) {
        if (const QString text = raw.simplified(); !text.isEmpty())
            lines.push_back({text, document.getSelectionAtIndex(page, start, int(raw.size())).boundingRectangle()});
        start += int(raw.size()) + 1;
    }
    std::stable_sort(lines.begin(), lines.end(), [](const TextLine &a, const TextLine &b) { return a.box.top() < b.box.top(); });
    return lines;
}

/// The deepest outline entry of each page (a frame's entry over its section's), with titles that say something.
QHash<int, QString> outlineTitles(QPdfDocument &document)
{
    QPdfBookmarkModel model;
    model.setDocument(&document);
    QHash<int, QString> titles;
    QHash<int, int> levels;
    // A number, or a word and a number ("Slide 3", "Dias 3", as LibreOffice names the bookmarks of slides
    // without a title), says nothing a page's own text does not say better.
    static const QRegularExpression onlyNumber(QStringLiteral("^(\\p{L}+ )?[0-9 .]*$"));
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex entry = model.index(row, 0, parent);
            const QString title = entry.data(int(QPdfBookmarkModel::Role::Title)).toString().simplified();
            const int page = entry.data(int(QPdfBookmarkModel::Role::Page)).toInt();
            const int level = entry.data(int(QPdfBookmarkModel::Role::Level)).toInt();
            if (!onlyNumber.match(title).hasMatch() && page >= 0 && page < document.pageCount()
                && (!levels.contains(page) || level > levels.value(page))) {
                titles.insert(page, title);
                levels.insert(page, level);
            }
            walk(entry);
        }
    };
    walk({});
    return titles;
}

/// The largest text near the page's top, with the lines it wraps onto; `repeated` text (a running header) is
/// never a title. Empty when no text is near the top.
QString largestTopText(const std::vector<TextLine> &lines, qreal pageHeight, const QSet<QString> &repeated)
{
    std::vector<const TextLine *> candidates;
    for (const TextLine &line : lines)
        if (line.box.top() < kTitleZone * pageHeight && !repeated.contains(line.text))
            candidates.push_back(&line);
    if (candidates.empty())
        return {};
    const qreal largest = (*std::max_element(candidates.begin(), candidates.end(), [](const TextLine *a, const TextLine *b) {
                              return a->box.height() < b->box.height();
                          }))->box.height();
    const auto first =
        std::find_if(candidates.begin(), candidates.end(), [&](const TextLine *line) { return line->box.height() >= kSameSize * largest; });
    QString title = (*first)->text;
    qreal bottom = (*first)->box.bottom();
    for (auto next = first + 1; next != candidates.end(); ++next) {
        const qreal height = (*next)->box.height();
        if (height < kSameSize * largest || (*next)->box.top() - bottom > kLineGap * largest)
            break;
        title += QLatin1Char(' ') + (*next)->text;
        bottom = (*next)->box.bottom();
    }
    return title;
}
}  // namespace

PdfPages readPdfPages(const QString &file)
{
    PdfPages out;
    QPdfDocument document;
    if (document.load(file) != QPdfDocument::Error::None)
        return out;
    const int pages = document.pageCount();
    std::vector<std::vector<TextLine>> lines;
    for (int page = 0; page < pages; ++page) {
        out.labels << document.pageLabel(page);
        lines.push_back(linesOf(document, page));
    }
    // A running header or footer: text on most of the deck's slides (a run of pages with one label is one slide).
    QHash<QString, QSet<QString>> slidesWith;
    QSet<QString> slides;
    for (int page = 0; page < pages; ++page) {
        const QString slide = out.labels[page].isEmpty() ? QString::number(page) : out.labels[page];
        slides.insert(slide);
        for (const TextLine &line : lines[std::size_t(page)])
            slidesWith[line.text].insert(slide);
    }
    QSet<QString> repeated;
    for (auto it = slidesWith.begin(); it != slidesWith.end(); ++it)
        if (slides.size() >= 3 && 2 * it.value().size() > slides.size())
            repeated.insert(it.key());

    // An outline that names (nearly) every slide names them (an office export's); one that names only some is a
    // table of contents (Beamer's sections), and a frame's own title says more than its section's.
    QHash<int, QString> outline = outlineTitles(document);
    QSet<QString> named;
    for (auto it = outline.begin(); it != outline.end(); ++it)
        named.insert(out.labels[it.key()].isEmpty() ? QString::number(it.key()) : out.labels[it.key()]);
    if (named.size() < kOutlineShare * slides.size())
        outline.clear();
    for (int page = 0; page < pages; ++page) {
        if (outline.contains(page)) {
            out.titles << outline.value(page);
            ++out.fromOutline;
            continue;
        }
        const std::vector<TextLine> &onPage = lines[std::size_t(page)];
        const QString top = largestTopText(onPage, document.pagePointSize(page).height(), repeated);
        const auto firstOwn = std::find_if(onPage.begin(), onPage.end(), [&](const TextLine &l) { return !repeated.contains(l.text); });
        out.titles << (!top.isEmpty() ? top : firstOwn != onPage.end() ? firstOwn->text : QString());
    }
    return out;
}

}  // namespace stoppunkt
