// SPDX-License-Identifier: MIT
// The console speaks the facilitator's language: chosen from the locale, the command line or the L key, and
// every word it paints is in that language.
#include "app/presenter.h"
#include "input/commanddispatcher.h"
#include "paintedtext.h"
#include "session/presentationtimer.h"
#include "session/session.h"
#include "translations/uilanguage.h"
#include "translations/uitranslator.h"
#include "ui/consolewindow.h"
#include "uitestsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace stoppunkt;
using namespace stoppunkt::test;

namespace {

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> variables)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : variables)
        env.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return env;
}

/// The English pieces of every source string that `language` translates differently: the text between its
/// placeholders, when it has at least four letters and is not kept as it is in the translation. The
/// projector's words (LessonLanguage) follow the lesson, not the console, and are left out.
QStringList englishOnlyPieces(const QString &language)
{
    QFile file(QStringLiteral(STOPPUNKT_TRANSLATIONS "/stoppunkt_%1.ts").arg(language));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList pieces;
    QString context, source, translated;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && (xml.name() == QLatin1String("numerusform")))
            translated += xml.readElementText() + QLatin1Char('\n');
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation") && xml.attributes().isEmpty()) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            translated += text;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (context != QLatin1String("LessonLanguage")) {
                static const QRegularExpression split(QStringLiteral("%[1-9n]|\\n"));
                for (QString piece : source.split(split, Qt::SkipEmptyParts)) {
                    piece = piece.trimmed();
                    const auto letters = std::count_if(piece.begin(), piece.end(), [](QChar c) { return c.isLetter(); });
                    if (letters >= 4 && !translated.contains(piece))
                        pieces << piece;
                }
            }
            translated.clear();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return pieces;
}

/// The English pieces found in `painted`, as whole words, ignoring case (headings are in capitals). Names
/// are not words of the program: the screens' names ("projector") and paths (".../keys.json") are left out.
QStringList englishIn(const QStringList &painted, const QStringList &pieces)
{
    QString all = painted.join(QLatin1Char('\n'));
    all.remove(QRegularExpression(QStringLiteral("\\S*/\\S*")));
    for (const QScreen *screen : QGuiApplication::screens())
        all.remove(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(screen->name()) + QStringLiteral("\\b")));
    QStringList found;
    for (const QString &piece : pieces) {
        const QRegularExpression whole(QStringLiteral("(^|\\W)") + QRegularExpression::escape(piece) + QStringLiteral("($|\\W)"),
                                       QRegularExpression::CaseInsensitiveOption);
        if (whole.match(all).hasMatch())
            found << piece;
    }
    return found;
}

/// The console painted in the states a lesson passes through: before the start, a film question discussed
/// with a wrong pick and then revealed, the help and the overview, a black projector, a flip chart with
/// entries, and the summary.
QStringList consoleThroughALesson(Presenter &p)
{
    ConsoleWindow &console = p.console();
    console.resize(1280, 720);
    Session &s = p.session();
    QStringList painted;
    auto paint = [&] {
        settle();
        painted << test::paintedTexts(console);
    };
    paint();
    p.timer().start();
    s.goTo(1);  // the first flip chart
    REQUIRE(s.slide().flipchart);
    s.addFlipchartEntry("Kunden er vred");
    paint();
    s.goTo(10);  // Film #1
    s.skipFilm();
    REQUIRE(s.pick(1));
    paint();
    s.reveal();
    paint();
    console.toggleHelp();
    paint();
    console.toggleHelp();
    console.toggleOverview();
    paint();
    console.toggleOverview();
    s.toggleBlank(Blank::Black);
    paint();
    s.toggleBlank(Blank::Black);
    s.goToLast();
    paint();
    return painted;
}

}  // namespace

