// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace stoppunkt {

/// How much a phone may send: the server refuses anything larger before parsing it.
struct RoomLimits {
    qsizetype maxMessageBytes = 4096;
    int maxNicknameCharacters = 24;
    int maxSuggestionCharacters = 200;
    int maxClients = 250;  ///< phones in the room at once: connected, or gone for less than the grace period
    /// Places one address may hold, connected or in their grace period: each phone in a classroom has its own
    /// address on the room's network, and one that lost its token and joins again holds two for a while. One
    /// device cannot fill the room with throw-away joins.
    int maxPlacesPerAddress = 3;
    /// Phones the ballot keeps (with their votes) over the whole session, present or not.
    int maxPhonesKept = 2000;
    /// Connections from one address, joined or not: a classroom phone needs one, a reconnect briefly two.
    int maxConnectionsPerAddress = 4;
    /// Connections that have not joined yet, from all addresses; past it the oldest waiting one is closed. More
    /// than a full room, so a whole room scanning the card at once never pushes one of its own phones out.
    int maxWaitingConnections = 256;
    /// A connection must join (or resume) by then, or it is closed: waiting holds no place.
    int joinDeadlineMs = 5'000;
    /// A joined phone whose connection closed keeps its place this long (a Wi-Fi drop), then gives it back.
    /// Its vote stays counted, and it can come back with its token at any time.
    int placeGraceMs = 60'000;
    double messagesPerSecond = 4;
    double messageBurst = 8;
    /// A connection must have become a WebSocket by then (or be done with its page): slow senders are cut.
    int httpDeadlineMs = 10'000;
    /// A connection to the remote's socket must have paired (or resumed) by then, or it is closed: a phone
    /// pairs at once, and connections that only wait cannot fill the remote's few places.
    int remotePairDeadlineMs = 10'000;
    /// Connections to the remote's socket not yet paired, from one address.
    int remoteWaitingPerAddress = 2;
};

/// HTTP's status codes, which the room reuses in its refusals so a page and a log read them alike.
enum class RoomStatus {
    Ok = 200,
    BadRequest = 400,  ///< malformed JSON, a missing or wrong key
    Unauthorized = 401,  ///< no valid token
    Forbidden = 403,  ///< the wrong room code
    Conflict = 409,  ///< the vote is closed, or this vote is already counted
    Gone = 410,  ///< the remote's pairing code was used or has expired
    PayloadTooLarge = 413,
    Locked = 423,  ///< the facilitator closed the room to new phones
    TooManyRequests = 429,  ///< the client sends too fast, or tries codes too fast
    Unavailable = 503,  ///< the room is full
};

}  // namespace stoppunkt
