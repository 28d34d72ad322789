// local_time.cpp: the wall clock and the time zone (see local_time.h).
#include "ui/local_time.h"

#include <chrono>
#include <ctime>

namespace study::ui {

std::int64_t wall_clock_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

// The web build's is in platform/host_web.cpp: the browser's Date gives the offset itself,
// and the C library's localtime/gmtime/mktime (and emscripten's JavaScript behind them,
// 0.7 KiB brotli in all) stay out of the download.
#ifndef __EMSCRIPTEN__
int local_utc_offset_minutes() {
    const std::time_t now = std::time(nullptr);
    std::tm local = *std::localtime(&now);
    std::tm utc = *std::gmtime(&now);
    local.tm_isdst = 0;  // both read as standard time: the difference is the whole offset
    utc.tm_isdst = 0;
    return static_cast<int>(std::difftime(std::mktime(&local), std::mktime(&utc)) / 60.0);
}
#endif

}  // namespace study::ui
