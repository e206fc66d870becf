// SPDX-License-Identifier: MIT
#include "action.h"

#include <QCoreApplication>

namespace stoppunkt {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Action", text);
}

QList<QKeySequence> keys(std::initializer_list<QKeyCombination> combinations)
{
    QList<QKeySequence> out;
    for (QKeyCombination c : combinations)
        out << QKeySequence(c);
    return out;
}

std::vector<ActionInfo> buildTable()
{
    using K = Qt::Key;
    const auto shift = Qt::ShiftModifier;
    const auto ctrl = Qt::ControlModifier;
    // Defaults follow LibreOffice Impress and PowerPoint, and what presenter clickers send.
    return {
        {Action::Next, "next", tr("Next: build, film, question, then slide"),
         keys({K::Key_Right, K::Key_Down, K::Key_Space, K::Key_PageDown, K::Key_Return, K::Key_Enter, K::Key_N})},
        {Action::Previous, "previous", tr("Previous step or slide"),
         keys({K::Key_Left, K::Key_Up, K::Key_PageUp, K::Key_Backspace, K::Key_P})},
        {Action::First, "first", tr("First slide"), keys({K::Key_Home})},
        {Action::Last, "last", tr("Last slide"), keys({K::Key_End})},
        {Action::BlackScreen, "black", tr("Black screen on the projector (toggle)"), keys({K::Key_B, K::Key_Period})},
        {Action::WhiteScreen, "white", tr("White screen on the projector (toggle)"), keys({K::Key_W, K::Key_Comma})},
        {Action::StartResume, "start", tr("Start or resume: projector full screen, blank off, timer on"),
         keys({K::Key_F5, shift | K::Key_F5})},
        {Action::Escape, "escape", tr("Leave blank, an overlay or full screen (never quits)"), keys({K::Key_Escape})},
        {Action::Quit, "quit", tr("Quit (asks first)"), keys({ctrl | K::Key_Q})},
        {Action::ToggleTimer, "timer", tr("Pause or run the elapsed timer"), keys({K::Key_T})},
        {Action::ResetTimer, "reset-timer", tr("Reset the elapsed timer"), keys({shift | K::Key_T})},
        {Action::Overview, "overview", tr("Overview of all slides, to jump"), keys({K::Key_G, K::Key_Tab})},
        {Action::Help, "help", tr("This help"), keys({K::Key_F1, K::Key_Question})},
        {Action::NotesLarger, "notes-larger", tr("Larger notes"), keys({K::Key_Plus, K::Key_Equal})},
        {Action::NotesSmaller, "notes-smaller", tr("Smaller notes"), keys({K::Key_Minus})},
        {Action::NotesDown, "notes-down", tr("Scroll the notes down (when they do not fit)"), keys({shift | K::Key_Down})},
        {Action::NotesUp, "notes-up", tr("Scroll the notes up"), keys({shift | K::Key_Up})},
        {Action::SwapScreens, "swap-screens", tr("Swap the projector and console screens"), keys({K::Key_S})},
        {Action::Reveal, "reveal", tr("Reveal the right answer"), keys({K::Key_R})},
        {Action::UndoPick, "undo-pick", tr("Undo the last pick"), keys({K::Key_U, ctrl | K::Key_Z})},
        {Action::ReplaySegment, "replay", tr("Replay the film segment from its start"), keys({ctrl | K::Key_R})},
        {Action::Subtitles, "subtitles", tr("Film subtitles on or off"), keys({K::Key_C})},
        {Action::PauseFilm, "pause-film", tr("Pause or resume the film"), keys({K::Key_K})},
        {Action::FilmBack, "film-back", tr("Film back 10 seconds"), keys({K::Key_J})},
        {Action::VolumeUp, "volume-up", tr("Film louder"), keys({ctrl | K::Key_Up})},
        {Action::VolumeDown, "volume-down", tr("Film softer"), keys({ctrl | K::Key_Down})},
        {Action::Flipchart, "flipchart", tr("Write the room's answers on the flip chart (flip-chart slides)"), keys({K::Key_F})},
        {Action::OpenLesson, "open-lesson", tr("Open another lesson (on the summary slide, its choices come first)"),
         keys({K::Key_O})},
        {Action::MarkStop, "mark", tr("Author mode: print the film's position as a stop point"), keys({K::Key_M})},
    };
}
} // namespace

const std::vector<ActionInfo> &actionTable()
{
    static const std::vector<ActionInfo> table = buildTable();
    return table;
}

const ActionInfo &actionInfo(Action action)
{
    for (const ActionInfo &info : actionTable())
        if (info.action == action)
            return info;
    return actionTable().front();
}

std::optional<Action> actionByName(const QString &name)
{
    for (const ActionInfo &info : actionTable())
        if (info.name == name)
            return info.action;
    return std::nullopt;
}

} // namespace stoppunkt
