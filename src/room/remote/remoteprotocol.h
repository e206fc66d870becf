// SPDX-License-Identifier: MIT
#pragma once

// The remote's wire protocol in one place: the messages between the server and the facilitator's paired
// phone on /remote, and their keys. Every message is one JSON object with a "type". docs/remote.md
// describes them.

namespace stoppunkt::remotewire {

// From the remote.
inline constexpr char kPair[] = "pair";  ///< {secret, device?}: the one-time secret from the console's QR code
inline constexpr char kResume[] = "resume";  ///< {token}: the paired remote, back after a drop
inline constexpr char kCommand[] = "command";  ///< {token, id, action, option?}: one named action
inline constexpr char kPoint[] = "point";  ///< {token, x, y}: the finger on the slide's picture (0..1); no reply

// To the remote.
inline constexpr char kPaired[] = "paired";  ///< {token, device}
inline constexpr char kConsole[] = "console";  ///< the console's view (remoteview.h)
inline constexpr char kDone[] = "done";  ///< {id, applied}: applied false when the id was applied before
inline constexpr char kRefused[] = "refused";  ///< {status, reason, id?}: nothing changed
inline constexpr char kDropped[] = "dropped";  ///< the facilitator dropped this remote, or paired another

// Keys.
inline constexpr char kType[] = "type";
inline constexpr char kSecret[] = "secret";
inline constexpr char kDevice[] = "device";
inline constexpr char kToken[] = "token";
inline constexpr char kId[] = "id";
inline constexpr char kAction[] = "action";
inline constexpr char kOption[] = "option";
inline constexpr char kApplied[] = "applied";
inline constexpr char kStatus[] = "status";
inline constexpr char kX[] = "x";
inline constexpr char kY[] = "y";
inline constexpr char kPicture[] = "picture";  ///< in the console's view: the slide as the room sees it, a JPEG data URL
inline constexpr char kReason[] = "reason";

/// The pick command's name: an option, as the digit keys pick one at a question.
inline constexpr char kPickAction[] = "pick";

}  // namespace stoppunkt::remotewire
