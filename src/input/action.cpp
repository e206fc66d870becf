// SPDX-License-Identifier: MIT
#include "input/action.h"

#include <algorithm>

#include <QCoreApplication>

namespace stoppunkt {

namespace {

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
    const auto alt = Qt::AltModifier;
    // Descriptions are marked for lupdate and translated when shown, so a change of UI language applies.
    // Defaults follow LibreOffice Impress and PowerPoint, and what presenter clickers send.
    return {
        {Action::Next, QStringLiteral("next"), QT_TRANSLATE_NOOP("Action", "Next: build, film, question, then slide"),
         keys({K::Key_Right, K::Key_Down, K::Key_Space, K::Key_PageDown, K::Key_Return, K::Key_Enter, K::Key_N})},
        {Action::Previous, QStringLiteral("previous"), QT_TRANSLATE_NOOP("Action", "Previous step or slide"),
         keys({K::Key_Left, K::Key_Up, K::Key_PageUp, K::Key_Backspace, K::Key_P})},
        {Action::First, QStringLiteral("first"), QT_TRANSLATE_NOOP("Action", "First slide"), keys({K::Key_Home})},
        {Action::Last, QStringLiteral("last"), QT_TRANSLATE_NOOP("Action", "Last slide"), keys({K::Key_End})},
        {Action::BlackScreen, QStringLiteral("black"), QT_TRANSLATE_NOOP("Action", "Black screen on the projector (toggle)"),
         keys({K::Key_B, K::Key_Period})},
        {Action::WhiteScreen, QStringLiteral("white"), QT_TRANSLATE_NOOP("Action", "White screen on the projector (toggle)"),
         keys({K::Key_W, K::Key_Comma})},
        {Action::StartResume, QStringLiteral("start"),
         QT_TRANSLATE_NOOP("Action", "Start or resume: projector full screen, blank off, timer on"), keys({K::Key_F5, shift | K::Key_F5})},
        {Action::Escape, QStringLiteral("escape"), QT_TRANSLATE_NOOP("Action", "Leave blank, an overlay or full screen (never quits)"),
         keys({K::Key_Escape})},
        {Action::Quit, QStringLiteral("quit"), QT_TRANSLATE_NOOP("Action", "Quit (asks first)"), keys({ctrl | K::Key_Q})},
        {Action::ToggleTimer, QStringLiteral("timer"), QT_TRANSLATE_NOOP("Action", "Pause or run the elapsed timer"), keys({K::Key_T})},
        {Action::ResetTimer, QStringLiteral("reset-timer"), QT_TRANSLATE_NOOP("Action", "Reset the elapsed timer"),
         keys({shift | K::Key_T})},
        {Action::Overview, QStringLiteral("overview"), QT_TRANSLATE_NOOP("Action", "Overview of all slides, to jump"),
         keys({K::Key_G, K::Key_Tab})},
        {Action::Help, QStringLiteral("help"), QT_TRANSLATE_NOOP("Action", "This help"), keys({K::Key_F1, K::Key_Question})},
        {Action::NotesLarger, QStringLiteral("notes-larger"), QT_TRANSLATE_NOOP("Action", "Larger notes"),
         keys({K::Key_Plus, K::Key_Equal})},
        {Action::NotesSmaller, QStringLiteral("notes-smaller"), QT_TRANSLATE_NOOP("Action", "Smaller notes"), keys({K::Key_Minus})},
        {Action::NotesDown, QStringLiteral("notes-down"), QT_TRANSLATE_NOOP("Action", "Scroll the notes down (when they do not fit)"),
         keys({shift | K::Key_Down})},
        {Action::NotesUp, QStringLiteral("notes-up"), QT_TRANSLATE_NOOP("Action", "Scroll the notes up"), keys({shift | K::Key_Up})},
        {Action::SwapScreens, QStringLiteral("swap-screens"), QT_TRANSLATE_NOOP("Action", "Swap the projector and console screens"),
         keys({K::Key_S})},
        {Action::Reveal, QStringLiteral("reveal"), QT_TRANSLATE_NOOP("Action", "Reveal the right answer"), keys({K::Key_R})},
        {Action::UndoPick, QStringLiteral("undo-pick"), QT_TRANSLATE_NOOP("Action", "Undo the last pick"),
         keys({K::Key_U, ctrl | K::Key_Z})},
        {Action::ReplaySegment, QStringLiteral("replay"), QT_TRANSLATE_NOOP("Action", "Replay the film segment from its start"),
         keys({ctrl | K::Key_R})},
        {Action::Subtitles, QStringLiteral("subtitles"), QT_TRANSLATE_NOOP("Action", "Film subtitles on or off"), keys({K::Key_C})},
        {Action::PauseFilm, QStringLiteral("pause-film"), QT_TRANSLATE_NOOP("Action", "Pause or resume the film"), keys({K::Key_K})},
        {Action::FilmBack, QStringLiteral("film-back"), QT_TRANSLATE_NOOP("Action", "Film back 10 seconds"), keys({K::Key_J})},
        {Action::VolumeUp, QStringLiteral("volume-up"), QT_TRANSLATE_NOOP("Action", "Film louder"), keys({ctrl | K::Key_Up})},
        {Action::VolumeDown, QStringLiteral("volume-down"), QT_TRANSLATE_NOOP("Action", "Film softer"), keys({ctrl | K::Key_Down})},
        {Action::Flipchart, QStringLiteral("flipchart"),
         QT_TRANSLATE_NOOP("Action", "Write the room's answers on the flip chart (flip-chart slides)"), keys({K::Key_F})},
        {Action::OpenLesson, QStringLiteral("open-lesson"),
         QT_TRANSLATE_NOOP("Action", "Open another lesson (on the summary slide, its choices come first)"), keys({K::Key_O})},
        {Action::UiLanguage, QStringLiteral("ui-language"),
         QT_TRANSLATE_NOOP("Action", "Console language: dansk, norsk, svenska, English (remembered)"), keys({K::Key_L})},
        {Action::Participation, QStringLiteral("participation"),
         QT_TRANSLATE_NOOP("Action", "The room answers from their phones: on or off (the room's Wi-Fi, nothing leaves it)"),
         keys({ctrl | K::Key_J})},
        {Action::RoomAddress, QStringLiteral("room-address"),
         QT_TRANSLATE_NOOP("Action", "Where the room's phones join: choose the network (remembered)"), keys({shift | K::Key_J})},
        {Action::PairRemote, QStringLiteral("pair-remote"),
         QT_TRANSLATE_NOOP("Action", "Pair a phone as your remote: its code on the console, never on the projector"),
         keys({ctrl | K::Key_P})},
        {Action::DropRemote, QStringLiteral("drop-remote"), QT_TRANSLATE_NOOP("Action", "Drop the paired remote"),
         keys({ctrl | shift | K::Key_P})},
        {Action::JoinCard, QStringLiteral("join-card"),
         QT_TRANSLATE_NOOP("Action", "The join card on the projector: QR code and room code"), keys({K::Key_I})},
        {Action::LockRoom, QStringLiteral("lock-room"),
         QT_TRANSLATE_NOOP("Action", "Close the room to new phones once everyone is in, or open it again"), keys({ctrl | K::Key_L})},
        {Action::Vote, QStringLiteral("vote"), QT_TRANSLATE_NOOP("Action", "Open or close the room's vote on this question"),
         keys({K::Key_V})},
        {Action::Distribution, QStringLiteral("distribution"),
         QT_TRANSLATE_NOOP("Action", "Show or hide the room's votes on the projector"), keys({shift | K::Key_V})},
        {Action::AcceptSuggestion, QStringLiteral("accept-suggestion"),
         QT_TRANSLATE_NOOP("Action", "Put the room's first suggestion on the flip chart"), keys({K::Key_A})},
        {Action::DropSuggestion, QStringLiteral("drop-suggestion"), QT_TRANSLATE_NOOP("Action", "Drop the room's first suggestion"),
         keys({shift | K::Key_A})},
        {Action::Pointer, QStringLiteral("pointer"),
         QT_TRANSLATE_NOOP("Action", "Pointer on the projector: the mouse over the slide moves it"), keys({K::Key_H})},
        {Action::Spotlight, QStringLiteral("spotlight"), QT_TRANSLATE_NOOP("Action", "Spotlight: all but the pointer's circle dimmed"),
         keys({shift | K::Key_H})},
        {Action::Pen, QStringLiteral("pen"), QT_TRANSLATE_NOOP("Action", "Pen: draw on the slide with the mouse, a tablet or touch"),
         keys({K::Key_D})},
        {Action::Highlighter, QStringLiteral("highlighter"), QT_TRANSLATE_NOOP("Action", "Highlighter"), keys({shift | K::Key_D})},
        {Action::Eraser, QStringLiteral("eraser"), QT_TRANSLATE_NOOP("Action", "Eraser: removes the stroke under it"), keys({K::Key_E})},
        {Action::UndoInk, QStringLiteral("undo-ink"), QT_TRANSLATE_NOOP("Action", "Undo the last stroke, erase or clear"),
         keys({shift | K::Key_U})},
        {Action::ClearInk, QStringLiteral("clear-ink"), QT_TRANSLATE_NOOP("Action", "Clear this slide's strokes"),
         keys({shift | K::Key_E})},
        {Action::InkColour, QStringLiteral("ink-colour"), QT_TRANSLATE_NOOP("Action", "Pen colour: red, blue, green, black"),
         keys({K::Key_X})},
        {Action::InkWidth, QStringLiteral("ink-width"), QT_TRANSLATE_NOOP("Action", "Pen width: thin, medium, thick"),
         keys({shift | K::Key_X})},
        {Action::Zoom, QStringLiteral("zoom"), QT_TRANSLATE_NOOP("Action", "Zoom in where the mouse is (the wheel zooms, a drag pans)"),
         keys({K::Key_Z})},
        {Action::MarkStop, QStringLiteral("mark"), QT_TRANSLATE_NOOP("Action", "Author mode: print the film's position as a stop point"),
         keys({K::Key_M})},
        {Action::EditStops, QStringLiteral("edit-stops"),
         QT_TRANSLATE_NOOP("Action", "Author mode: set, move and label the film's stop points on its timeline"), keys({shift | K::Key_M})},
        {Action::EditNotes, QStringLiteral("edit-notes"), QT_TRANSLATE_NOOP("Action", "Author mode: write this slide's notes"),
         keys({shift | K::Key_N})},
        {Action::EditQuestion, QStringLiteral("edit-question"),
         QT_TRANSLATE_NOOP("Action", "Author mode: write the question at this film stop (or edit this question)"),
         keys({shift | K::Key_Q})},
        {Action::MoveSlideEarlier, QStringLiteral("move-slide-earlier"),
         QT_TRANSLATE_NOOP("Action", "Author mode: move this slide one place earlier"), keys({alt | K::Key_Up})},
        {Action::MoveSlideLater, QStringLiteral("move-slide-later"),
         QT_TRANSLATE_NOOP("Action", "Author mode: move this slide one place later"), keys({alt | K::Key_Down})},
        {Action::DuplicateSlide, QStringLiteral("duplicate-slide"), QT_TRANSLATE_NOOP("Action", "Author mode: copy this slide"),
         keys({ctrl | shift | K::Key_D})},
        {Action::DeleteSlide, QStringLiteral("delete-slide"), QT_TRANSLATE_NOOP("Action", "Author mode: delete this slide"),
         keys({shift | K::Key_Delete})},
        {Action::RetitleSlide, QStringLiteral("retitle-slide"), QT_TRANSLATE_NOOP("Action", "Author mode: change this slide's title"),
         keys({K::Key_F2})},
        {Action::SplitSlide, QStringLiteral("split-slide"),
         QT_TRANSLATE_NOOP("Action", "Author mode: split this deck slide in two at the build step shown"), keys({ctrl | shift | K::Key_S})},
        {Action::UndoEdit, QStringLiteral("undo-edit"), QT_TRANSLATE_NOOP("Action", "Author mode: undo the last change to the lesson file"),
         keys({alt | K::Key_Backspace})},
        {Action::RedoEdit, QStringLiteral("redo-edit"), QT_TRANSLATE_NOOP("Action", "Author mode: redo the change undone last"),
         keys({alt | shift | K::Key_Backspace})},
    };
}
}  // namespace

bool forAuthors(Action action)
{
    return action >= Action::MarkStop && action <= Action::RedoEdit;
}

std::vector<Action> helpActions(bool authorMode)
{
    using A = Action;
    // What an author needs besides the edits: going through the lesson and its film, the help, and leaving.
    static const std::vector<Action> moving{A::Next,      A::Previous, A::First,         A::Last,        A::Overview,
                                            A::Help,      A::Escape,   A::Quit,          A::NotesLarger, A::NotesSmaller,
                                            A::PauseFilm, A::FilmBack, A::ReplaySegment, A::Reveal,      A::UndoPick};
    std::vector<Action> actions;
    for (const ActionInfo &info : actionTable())
        if (authorMode ? forAuthors(info.action) || std::find(moving.begin(), moving.end(), info.action) != moving.end()
                       : !forAuthors(info.action))
            actions.push_back(info.action);
    return actions;
}

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

QString actionDescription(const ActionInfo &info)
{
    return QCoreApplication::translate("Action", info.description);
}

std::optional<Action> actionByName(const QString &name)
{
    for (const ActionInfo &info : actionTable())
        if (info.name == name)
            return info.action;
    return std::nullopt;
}

}  // namespace stoppunkt
