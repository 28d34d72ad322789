// launch_link.cpp: parsing and building launch links (see launch_link.h).
#include "core/launch_link.h"

#include <algorithm>
#include <cctype>

#include "core/message_text.h"
#include "core/study_events.h"
#include "core/text_fold.h"

namespace study {

namespace {

// Parameters every link may carry; the rest belong to the chosen mode.
const char* const kCommonParameters[] = {"deck", "mode", "embed", "seed", "origin", "xapi"};

bool is_common(const std::string& name) {
    return std::find(std::begin(kCommonParameters), std::end(kCommonParameters), name) != std::end(kCommonParameters);
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// The host part of "scheme://host[:port][/...]" (brackets kept for IPv6).
std::string host_of(const std::string& address) {
    const std::size_t start = address.find("://");
    if (start == std::string::npos) return "";
    std::string rest = address.substr(start + 3);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    if (const std::size_t at = rest.rfind('@'); at != std::string::npos) rest = rest.substr(at + 1);
    if (!rest.empty() && rest[0] == '[') return rest.substr(0, rest.find(']') + 1);
    return rest.substr(0, rest.find(':'));
}

// "https://school.example:8443": a scheme, a host, an optional port, nothing else.
bool is_origin(const std::string& text) {
    const std::string value = lower(text);
    if (!starts_with(value, "https://") && !starts_with(value, "http://")) return false;
    const std::string rest = value.substr(value.find("://") + 3);
    if (rest.empty() || rest.find_first_of("/?#@ ") != std::string::npos) return false;
    return !host_of(value).empty();
}

// A value quoted in a message: “short excerpt”, always valid UTF-8.
std::string quoted(const std::string& value) {
    return "\xE2\x80\x9C" + message_excerpt(value) + "\xE2\x80\x9D";
}

bool parse_flag(const std::string& value, bool& flag) {
    if (value == "1" || value == "true" || value == "yes" || value.empty()) flag = true;
    else if (value == "0" || value == "false" || value == "no") flag = false;
    else return false;
    return true;
}

}  // namespace

const std::vector<std::string>& link_modes() {
    static const std::vector<std::string> modes = [] {
        std::vector<std::string> names;
        for (StudyMode mode : game_modes()) names.push_back(mode_name(mode));
        names.push_back(mode_name(StudyMode::review));  // a link can open Review too
        return names;
    }();
    return modes;
}

std::optional<std::string> percent_decode(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            const int high = hex_value(text[i + 1]), low = hex_value(text[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string percent_encode(const std::string& text) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == ',' || c == ':' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += digits[c >> 4];
            out += digits[c & 15];
        }
    }
    return out;
}

bool is_deck_address(const std::string& deck) {
    const std::string value = lower(deck);
    if (starts_with(value, "https://")) return !host_of(value).empty();
    if (!starts_with(value, "http://")) return false;
    const std::string host = host_of(value);
    return host == "localhost" || host == "127.0.0.1" || host == "[::1]";
}

LaunchLinkParse parse_launch_query(const std::string& query) {
    LaunchLinkParse result;
    std::string rest = !query.empty() && query[0] == '?' ? query.substr(1) : query;
    if (const std::size_t hash = rest.find('#'); hash != std::string::npos) rest.resize(hash);
    LaunchLink& link = result.link;
    std::size_t start = 0;
    while (start <= rest.size()) {
        std::size_t end = rest.find('&', start);
        if (end == std::string::npos) end = rest.size();
        const std::string pair = rest.substr(start, end - start);
        start = end + 1;
        if (pair.empty()) continue;
        const std::size_t equals = pair.find('=');
        const auto name = percent_decode(pair.substr(0, equals));
        const auto value = percent_decode(equals == std::string::npos ? "" : pair.substr(equals + 1));
        if (!name || !value) {
            result.problems.push_back({message_excerpt(pair), quoted(pair) + " is not a valid parameter (a % not followed by two hex digits)."});
            continue;
        }
        if (!is_valid_utf8(*name) || !is_valid_utf8(*value)) {
            result.empty = false;
            result.problems.push_back({message_excerpt(*name), quoted(pair) + " is not valid text (its %-escapes are not UTF-8); the parameter was ignored."});
            continue;
        }
        result.empty = false;
        if (*name == "deck") {
            link.deck = *value;
            if (value->empty()) result.problems.push_back({"deck", "The deck parameter is empty: give a deck id or the https address of a JSON deck."});
            else if (value->find("://") != std::string::npos && !is_deck_address(*value))
                result.problems.push_back({"deck", "A deck address must start with https:// (got " + quoted(*value) + ")."});
        } else if (*name == "mode") {
            link.mode = lower(*value);
            const auto& modes = link_modes();
            if (std::find(modes.begin(), modes.end(), link.mode) == modes.end())
                result.problems.push_back({"mode", "There is no mode " + quoted(*value) + ": use flashcards, matching, snowman, quiz or learn."});
        } else if (*name == "embed") {
            if (!parse_flag(*value, link.embed)) result.problems.push_back({"embed", "embed must be 1 or 0 (got " + quoted(*value) + ")."});
        } else if (*name == "xapi") {
            if (!parse_flag(*value, link.xapi)) result.problems.push_back({"xapi", "xapi must be 1 or 0 (got " + quoted(*value) + ")."});
        } else if (*name == "seed") {
            const bool digits = !value->empty() && value->size() <= 20 &&
                                std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; });
            unsigned long long seed = 0;
            bool fits = digits;
            for (char c : *value) {
                if (!fits) break;
                const unsigned long long digit = static_cast<unsigned long long>(c - '0');
                if (seed > (~0ull - digit) / 10) fits = false;
                else seed = seed * 10 + digit;
            }
            if (fits) link.seed = seed;
            else result.problems.push_back({"seed", "seed must be a whole number from 0 to 18446744073709551615 (got " + quoted(*value) + ")."});
        } else if (*name == "origin") {
            link.origin = *value;
            if (*value != "*" && !is_origin(*value))
                result.problems.push_back({"origin", "origin must be the address of the page that embeds the game, like https://school.example (got " + quoted(*value) + ")."});
        } else {
            link.options[*name] = *value;
        }
    }
    if (link.deck.empty() && (!link.mode.empty() || link.embed))
        result.problems.push_back({"deck", "The link names no deck: add deck=<deck id>."});
    return result;
}

std::string build_launch_query(const LaunchLink& link) {
    std::string query;
    const auto add = [&query](const std::string& name, const std::string& value) {
        if (!query.empty()) query += '&';
        query += percent_encode(name) + '=' + percent_encode(value);
    };
    add("deck", link.deck);
    if (!link.mode.empty()) add("mode", link.mode);
    for (const auto& [name, value] : link.options) {
        if (!is_common(name)) add(name, value);
    }
    if (link.seed) add("seed", std::to_string(*link.seed));
    if (link.embed) add("embed", "1");
    if (!link.origin.empty()) add("origin", link.origin);
    if (link.xapi) add("xapi", "1");
    return query;
}

}  // namespace study
