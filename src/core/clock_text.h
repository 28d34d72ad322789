// clock_text.h: how the game writes a time on screen and in messages, in one place:
// "m:ss" (or "h:mm:ss") for running clocks, "m:ss.t" where tenths matter (Matching).
#pragma once

#include <string>

namespace study {

// "0:07", "12:30", "1:02:03" (negative times read as 0).
std::string format_clock(double seconds);

// "0:07.3", "1:02.0": minutes, seconds and tenths (rounded down).
std::string format_clock_tenths(double seconds);

}  // namespace study
