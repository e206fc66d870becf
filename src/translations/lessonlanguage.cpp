// SPDX-License-Identifier: MIT
#include "translations/lessonlanguage.h"

#include <QTranslator>

#include <map>
#include <memory>

namespace stoppunkt {

QString translationFor(const QString &language)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    if (primary == QLatin1String("da") || primary == QLatin1String("sv"))
        return primary;
    if (primary == QLatin1String("nb") || primary == QLatin1String("nn") || primary == QLatin1String("no"))
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

QString inLessonLanguage(const QString &language, const char *sourceText)
{
    // One translator per language, kept for the program's life; used directly, never installed, so the
    // console's own language stays as it is.
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    const QString name = translationFor(language);
    auto found = translators.find(name);
    if (found == translators.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/stoppunkt_%1.qm").arg(name)))
            translator.reset();
        found = translators.emplace(name, std::move(translator)).first;
    }
    const QString translated = found->second ? found->second->translate("LessonLanguage", sourceText) : QString();
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

}  // namespace stoppunkt
