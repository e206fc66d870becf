// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace stoppunkt {

/// The languages the program's own words come in (the console, dialogs, command line, report), in the
/// order the console's language key cycles through them.
const QStringList &uiLanguages();

/// One of uiLanguages() for a language or locale name ("da", "da_DK.UTF-8", "sv-SE", "nn" and "no" give
/// "nb"); empty when the program has no translation for it, or for "C" and "POSIX".
QString uiLanguageCode(const QString &name);

/// The UI language the locale asks for, as gettext reads it: LANGUAGE (a colon-separated list, the first
/// language with a translation wins) unless the locale is C; then LC_ALL, LC_MESSAGES and LANG. English
/// when none of them names a language with a translation.
QString uiLanguageFromEnvironment(const QProcessEnvironment &environment);

/// A UI language by its own name: "dansk", "norsk bokmål", "svenska", "English".
QString uiLanguageName(const QString &code);

/// The UI language chosen in the console, kept in the user's settings; empty when none was chosen.
QString rememberedUiLanguage();
void rememberUiLanguage(const QString &code);

/// The UI language to start in: the command line's choice, else the one chosen in the console before,
/// else the locale's.
QString startUiLanguage(const QString &commandLine, const QProcessEnvironment &environment);

}  // namespace stoppunkt
