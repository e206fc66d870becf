// SPDX-License-Identifier: MIT
#include "translations/uitranslator.h"

#include "lesson/message.h"
#include "translations/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace stoppunkt {

UiTranslator::~UiTranslator()
{
    remove();
}

void UiTranslator::remove()
{
    for (auto *translator : {m_program.get(), m_qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    m_program.reset();
    m_qt.reset();
}

bool UiTranslator::use(const QString &code)
{
    if (!uiLanguages().contains(code))
        return false;
    auto program = std::make_unique<QTranslator>();
    if (!program->load(QStringLiteral(":/i18n/stoppunkt_%1.qm").arg(code)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();  // Debian has no Qt translation for nb and sv; the stock buttons stay English there
    remove();
    m_program = std::move(program);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_program.get());
    m_language = code;
    forgetTranslatedMessages();  // a lesson's problems are told in the new language from now on
    return true;
}

QString UiTranslator::useNext()
{
    const QStringList &all = uiLanguages();
    use(all.value((all.indexOf(m_language) + 1) % all.size()));
    return m_language;
}

}  // namespace stoppunkt
