// SPDX-License-Identifier: MIT
#pragma once
// PDFs written byte by byte, for what QPdfWriter cannot make: page labels (Beamer gives every overlay of a frame
// its frame's label), an outline (bookmarks), and text of chosen sizes where the test puts it.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <vector>

namespace stoppunkt::test {

/// One line of text on a hand-made page: its words, its size in points, and its baseline from the page's top.
struct PdfLine {
    QString text;
    int size = 20;
    int fromTop = 60;
};

/// One page of a hand-made PDF (640×360 pt, 16:9): its label ("" for none) and its lines.
struct PdfPage {
    QString label;
    std::vector<PdfLine> lines;
};

/// One outline entry: its title and the 0-based page it goes to; `level` 1 nests under the entry before it.
struct PdfBookmark {
    QString title;
    int page = 0;
    int level = 0;
};

namespace detail {
/// A PDF text string as UTF-16BE with its byte order mark, so any title survives.
inline QByteArray pdfText(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + ">";
}

/// A string for a Helvetica (WinAnsi) text run: Latin-1, with the PDF's three specials escaped.
inline QByteArray pdfLiteral(const QString &text)
{
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ")";
}
}  // namespace detail

/// Writes a PDF of these pages, with /PageLabels where a page has a label, /Outlines for the bookmarks, and the
/// document's title in its information dictionary.
inline void writeHandmadePdf(const QString &path, const std::vector<PdfPage> &pages, const std::vector<PdfBookmark> &bookmarks = {},
                             const QString &title = {})
{
    // Objects: 1 catalog, 2 pages, 3 font, 4 outline root, then per page (page, contents), then the bookmarks.
    const int firstPage = 5;
    const int firstBookmark = firstPage + 2 * int(pages.size());
    std::vector<QByteArray> objects(std::size_t(firstBookmark - 1 + bookmarks.size() + 1));
    const int info = int(objects.size());
    auto set = [&](int number, const QByteArray &body) { objects[std::size_t(number - 1)] = body; };

    QByteArray labels;
    for (std::size_t i = 0; i < pages.size(); ++i)
        if (!pages[i].label.isEmpty())
            labels += QByteArray::number(qsizetype(i)) + " << /P " + detail::pdfText(pages[i].label) + " >> ";
    QByteArray kids;
    for (std::size_t i = 0; i < pages.size(); ++i)
        kids += QByteArray::number(firstPage + 2 * int(i)) + " 0 R ";
    set(1, "<< /Type /Catalog /Pages 2 0 R /Outlines 4 0 R"
               + (labels.isEmpty() ? QByteArray() : " /PageLabels << /Nums [" + labels + "] >>")
               + (bookmarks.empty() ? QByteArray() : " /PageMode /UseOutlines") + " >>");
    set(2, "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(qsizetype(pages.size())) + " >>");
    set(3, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const int number = firstPage + 2 * int(i);
        QByteArray stream;
        for (const PdfLine &line : pages[i].lines)
            stream += "BT /F1 " + QByteArray::number(line.size) + " Tf 40 " + QByteArray::number(360 - line.fromTop) + " Td "
                      + detail::pdfLiteral(line.text) + " Tj ET\n";
        set(number, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 640 360] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                        + QByteArray::number(number + 1) + " 0 R >>");
        set(number + 1, "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream");
    }
    // The outline: top-level entries under the root, level-1 entries under the top-level entry before them.
    std::vector<int> parentOf(bookmarks.size(), 4);
    for (std::size_t i = 0; i < bookmarks.size(); ++i)
        if (bookmarks[i].level > 0)
            for (std::size_t j = i; j-- > 0;)
                if (bookmarks[j].level == 0) {
                    parentOf[i] = firstBookmark + int(j);
                    break;
                }
    auto siblings = [&](int parent) {
        std::vector<int> out;
        for (std::size_t i = 0; i < bookmarks.size(); ++i)
            if (parentOf[i] == parent)
                out.push_back(firstBookmark + int(i));
        return out;
    };
    auto childLinks = [&](int parent) {
        const std::vector<int> children = siblings(parent);
        if (children.empty())
            return QByteArray();
        return " /First " + QByteArray::number(children.front()) + " 0 R /Last " + QByteArray::number(children.back()) + " 0 R /Count "
               + QByteArray::number(qsizetype(children.size()));
    };
    set(4, "<< /Type /Outlines" + childLinks(4) + " >>");
    for (std::size_t i = 0; i < bookmarks.size(); ++i) {
        const int number = firstBookmark + int(i);
        const std::vector<int> peers = siblings(parentOf[i]);
        const auto at = std::find(peers.begin(), peers.end(), number) - peers.begin();
        QByteArray entry = "<< /Title " + detail::pdfText(bookmarks[i].title) + " /Parent " + QByteArray::number(parentOf[i]) + " 0 R";
        if (at > 0)
            entry += " /Prev " + QByteArray::number(peers[std::size_t(at - 1)]) + " 0 R";
        if (std::size_t(at + 1) < peers.size())
            entry += " /Next " + QByteArray::number(peers[std::size_t(at + 1)]) + " 0 R";
        entry += childLinks(number) + " /Dest [" + QByteArray::number(firstPage + 2 * bookmarks[i].page) + " 0 R /XYZ 0 360 null] >>";
        set(number, entry);
    }

    set(info, "<< /Title " + detail::pdfText(title) + " /Producer (handmade) >>");

    QByteArray pdf = "%PDF-1.5\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(qsizetype(i + 1)) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(qsizetype(objects.size() + 1)) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(qsizetype(objects.size() + 1)) + " /Root 1 0 R /Info " + QByteArray::number(info)
           + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(out.write(pdf) == pdf.size());
}

}  // namespace stoppunkt::test
