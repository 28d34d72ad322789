// launch_link.h: the link that opens Study Arcade on one deck and mode (URL parameters of
// the web page, --link on the desktop): parsing with plain messages for every bad
// parameter, and building the link back (the Embed / share dialog). The parameters are
// documented in docs/embedding.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace study {

// One problem with one parameter, in words a teacher understands.
struct LinkProblem {
    std::string parameter;
    std::string message;
};

struct LaunchLink {
    std::string deck;                   // a deck id, or an http(s) address of a JSON deck
    std::string mode;                   // "" (the deck's card list), flashcards, matching, snowman, quiz, learn
    bool embed = false;                 // compact view without the home screen
    std::optional<std::uint64_t> seed;  // replays the same game
    std::string origin;                 // the page allowed to receive results ("" = none, "*" = any)
    bool xapi = false;                  // also post xAPI statements in H5P's envelope (to origin)
    std::map<std::string, std::string> options;  // the mode's own parameters (validated by the mode)
};

struct LaunchLinkParse {
    LaunchLink link;
    std::vector<LinkProblem> problems;
    bool empty = true;  // no parameter at all: the normal home screen
};

// The game modes a link can name, in the order the app shows them.
const std::vector<std::string>& link_modes();

// Parses a query string ("deck=...&mode=quiz", with or without the leading "?").
LaunchLinkParse parse_launch_query(const std::string& query);

// The query string for `link` (parameters percent-encoded, without the leading "?").
std::string build_launch_query(const LaunchLink& link);

// True for an address a deck may be fetched from: https, or http on this machine.
bool is_deck_address(const std::string& deck);

// Percent-decoding of one query component ('+' is a space); nullopt when malformed.
std::optional<std::string> percent_decode(const std::string& text);
std::string percent_encode(const std::string& text);

}  // namespace study
