// SPDX-License-Identifier: MIT
#pragma once

// The room's wire protocol in one place: the names of the messages between the server and the trainees'
// phones, and their keys. Every message is one JSON object with a "type". docs/room.md describes them.

namespace stoppunkt::roomwire {

// From a phone.
inline constexpr char kJoin[] = "join";  ///< {room or secret, nickname?}: the typed code, or the QR code's secret
inline constexpr char kResume[] = "resume";  ///< {token}: a phone that had joined, back after a drop
inline constexpr char kVote[] = "vote";  ///< {token, question, option}
inline constexpr char kSuggest[] = "suggest";  ///< {token, text}: for the flip chart, to the console's queue

// To a phone.
inline constexpr char kWelcome[] = "welcome";  ///< {token, nickname}
inline constexpr char kView[] = "view";  ///< what the phone shows now (phoneview.h), with its own vote
inline constexpr char kAccepted[] = "accepted";  ///< {what}: a vote or suggestion was taken
inline constexpr char kRefused[] = "refused";  ///< {status, reason}: nothing changed

// Keys.
inline constexpr char kType[] = "type";
inline constexpr char kRoom[] = "room";
inline constexpr char kSecret[] = "secret";  ///< join: the join card's long secret, in place of the typed code
inline constexpr char kNickname[] = "nickname";
inline constexpr char kToken[] = "token";
inline constexpr char kQuestion[] = "question";
inline constexpr char kOption[] = "option";
inline constexpr char kText[] = "text";
inline constexpr char kStatus[] = "status";
inline constexpr char kReason[] = "reason";
inline constexpr char kWhat[] = "what";

// The view's keys (phoneview.cpp):
// {flipchart, topic?, question?: {key, prompt, options, open, picked, right?, yours?}}.
inline constexpr char kFlipchart[] = "flipchart";  ///< the slide takes suggestions for the flip chart
inline constexpr char kTopic[] = "topic";  ///< on a flip-chart slide: what the room answers (its prompt, or title)
inline constexpr char kKey[] = "key";  ///< the question's slide key, which a vote names
inline constexpr char kPrompt[] = "prompt";
inline constexpr char kOptions[] = "options";
inline constexpr char kOpen[] = "open";  ///< the vote is open
inline constexpr char kPicked[] = "picked";  ///< the group's wrong picks, crossed out on the projector too
inline constexpr char kRight[] = "right";  ///< the right option, only once it is revealed
inline constexpr char kYours[] = "yours";  ///< this phone's own vote

}  // namespace stoppunkt::roomwire
