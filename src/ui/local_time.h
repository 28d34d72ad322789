// local_time.h: the wall clock and the student's time zone, read in one place for the
// screens that show dates (past games, stats); core takes both as plain numbers.
#pragma once

#include <cstdint>

namespace study::ui {

// Milliseconds since 1970-01-01 UTC now.
std::int64_t wall_clock_now_ms();

// The student's time zone now, in minutes east of UTC (the browser's, on the web).
int local_utc_offset_minutes();

}  // namespace study::ui
