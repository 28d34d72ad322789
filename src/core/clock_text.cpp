// clock_text.cpp: time as text (see clock_text.h).
#include "core/clock_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace study {

std::string format_clock(double seconds) {
    const long total = static_cast<long>(std::max(0.0, seconds));
    char text[32];
    if (total >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

std::string format_clock_tenths(double seconds) {
    const long tenths = static_cast<long>(std::floor(std::max(0.0, seconds) * 10.0));
    char text[32];
    std::snprintf(text, sizeof text, "%ld:%02ld.%ld", tenths / 600, tenths / 10 % 60, tenths % 10);
    return text;
}

}  // namespace study
