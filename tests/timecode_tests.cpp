// SPDX-License-Identifier: MIT
#include "lesson/timecode.h"

#include <catch2/catch.hpp>

using namespace stoppunkt;

TEST_CASE("timecodes parse seconds, minutes and hours with up to three decimals")
{
    CHECK(parseTimecode("00:41.520") == 41520);
    CHECK(parseTimecode("1:02.5") == 62500);
    CHECK(parseTimecode("12") == 12000);
    CHECK(parseTimecode("7.04") == 7040);
    CHECK(parseTimecode("1:00:00.001") == 3600001);
    CHECK(parseTimecode("00:00") == 0);
}

TEST_CASE("malformed timecodes are refused")
{
    for (const char *bad : {"", "abc", "1:60", "1:5", "00:10.1234", "00:10.", ".5", "1:2:3:4", "-1", "00:-1", "1e3", " 10", "10 ", "00:1a"})
        CHECK_FALSE(parseTimecode(bad).has_value());
}

TEST_CASE("timecodes format as mm:ss.fff and grow hours past an hour")
{
    CHECK(formatTimecode(41520) == "00:41.520");
    CHECK(formatTimecode(0) == "00:00.000");
    CHECK(formatTimecode(3723004) == "1:02:03.004");
    CHECK(formatTimecode(-5) == "00:00.000");
    for (std::int64_t ms : {0, 1, 999, 59999, 60000, 3599999})
        CHECK(parseTimecode(formatTimecode(ms)) == ms);
}
