// SPDX-License-Identifier: MIT
// The projector's own words follow the lesson's language through Qt's translation system.
#include "translations/lessonlanguage.h"
#include "ui/sliderenderer.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

TEST_CASE("the projector's words come from the embedded translations, chosen by the lesson's language")
{
    CHECK(translationFor("da") == "da");
    CHECK(translationFor("nb") == "nb");
    CHECK(translationFor("nn-NO") == "nb");
    CHECK(translationFor("no") == "nb");
    CHECK(translationFor("sv-SE") == "sv");
    CHECK(translationFor("en-GB") == "en");
    CHECK(translationFor("fr") == "en");
    CHECK(slideWord("da") == "Dias");
    CHECK(slideWord("nb") == "Lysbilde");
    CHECK(slideWord("sv-FI") == "Bild");
    CHECK(slideWord("en") == "Slide");
    CHECK(slideWord("de") == "Slide");  // no translation: English
    CHECK(inLessonLanguage("da", "The film cannot be played") == "Filmen kan ikke afspilles");
    CHECK(inLessonLanguage("nb", "The right answer is no. %1.") == "Riktig svar er nr. %1.");
    CHECK(inLessonLanguage("sv", "Instructions for the facilitator") == "Instruktioner för mötesledare");
    CHECK(inLessonLanguage("da", "a text nobody translated") == "a text nobody translated");
}
