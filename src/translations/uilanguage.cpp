// SPDX-License-Identifier: MIT
#include "translations/uilanguage.h"

#include <QSettings>

namespace stoppunkt {

namespace {
constexpr const char *kSettingsKey = "ui/language";

bool isCLocale(const QString &name)
{
    const QString base = name.section(QLatin1Char('.'), 0, 0);
    return base == QLatin1String("C") || base == QLatin1String("POSIX");
}
}  // namespace

const QStringList &uiLanguages()
{
    static const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
    return languages;
}

QString uiLanguageCode(const QString &name)
{
    if (name.isEmpty() || isCLocale(name))
        return {};
    // "da_DK.UTF-8@euro" → "da"; "sv-SE" → "sv".
    const QString primary = name.section(QLatin1Char('.'), 0, 0)
                                .section(QLatin1Char('@'), 0, 0)
                                .section(QLatin1Char('_'), 0, 0)
                                .section(QLatin1Char('-'), 0, 0)
                                .toLower();
    if (primary == QLatin1String("no") || primary == QLatin1String("nn"))
        return QStringLiteral("nb");  // Norwegian readers of either written form read bokmål
    return uiLanguages().contains(primary) ? primary : QString();
}

QString uiLanguageFromEnvironment(const QProcessEnvironment &environment)
{
    QString locale;
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        locale = environment.value(QString::fromLatin1(variable));
        if (!locale.isEmpty())
            break;
    }
    if (!locale.isEmpty() && !isCLocale(locale)) {
        const QStringList preferred = environment.value(QStringLiteral("LANGUAGE")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &language : preferred) {
            const QString code = uiLanguageCode(language);
            if (!code.isEmpty())
                return code;
        }
    }
    const QString code = uiLanguageCode(locale);
    return code.isEmpty() ? QStringLiteral("en") : code;
}

QString uiLanguageName(const QString &code)
{
    if (code == QLatin1String("da"))
        return QStringLiteral("dansk");
    if (code == QLatin1String("nb"))
        return QStringLiteral("norsk bokmål");
    if (code == QLatin1String("sv"))
        return QStringLiteral("svenska");
    return QStringLiteral("English");
}

QString rememberedUiLanguage()
{
    return uiLanguageCode(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

void rememberUiLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kSettingsKey), code);
}

QString startUiLanguage(const QString &commandLine, const QProcessEnvironment &environment)
{
    for (const QString &choice : {uiLanguageCode(commandLine), rememberedUiLanguage()})
        if (!choice.isEmpty())
            return choice;
    return uiLanguageFromEnvironment(environment);
}

}  // namespace stoppunkt
