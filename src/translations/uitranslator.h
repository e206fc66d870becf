// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

namespace stoppunkt {

/// Installs the program's translation for one UI language, with Qt's own (the stock buttons of dialogs)
/// where Debian ships it. Changing the language replaces both; Qt then sends every widget a LanguageChange
/// and the console redraws in the new language. English installs the English file too: it holds the
/// plural forms ("1 slide", "16 slides").
class UiTranslator {
public:
    UiTranslator() = default;
    ~UiTranslator();
    UiTranslator(const UiTranslator &) = delete;
    UiTranslator &operator=(const UiTranslator &) = delete;

    /// Switches to `code`, one of uiLanguages(); false (and no change) for any other.
    bool use(const QString &code);
    /// Switches to the next of uiLanguages() and returns it.
    QString useNext();
    QString language() const { return m_language; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_program;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

}  // namespace stoppunkt
