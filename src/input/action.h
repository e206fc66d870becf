// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace stoppunkt {

/// Every command the facilitator can give, by keyboard, clicker or mouse.
enum class Action {
    Next,
    Previous,
    First,
    Last,
    BlackScreen,
    WhiteScreen,
    StartResume,
    Escape,
    Quit,
    ToggleTimer,
    ResetTimer,
    Overview,
    Help,
    NotesLarger,
    NotesSmaller,
    NotesDown,
    NotesUp,
    SwapScreens,
    Reveal,
    UndoPick,
    ReplaySegment,
    Subtitles,
    PauseFilm,
    FilmBack,
    VolumeUp,
    VolumeDown,
    MarkStop,
    EditStops,
    EditNotes,
    EditQuestion,
    MoveSlideEarlier,
    MoveSlideLater,
    DuplicateSlide,
    DeleteSlide,
    RetitleSlide,
    SplitSlide,
    UndoEdit,
    RedoEdit,
    Flipchart,
    OpenLesson,
    UiLanguage,
    Participation,
    RoomAddress,
    PairRemote,
    DropRemote,
    JoinCard,
    LockRoom,
    Vote,
    Distribution,
    AcceptSuggestion,
    DropSuggestion,
    Pointer,
    Spotlight,
    Pen,
    Highlighter,
    Eraser,
    UndoInk,
    ClearInk,
    InkColour,
    InkWidth,
    Zoom,
};

/// One row of the action table: the name used in keys.json, what it does, and its default keys.
struct ActionInfo {
    Action action;
    QString name;
    const char *description;  ///< English; actionDescription() gives it in the UI language
    QList<QKeySequence> defaultKeys;
};

/// The one table of actions; its order is the order of the help overlay.
const std::vector<ActionInfo> &actionTable();
const ActionInfo &actionInfo(Action action);
/// An author mode action (stop points, notes, questions, slides, their undo): the console's help lists them
/// only in author mode.
bool forAuthors(Action action);
/// The actions the help overlay lists: the facilitator's, or in author mode the author's with the keys that
/// move through the lesson and its film.
std::vector<Action> helpActions(bool authorMode);
/// What the action does, in the UI language of the moment.
QString actionDescription(const ActionInfo &info);
std::optional<Action> actionByName(const QString &name);

}  // namespace stoppunkt
