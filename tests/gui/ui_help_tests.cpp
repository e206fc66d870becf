// SPDX-License-Identifier: MIT
// The help overlay (F1) at laptop and full-HD sizes, in every UI language: no row overlaps another, nothing
// is cut, and the keys are named in the console's language.
#include "input/commanddispatcher.h"
#include "input/keybindings.h"
#include "paintedtext.h"
#include "translations/uitranslator.h"
#include "ui/consolewindow.h"
#include "ui/helpoverlay.h"
#include "ui/textlayout.h"
#include "ui/theme.h"
#include "uitestsupport.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

TEST_CASE("the help overlay fits every action at 1280x720, 1366x768 and 1920x1080 in every language, rows apart and whole")
{
    UiTranslator translator;
    KeyBindings bindings;
    // Every action is in the facilitator's help or the author's.
    std::size_t listed = helpActions(false).size();
    for (const Action action : helpActions(true))
        listed += forAuthors(action) ? 1 : 0;
    CHECK(listed == actionTable().size());
    for (const bool author : {false, true})
        for (const char *language : {"da", "nb", "sv", "en"}) {
            REQUIRE(translator.use(QString::fromLatin1(language)));
            for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
                INFO(language << " at " << size.width() << "x" << size.height() << (author ? " in author mode" : ""));
                const QRectF area(QPointF(0, 0), size);
                const HelpLayout layout = HelpLayout::of(area, bindings, author);
                CHECK(layout.fits);
                CHECK(layout.rows.size() == helpActions(author).size());
                CHECK(layout.keyFont.pixelSize() >= 13);  // readable on a laptop
                CHECK(layout.textFont.pixelSize() >= 13);
                for (std::size_t i = 0; i < layout.rows.size(); ++i) {
                    const HelpLayout::Row &row = layout.rows[i];
                    INFO("row " << i << ": " << row.keys.toStdString());
                    CHECK(area.contains(row.keysRect));
                    CHECK(area.contains(row.descriptionRect));
                    CHECK_FALSE(row.keysRect.intersects(layout.footer));
                    // The text, wrapped as it is drawn, stays inside its row: no key name is cut at the bottom.
                    CHECK(textlayout::height(row.keys, layout.keyFont, row.keysRect.width()) <= row.keysRect.height());
                    CHECK(textlayout::height(row.description, layout.textFont, row.descriptionRect.width())
                          <= row.descriptionRect.height());
                    for (std::size_t j = i + 1; j < layout.rows.size(); ++j) {
                        CHECK_FALSE(row.keysRect.intersects(layout.rows[j].keysRect));
                        CHECK_FALSE(row.descriptionRect.intersects(layout.rows[j].descriptionRect));
                    }
                }
            }
        }
    translator.use(QStringLiteral("en"));
}

TEST_CASE("keys are named in the console's language in the help and in the status line: Højre, Mellemrum, Retur")
{
    UiTranslator translator;
    REQUIRE(translator.use(QStringLiteral("da")));
    Presenter p(seedLesson(), noFilm());
    p.show();
    p.console().resize(1280, 720);
    settle();
    const QString next = p.dispatcher().bindings().keysText(Action::Next);
    CHECK(next.contains(QStringLiteral("Højre")));
    p.console().toggleHelp();
    const QStringList painted = paintedTexts(p.console());
    const QString all = painted.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Højre")));
    CHECK(all.contains(QStringLiteral("Mellemrum")));
    CHECK(all.contains(QStringLiteral("Retur")));
    CHECK(all.contains(QStringLiteral("Ctrl+Q")));
    for (const char *english : {"Right", "Space", "Return", "PgUp", "Backspace"})
        CHECK_FALSE(all.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(english)))));
    if (const QByteArray shots = qgetenv("STOPPUNKT_SCREENSHOTS"); !shots.isEmpty()) {
        for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
            p.console().resize(size);
            settle();
            p.console().grab().save(
                QStringLiteral("%1/console-help-%2x%3-da.png").arg(QString::fromLocal8Bit(shots)).arg(size.width()).arg(size.height()));
        }
    }
    p.console().toggleHelp();
    translator.use(QStringLiteral("en"));
}
