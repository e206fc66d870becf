// SPDX-License-Identifier: MIT
#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include <QFontDatabase>
#include <QStringList>

namespace stoppunkt::theme {

namespace {
QString g_family = QStringLiteral("Noto Sans");
int g_plainText = 0;
}  // namespace

PlainTextForPrint::PlainTextForPrint()
{
    ++g_plainText;
}
PlainTextForPrint::~PlainTextForPrint()
{
    --g_plainText;
}

void loadFonts()
{
    static bool loaded = false;
    if (loaded)
        return;
    loaded = true;
    for (const char *file :
         {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
          "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf", "/usr/share/fonts/truetype/noto/NotoSans-SemiBold.ttf"}) {
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        if (id >= 0 && !QFontDatabase::applicationFontFamilies(id).isEmpty())
            g_family = QFontDatabase::applicationFontFamilies(id).first();
    }
}

QString dialogStyleSheet()
{
    const QString sheet =
        QStringLiteral("QDialog, QMessageBox { background-color: %1; color: %2; }"
                       "QLabel { color: %2; font-size: 17px; }"
                       "QListWidget { background-color: %3; color: %2; border: 1px solid %4; font-size: 19px; padding: 4px; }"
                       "QListWidget::item { padding: 6px; }"
                       "QListWidget::item:selected { background-color: %5; color: %1; }"
                       "QListWidget::item:disabled { color: %4; }"
                       "QPushButton { background-color: %3; color: %2; border: 1px solid %4; border-radius: 6px;"
                       " padding: 8px 20px; font-size: 17px; min-width: 90px; }"
                       "QPushButton:default, QPushButton:focus { border: 2px solid %5; }"
                       "QLineEdit { background-color: %3; color: %2; border: 2px solid %5; border-radius: 6px; padding: 2px 10px;"
                       " selection-background-color: %5; selection-color: %1; }");
    return sheet.arg(consoleBackground.name(), consoleText.name(), consolePanel.name(), consoleMuted.name(), consoleHighlight.name());
}

QString authorFormStyleSheet()
{
    const QString sheet = QStringLiteral(
        "#authorForm { background-color: %1; border: 2px solid %5; }"
        "#authorForm QWidget { color: %2; font-size: %6px; }"
        "#authorForm QScrollArea, #authorForm QScrollArea > QWidget > QWidget { background-color: %1; }"
        "#authorForm QLabel#heading { font-size: %7px; font-weight: 600; }"
        "#authorForm QLabel#hint { color: %4; }"
        "#authorForm QLabel#refusal { color: %8; font-weight: 600; }"
        "#authorForm QLineEdit, #authorForm QPlainTextEdit, #authorForm QComboBox { background-color: %3; border: 1px solid %4;"
        " border-radius: 4px; padding: 4px; selection-background-color: %5; selection-color: %1; }"
        "#authorForm QLineEdit:focus, #authorForm QPlainTextEdit:focus, #authorForm QComboBox:focus { border: 2px solid %5; }"
        "#authorForm QPushButton { background-color: %3; border: 1px solid %4; border-radius: 6px; padding: 6px 16px; }"
        "#authorForm QPushButton:focus, #authorForm QRadioButton:focus, #authorForm QCheckBox:focus { border: 2px solid %5; }"
        "#authorForm QPushButton:disabled { color: %4; }"
        "#authorForm QRadioButton::indicator { width: 14px; height: 14px; border-radius: 9px; border: 2px solid %4; background: %3; }"
        "#authorForm QRadioButton::indicator:checked { background: %5; border: 2px solid %2; }");
    return sheet.arg(consoleBackground.name(), consoleText.name(), consolePanel.name(), consoleMuted.name(), consoleHighlight.name())
        .arg(authorTextPx)
        .arg(authorHeadingPx)
        .arg(consoleAlert.name());
}

QFont uiFont(qreal pixelSize, QFont::Weight weight)
{
    QFont f = font(std::max(8, int(std::lround(pixelSize))), weight);
    f.setHintingPreference(QFont::PreferDefaultHinting);
    return f;
}

QFont font(int pixelSize, QFont::Weight weight, bool italic)
{
    QFont f(g_family);
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    f.setItalic(italic);
    // Unhinted outlines scale linearly, so a layout made on the design canvas holds at any size.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(g_plainText > 0 ? QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping) : QFont::PreferAntialias);
    return f;
}

QColor escalation(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    auto mix = [](const QColor &a, const QColor &b, double u) {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * u, a.greenF() + (b.greenF() - a.greenF()) * u,
                                a.blueF() + (b.blueF() - a.blueF()) * u);
    };
    return t < 0.5 ? mix(calm, amber, t * 2) : mix(amber, accent, (t - 0.5) * 2);
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? ink : QColor(Qt::white);
}

QColor inkColour(InkColour colour)
{
    switch (colour) {
    case InkColour::Red: return {0xE0, 0x1F, 0x1F};
    case InkColour::Blue: return {0x15, 0x5B, 0xD6};
    case InkColour::Green: return {0x1E, 0x8E, 0x3E};
    case InkColour::Black: return {0x11, 0x11, 0x11};
    }
    return Qt::red;
}

double inkWidthShare(InkWidth width)
{
    switch (width) {
    case InkWidth::Thin: return 0.003;
    case InkWidth::Medium: return 0.006;
    case InkWidth::Thick: return 0.011;
    }
    return 0.006;
}

}  // namespace stoppunkt::theme
