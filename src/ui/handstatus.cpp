// SPDX-License-Identifier: MIT
// The console's status line for the pen, the highlighter, the eraser and the zoom.
#include "ui/handstatus.h"

#include "input/keybindings.h"
#include "session/sessionview.h"

#include <QCoreApplication>
#include <QLocale>

namespace stoppunkt {

namespace {
struct HandText {
    Q_DECLARE_TR_FUNCTIONS(HandStatus)
};

QString colourName(InkColour colour)
{
    switch (colour) {
    case InkColour::Red: return HandText::tr("red");
    case InkColour::Blue: return HandText::tr("blue");
    case InkColour::Green: return HandText::tr("green");
    case InkColour::Black: return HandText::tr("black");
    }
    return {};
}

QString widthName(InkWidth width)
{
    switch (width) {
    case InkWidth::Thin: return HandText::tr("thin");
    case InkWidth::Medium: return HandText::tr("medium");
    case InkWidth::Thick: return HandText::tr("thick");
    }
    return {};
}
}  // namespace

QString handStatusText(const SessionView &session, const KeyBindings &bindings)
{
    const QString escape = bindings.keysText(Action::Escape);
    const int strokes = int(session.ink(session.slideIndex()).size());
    switch (session.inkMode()) {
    case InkMode::Pen:
        return HandText::tr("Pen, %1 and %2: draw on the slide (%3 colour, %4 width, %5 puts it away)")
            .arg(colourName(session.inkColour()), widthName(session.inkWidth()), bindings.keysText(Action::InkColour),
                 bindings.keysText(Action::InkWidth), escape);
    case InkMode::Highlighter: return HandText::tr("Highlighter: mark the slide (%1 puts it away)").arg(escape);
    case InkMode::Eraser:
        return HandText::tr("Eraser: %n strokes on this slide (%1 undoes, %2 puts it away)", nullptr, strokes)
            .arg(bindings.keysText(Action::UndoInk), escape);
    case InkMode::Off: break;
    }
    if (session.zoom().zoomed())
        return HandText::tr("Zoomed %1×: drag to move, the wheel zooms (%2 shows the whole slide)")
            .arg(QLocale().toString(1 / session.zoom().size, 'g', 2), escape);
    return {};
}

}  // namespace stoppunkt
