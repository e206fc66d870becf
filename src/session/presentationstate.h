// SPDX-License-Identifier: MIT
#pragma once

#include "session/ink.h"
#include "session/roomslide.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace stoppunkt {

enum class FilmPhase { Idle, Playing, AtStop, Ended };
enum class QuestionPhase { None, Discussing, Revealed };
enum class Blank { None, Black, White };

/// The picks made on one question, kept when the facilitator leaves the slide and comes back.
struct QuestionRecord {
    std::vector<int> picks;  ///< 1-based options, in the order the group proposed them
    bool revealedByFacilitator = false;

    bool operator==(const QuestionRecord &other) const = default;
};

/// What the film player reports, kept by the session so both windows read one copy: whether the film can
/// play (and why not), and where it is.
struct FilmStatus {
    QString problem;  ///< why the film cannot play (its path and the player's error); empty when it can
    bool loaded = false;  ///< the player has the film open
    bool paused = true;
    qint64 positionMs = -1;  ///< -1 when unknown
    qint64 durationMs = -1;  ///< the film's real length; -1 until the player knows it

    bool available() const { return problem.isEmpty(); }
    bool operator==(const FilmStatus &other) const = default;
};

/// The room's phones, as the room server reports them, kept by the session so both windows read one copy.
struct ParticipationState {
    bool on = false;
    QString address;  ///< what a phone opens: "http://192.168.1.20:8471"
    QString roomCode;  ///< the 4 digits on the join card
    QString joinSecret;  ///< the join card's long secret, in its QR code: scanning joins without typing
    int joined = 0;  ///< phones that joined over the session (their votes are kept)
    int connected = 0;  ///< phones connected now
    bool locked = false;  ///< closed to new phones by the facilitator
    bool typedJoinsPaused = false;  ///< too many wrong typed codes: typing pauses for a while, scanning still works
    bool voteOpen = false;
    QString voteQuestion;  ///< the slide key of the question voted on last
    std::vector<int> tally;  ///< votes per option on that question
    int voters = 0;
    /// Flip-chart suggestions from phones, waiting for the facilitator; none reaches the projector alone.
    QStringList suggestions;
    /// The facilitator's phone remote: the paired phone's name ("Android · Chrome"), empty when none is
    /// paired; and, while the console shows the pairing code, the address in it (with its one-time secret).
    /// The console alone shows these: the room's view never carries them.
    bool remotePaired = false;
    QString remoteDevice;
    QString pairingUrl;

    /// The room voted (or votes) on the question with this slide key (the lesson's, hence a std::string).
    bool votedOn(const std::string &slideKey) const
    {
        return on && !voteQuestion.isEmpty() && voteQuestion == QString::fromStdString(slideKey);
    }

    bool operator==(const ParticipationState &other) const = default;
};

/// Everything the room may see, derived from the session, compared whole. The slide is its public part only
/// (RoomSlide): no notes, no talking points, no feedback on options not picked, and answer 0 until it is
/// picked or revealed.
/// The facilitator's pointer on the projector: off, a red dot, or a spotlight that dims all but a circle
/// around it.
enum class PointerTool { Off, Dot, Spotlight };

/// The pointer as the room sees it, on the slide: from its top left (0, 0) to its bottom right (1, 1), so it
/// does not depend on any window's size. The tool is Off while the pointer is put away or idle.
struct RoomPointer {
    PointerTool tool = PointerTool::Off;
    double x = 0.5;
    double y = 0.5;

    bool shown() const { return tool != PointerTool::Off; }
    bool operator==(const RoomPointer &other) const = default;
};

/// The part of the slide that fills the screen while the facilitator zooms: its top left and its size, as
/// shares of the slide's width and height (the part keeps the slide's aspect). Size 1 is the whole slide.
struct RoomZoom {
    double left = 0;
    double top = 0;
    double size = 1;

    bool zoomed() const { return size < 1; }
    /// Where a point of the screen (0..1 across the shown part) is on the slide.
    double slideX(double u) const { return left + u * size; }
    double slideY(double v) const { return top + v * size; }
    bool operator==(const RoomZoom &other) const = default;
};

struct AudienceView {
    int slideIndex = 0;
    int buildStep = 0;
    Blank blank = Blank::None;
    FilmPhase filmPhase = FilmPhase::Idle;
    QuestionPhase questionPhase = QuestionPhase::None;
    std::vector<int> picks;
    /// The room's answers on a flip-chart slide, as the facilitator typed them.
    QStringList flipchart;
    RoomSlide slide;
    /// The join card instead of the slide: where to open the page, and the room code.
    bool joinCard = false;
    QString joinAddress;
    QString roomCode;
    QString joinSecret;
    /// The room's votes on this question, shown as a bar chart when the facilitator chooses (else empty).
    std::vector<int> distribution;
    /// The facilitator's pointer over the slide, while she moves it.
    RoomPointer pointer;
    /// The facilitator's strokes on this slide; none while the film plays.
    SlideInk ink;
    /// The stroke being drawn now, shown as it grows.
    std::optional<InkStroke> stroke;
    /// The part of the slide that fills the screen (the whole slide unless she zooms).
    RoomZoom zoom;

    bool operator==(const AudienceView &other) const = default;
};

}  // namespace stoppunkt
