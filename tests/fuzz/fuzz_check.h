// fuzz_check.h: what every harness in tests/fuzz checks besides "no crash, no leak, no
// sanitizer report": invariants that must hold for any input. A broken one prints what
// broke and abort()s, so libFuzzer keeps the input as a crash file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

#include "core/deck_export.h"
#include "core/deck_loader.h"
#include "core/text_fold.h"

namespace fuzz {

// `text` with bytes outside printable ASCII as \xNN, cut to `limit` bytes.
inline std::string printable(std::string_view text, std::size_t limit = 300) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02X", c);
            out += hex;
        }
    }
    if (text.size() > limit) out += "...";
    return out;
}

[[noreturn]] inline void fail(const char* what, std::string_view detail = {}) {
    std::fprintf(stderr, "\nINVARIANT BROKEN: %s\n  %s\n", what, printable(detail).c_str());
    std::abort();
}

inline void check(bool ok, const char* what, std::string_view detail = {}) {
    if (!ok) fail(what, detail);
}

inline void check_utf8(std::string_view text, const char* what) {
    check(study::is_valid_utf8(text), what, text);
}

// A deck load or import result: every problem readable (valid UTF-8, as the UI sends it
// on as JSON), a rejected deck says why, a loaded deck has usable cards with unique ids,
// and exporting it as JSON and loading that again gives the same cards.
inline void check_deck_result(const study::DeckLoadResult& result) {
    bool rejected = false;
    for (const study::DeckProblem& problem : result.problems) {
        check_utf8(problem.to_text(), "a deck problem's text is valid UTF-8");
        check_utf8(problem.message, "a deck problem's message is valid UTF-8");
        check_utf8(problem.field, "a deck problem's field is valid UTF-8");
        check_utf8(problem.card_id, "a deck problem's card id is valid UTF-8");
        rejected = rejected || problem.severity == study::ProblemSeverity::rejected_deck;
    }
    if (!result.deck) {
        check(rejected, "a rejected deck has a rejected_deck problem");
        return;
    }
    const study::Deck& deck = *result.deck;
    check(!deck.cards.empty(), "a loaded deck has cards");
    check_utf8(deck.title, "the deck title is valid UTF-8");
    check_utf8(deck.id, "the deck id is valid UTF-8");
    std::set<std::string> ids;
    for (const study::Card& card : deck.cards) {
        check(!card.id.empty() && ids.insert(card.id).second, "card ids are non-empty and unique", card.id);
        check(!card.term.empty() && !card.definition.empty(), "cards have a term and a definition", card.id);
        check_utf8(card.term, "a card term is valid UTF-8");
        check_utf8(card.definition, "a card definition is valid UTF-8");
    }
    const std::string exported = study::export_deck_json(deck, -1);
    const study::DeckLoadResult again = study::parse_deck_json(exported, "round-trip.json");
    check(again.deck.has_value(), "an exported deck loads again", exported);
    check(again.deck->cards.size() == deck.cards.size(), "an exported deck keeps its number of cards", exported);
    for (std::size_t i = 0; i < deck.cards.size(); ++i) {
        const study::Card &a = deck.cards[i], &b = again.deck->cards[i];
        check(a.id == b.id && a.term == b.term && a.definition == b.definition && a.is_statement == b.is_statement &&
                  a.statement_is_true == b.statement_is_true,
              "an exported deck gives back the same cards", a.id + " | " + a.term + " | " + a.definition);
    }
}

}  // namespace fuzz