TEST_CASE("the UI language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG as gettext does, English otherwise")
{
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "da_DK.UTF-8"}})) == "da");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "nb_NO.UTF-8"}})) == "nb");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "nn_NO.UTF-8"}})) == "nb");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "sv_FI.UTF-8@euro"}})) == "sv");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "de_DE.UTF-8"}})) == "en");
    CHECK(uiLanguageFromEnvironment(environment({})) == "en");
    // LC_MESSAGES before LANG, LC_ALL before both.
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "en_US.UTF-8"}, {"LC_MESSAGES", "sv_SE.UTF-8"}})) == "sv");
    CHECK(uiLanguageFromEnvironment(environment({{"LC_ALL", "da_DK.UTF-8"}, {"LC_MESSAGES", "sv_SE.UTF-8"}})) == "da");
    // LANGUAGE's first language with a translation wins, but not under the C locale.
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "en_US.UTF-8"}, {"LANGUAGE", "de:nb:sv"}})) == "nb");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "da_DK.UTF-8"}, {"LANGUAGE", "en"}})) == "en");
    CHECK(uiLanguageFromEnvironment(environment({{"LANG", "C.UTF-8"}, {"LANGUAGE", "sv"}})) == "en");
    CHECK(uiLanguageCode(QStringLiteral("POSIX")).isEmpty());
}

TEST_CASE("the command line's language wins over the console's remembered choice, which wins over the locale")
{
    const QProcessEnvironment danish = environment({{"LANG", "da_DK.UTF-8"}});
    QSettings().remove(QStringLiteral("ui/language"));
    CHECK(startUiLanguage(QString(), danish) == "da");
    rememberUiLanguage(QStringLiteral("sv"));
    CHECK(startUiLanguage(QString(), danish) == "sv");
    CHECK(startUiLanguage(QStringLiteral("nb"), danish) == "nb");
    QSettings().remove(QStringLiteral("ui/language"));
}

TEST_CASE("L switches the console's language at once, says so in the new language, and is remembered")
{
    QSettings().remove(QStringLiteral("ui/language"));
    UiTranslator translator;
    REQUIRE(translator.use(QStringLiteral("en")));
    Presenter p(seedLesson(), noFilm());
    p.setUiTranslator(&translator);
    p.show();
    settle();
    CHECK(test::paintedTexts(p.console()).contains(QStringLiteral("NOW ON THE PROJECTOR")));

    p.dispatcher().handleKey(QKeyCombination(Qt::Key_L));  // English → Danish
    settle();
    CHECK(translator.language() == "da");
    CHECK(rememberedUiLanguage() == "da");
    CHECK(p.console().notice().startsWith(QStringLiteral("Sprog på din skærm: dansk (L skifter)")));
    CHECK(p.console().windowTitle() == QStringLiteral("Stoppunkt — Konflikter med kunder"));
    const QStringList danish = test::paintedTexts(p.console());
    CHECK(danish.contains(QStringLiteral("NU PÅ PROJEKTOREN")));
    CHECK_FALSE(danish.contains(QStringLiteral("NOW ON THE PROJECTOR")));
    CHECK(danish.contains(QStringLiteral("Dias 1/16")));  // the lesson's own language, as before

    for (const char *next : {"nb", "sv", "en", "da"}) {
        p.dispatcher().handleKey(QKeyCombination(Qt::Key_L));
        CHECK(translator.language() == next);
    }
    QSettings().remove(QStringLiteral("ui/language"));
    translator.use(QStringLiteral("en"));
}

TEST_CASE("the Danish, Norwegian and Swedish consoles paint no English, from the first slide to the summary")
{
    // The check itself: the English console paints the English pieces that the others must not.
    UiTranslator translator;
    REQUIRE(translator.use(QStringLiteral("en")));
    {
        Presenter p(seedLesson(), noFilm());
        const QStringList english = englishIn(consoleThroughALesson(p), englishOnlyPieces(QStringLiteral("da")));
        CHECK(english.contains(QStringLiteral("Now on the projector")));  // painted as a heading, in capitals
        CHECK(english.contains(QStringLiteral("Right answer: no.")));
        CHECK(english.size() > 20);
    }
    for (const char *language : {"da", "nb", "sv"}) {
        INFO("UI language " << language);
        REQUIRE(translator.use(QString::fromLatin1(language)));
        Presenter p(seedLesson(), noFilm());
        const QStringList painted = consoleThroughALesson(p);
        CHECK(painted.size() > 100);
        CHECK(englishIn(painted, englishOnlyPieces(QString::fromLatin1(language))).join(QStringLiteral(" | ")).toStdString() == "");
    }
    translator.use(QStringLiteral("en"));
}
