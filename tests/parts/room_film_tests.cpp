// SPDX-License-Identifier: MIT
// The room's presence and the film's state as parts of their own.
#include "session/filmstate.h"
#include "session/roompresence.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

TEST_CASE("the room's presence: the join card needs the phones on, the chart a vote here, and a vote that closes is an event")
{
    RoomPresence room;
    CHECK_FALSE(room.toggleJoinCard());
    ParticipationState on;
    on.on = true;
    on.voteOpen = true;
    on.voteQuestion = QStringLiteral("film-1");
    on.tally = {1, 0, 3, 0};
    on.voters = 4;
    CHECK_FALSE(room.update(on));  // a vote opens: nothing to record yet
    CHECK(room.toggleJoinCard());
    CHECK(room.joinCardUp());
    CHECK_FALSE(room.toggleDistribution("film-2"));  // no vote there
    CHECK(room.toggleDistribution("film-1"));
    CHECK(room.distributionOn("film-1") == std::vector<int>{1, 0, 3, 0});
    CHECK(room.distributionOn("film-2").empty());

    ParticipationState closed = on;
    closed.voteOpen = false;
    const auto vote = room.update(closed);
    REQUIRE(vote);
    CHECK(vote->type == EventType::RoomVote);
    CHECK(vote->question == QStringLiteral("film-1"));
    CHECK(vote->voters == 4);
    room.update(ParticipationState{});  // the phones go off: nothing of them stays on the projector
    CHECK_FALSE(room.joinCardUp());
    CHECK_FALSE(room.joinCardShown());
    CHECK_FALSE(room.distributionShown());
}

TEST_CASE("the film's state: each start is a new run, and only the run playing counts for the player's reports")
{
    FilmState film;
    CHECK_FALSE(film.playing(0));
    film.start();
    CHECK(film.phase() == FilmPhase::Playing);
    CHECK(film.playing(1));
    film.setPhase(FilmPhase::AtStop);
    CHECK_FALSE(film.playing(1));
    film.setPhase(FilmPhase::Playing);  // as a resume does: the segment replays in a new run
    CHECK(film.run() == 2);
    CHECK_FALSE(film.playing(1));
    CHECK(film.setProblem(QStringLiteral("missing")));
    CHECK_FALSE(film.setProblem(QStringLiteral("missing")));
    CHECK_FALSE(film.status().available());
    CHECK(film.setProgress(true, false, 1000, 60000));
    CHECK_FALSE(film.setProgress(true, false, 1000, 60000));
    film.forgetStatus();
    CHECK(film.status().available());
    CHECK(film.status().positionMs == -1);
}
