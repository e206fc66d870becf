// SPDX-License-Identifier: MIT
// The session record's format, named in one place: every key and event type that the record writes and reads.
#pragma once

#include <QString>

namespace stoppunkt::recordformat {

inline constexpr int kVersion = 1;

/// Keys of the record document, its state and its events. Only recordcodec uses them: everything else reads
/// and writes the typed RecordDocument and SessionEvent.
namespace key {
// The document
inline const QString format = QStringLiteral("format");
inline const QString lesson = QStringLiteral("lesson");  ///< {id, title, file}; in a next-lesson event, its id
inline const QString id = QStringLiteral("id");
inline const QString title = QStringLiteral("title");
inline const QString file = QStringLiteral("file");
inline const QString started = QStringLiteral("started");
inline const QString updated = QStringLiteral("updated");
inline const QString ended = QStringLiteral("ended");
inline const QString timer = QStringLiteral("timer");  ///< {elapsedMs, running}
inline const QString elapsedMs = QStringLiteral("elapsedMs");
inline const QString running = QStringLiteral("running");
inline const QString state = QStringLiteral("state");
inline const QString events = QStringLiteral("events");
// The state: what resuming needs
inline const QString slide = QStringLiteral("slide");  ///< a slide's index; in events too
inline const QString build = QStringLiteral("build");
inline const QString film = QStringLiteral("film");  ///< the film phase, by name
inline const QString blank = QStringLiteral("blank");
inline const QString questions = QStringLiteral("questions");  ///< {"<slide index>": {picks, revealed}}
inline const QString picks = QStringLiteral("picks");
inline const QString revealed = QStringLiteral("revealed");
inline const QString flipcharts = QStringLiteral("flipcharts");  ///< {"<slide index>": ["entry", …]}
inline const QString slideKeys = QStringLiteral("slideKeys");  ///< {"<slide index>": "<Lesson::slideKey>"}
inline const QString ink = QStringLiteral("ink");  ///< {"<slide index>": [stroke, …]}
// A stroke, in the state and in an ink-stroke event
inline const QString highlighter = QStringLiteral("highlighter");  ///< true for the highlighter's strokes
inline const QString colour = QStringLiteral("colour");  ///< red, blue, green or black
inline const QString width = QStringLiteral("width");  ///< thin, medium or thick
inline const QString points = QStringLiteral("points");  ///< [x, y, pressure, x, y, pressure, …] on the slide, 0..1
inline const QString stroke = QStringLiteral("stroke");  ///< in an ink-erase event: the erased stroke's number, 0 first
inline const QString strokes = QStringLiteral("strokes");  ///< in ink-undo and ink-clear: how many strokes the slide keeps after it
// Events
inline const QString type = QStringLiteral("type");
inline const QString time = QStringLiteral("t");
inline const QString ms = QStringLiteral("ms");  ///< since the session started
inline const QString slideKey = QStringLiteral("slideKey");
inline const QString forward = QStringLiteral("forward");
inline const QString plannedMs = QStringLiteral("plannedMs");  ///< in a slide event: the time the lesson planned for it
inline const QString shown = QStringLiteral("shown");  ///< in a subtitles event: on or off
inline const QString run = QStringLiteral("run");
inline const QString option = QStringLiteral("option");
inline const QString right = QStringLiteral("right");
inline const QString mode = QStringLiteral("mode");
inline const QString entry = QStringLiteral("entry");
inline const QString text = QStringLiteral("text");
// The room's vote on a question, recorded when it closes
inline const QString question = QStringLiteral("question");  ///< the question's slide key
inline const QString tally = QStringLiteral("tally");  ///< votes per option, option 1 first
inline const QString voters = QStringLiteral("voters");
inline const QString joined = QStringLiteral("joined");
}  // namespace key

/// Event types, in the order a session meets them.
namespace event {
inline const QString start = QStringLiteral("start");
inline const QString resumed = QStringLiteral("continue");  ///< the record of an interrupted session goes on
inline const QString resume = QStringLiteral("resume");  ///< the session took the record's state
inline const QString slide = QStringLiteral("slide");
inline const QString build = QStringLiteral("build");
inline const QString filmStart = QStringLiteral("film-start");
inline const QString filmStop = QStringLiteral("film-stop");
inline const QString filmEnd = QStringLiteral("film-end");
inline const QString filmSkip = QStringLiteral("film-skip");
inline const QString filmReplay = QStringLiteral("film-replay");
inline const QString subtitles = QStringLiteral("subtitles");
inline const QString pick = QStringLiteral("pick");
inline const QString undo = QStringLiteral("undo");
inline const QString reveal = QStringLiteral("reveal");
inline const QString unreveal = QStringLiteral("unreveal");
inline const QString blank = QStringLiteral("blank");
inline const QString roomVote = QStringLiteral("room-vote");  ///< the room's phones voted on a question
inline const QString roomSuggestion = QStringLiteral("room-suggestion");  ///< a phone suggested a flip-chart entry
inline const QString flipchartAdd = QStringLiteral("flipchart-add");
inline const QString flipchartEdit = QStringLiteral("flipchart-edit");
inline const QString flipchartRemove = QStringLiteral("flipchart-remove");
inline const QString inkStroke = QStringLiteral("ink-stroke");  ///< the facilitator drew a stroke (the stroke's keys)
inline const QString inkErase = QStringLiteral("ink-erase");
inline const QString inkUndo = QStringLiteral("ink-undo");
inline const QString inkClear = QStringLiteral("ink-clear");
inline const QString reload = QStringLiteral("reload");
inline const QString nextLesson = QStringLiteral("next-lesson");
inline const QString timer = QStringLiteral("timer");
inline const QString end = QStringLiteral("end");
}  // namespace event

/// Names of the film phases and blank modes in the state and in events.
namespace value {
inline const QString idle = QStringLiteral("idle");
inline const QString playing = QStringLiteral("playing");
inline const QString atStop = QStringLiteral("at-stop");
inline const QString filmEnded = QStringLiteral("ended");
inline const QString none = QStringLiteral("none");
inline const QString black = QStringLiteral("black");
inline const QString white = QStringLiteral("white");
inline const QString red = QStringLiteral("red");
inline const QString blue = QStringLiteral("blue");
inline const QString green = QStringLiteral("green");
inline const QString thin = QStringLiteral("thin");
inline const QString medium = QStringLiteral("medium");
inline const QString thick = QStringLiteral("thick");
}  // namespace value

}  // namespace stoppunkt::recordformat
