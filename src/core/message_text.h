// message_text.h: untrusted text made safe to put in a message a person reads (and that
// may be sent on as JSON): valid UTF-8, one line, and short. No value from a file, a link
// or a paste is ever quoted whole.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace study {

// Longest excerpt quoted in a message, in characters.
constexpr std::size_t kMessageExcerptChars = 40;

// `text` as valid UTF-8 (bad bytes become U+FFFD), control characters and line breaks as
// spaces, cut to `max_chars` characters with "…" at the end when it was longer.
std::string message_excerpt(std::string_view text, std::size_t max_chars = kMessageExcerptChars);

// What a JSON value is, for a message, without walking into it: "\"abc\"" (cut short),
// "2", "true", "null", "a list of 3 items", "an object with 2 fields".
std::string describe_json_value(const nlohmann::json& value);

}  // namespace study
