// deck.h: the data model of a study deck (cards with a term and a definition, or
// true/false statements), shared by every game mode. Plain data, no I/O.
#pragma once

#include <string>
#include <vector>

namespace study {

// One card. A statement card holds the statement in `term` and "True"/"False" in
// `definition`, so that lists and flashcards show it naturally.
struct Card {
    std::string id;           // stable id, unique in its deck (progress is saved against it)
    std::string term;         // the term, or the statement's text
    std::string definition;   // the definition ("\n" is a line break), or "True"/"False"
    bool is_statement = false;
    bool statement_is_true = true;  // meaningful only when is_statement
};

// Where a deck comes from, as its source page gives it (fields may be empty).
struct DeckSource {
    std::string site;
    std::string author;
    std::string page;
};

// How a new version of a deck differs from the old one, card by card (by id).
struct DeckChanges {
    int added = 0;      // ids only the new version has
    int removed = 0;    // ids only the old version has
    int changed = 0;    // same id, different text
    int unchanged = 0;
};

struct Deck;
DeckChanges compare_decks(const Deck& before, const Deck& after);

struct Deck {
    std::string id;         // slug, unique in the library
    std::string title;
    DeckSource source;
    std::string language;   // BCP 47 tag of the cards' text ("es", "fr-CA"); "" = English
    std::vector<Card> cards;
    std::string file_path;  // where it was loaded from (empty for decks built in memory)
    bool is_user_deck = false;  // imported by the user: kept in their storage, can be deleted
    // Known from the web build's deck index only (core/deck_outline.h): the cards have
    // their ids and kinds but no text until the deck's file has been fetched.
    bool is_outline = false;

    // Number of cards whose answer is a term (not a true/false statement).
    int pair_count() const;
    // Number of true/false statements.
    int statement_count() const;
    // "StudyStack · mkale", or whichever parts the source gives ("" when none).
    std::string source_line() const;
    // The language to read the cards aloud in: `language`, or "en" when the deck gives none.
    std::string speech_language() const { return language.empty() ? "en" : language; }
};

// True when `tag` looks like a BCP 47 language tag: a 2-3 letter language, then subtags
// of 1-8 letters or digits joined by "-" ("en", "pt-BR", "zh-Hant-TW"); at most 35 bytes.
bool is_language_tag(const std::string& tag);

}  // namespace study
