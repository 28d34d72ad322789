// progress_store_test.cpp: answers become ratings by the documented rule, feed each
// card's memory (same-day answers as same-day reviews), and the store summarises decks,
// keeps best times and sessions, merges two devices' progress without losing or doubling
// anything, and survives a round trip through its file format, damage and a newer version.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/deck.h"
#include "core/progress_file.h"
#include "core/progress_store.h"
#include "core/safe_file.h"

using namespace study;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kDay = kMsPerDay;
constexpr std::int64_t kStart = 1'767'225'600'000;  // 2026-01-01 00:00 UTC

AnswerEvent answer(const std::string& card, std::int64_t time_ms, AnswerOutcome outcome = AnswerOutcome::right,
                   AnswerFormat format = AnswerFormat::recall, StudyMode mode = StudyMode::quiz) {
    return AnswerEvent{card, mode, format, outcome, time_ms};
}

Deck three_card_deck() {
    Deck deck;
    deck.id = "crm";
    deck.title = "CRM";
    for (const char* id : {"a", "b", "c"}) {
        Card card;
        card.id = id;
        card.term = id;
        card.definition = id;
        deck.cards.push_back(card);
    }
    return deck;
}

}  // namespace

TEST_SUITE("progress") {
    TEST_CASE("the rating rule: wrong is Again, recall Good, help Hard, recognition a weaker pass") {
        CHECK(rating_for(answer("a", 0, AnswerOutcome::wrong)) == Rating::again);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::wrong, AnswerFormat::self_report)) == Rating::again);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::right)) == Rating::good);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::right_with_help)) == Rating::hard);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::right, AnswerFormat::self_report)) == Rating::good);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::right, AnswerFormat::recognition)) == Rating::hard);
        CHECK(rating_for(answer("a", 0, AnswerOutcome::right_with_help, AnswerFormat::recognition)) == Rating::hard);
    }

    TEST_CASE("answers feed the card's memory; many on one day are same-day reviews") {
        const MemoryModel model;
        ProgressStore store;
        // MEMORY_MODEL.md vector 2 through events: Again, then Good at day gaps 0, 1, 3, 8, 21.
        std::int64_t t = kStart;
        store.record("crm", answer("a", t, AnswerOutcome::wrong), model);
        const std::int64_t gaps[] = {0, 1, 3, 8, 21};
        for (std::int64_t gap : gaps) {
            t += gap * kDay + (gap == 0 ? 60'000 : 0);  // the same-day answer a minute later
            store.record("crm", answer("a", t), model);
        }
        const CardProgress& card = store.find_deck("crm")->cards.at("a");
        CHECK(card.memory.stability == doctest::Approx(53.626903).epsilon(1e-4));
        CHECK(card.memory.difficulty == doctest::Approx(6.35749).epsilon(1e-4));
        CHECK(card.reviews.size() == 6);

        // Ten right answers within one minute are not ten days of memory.
        ProgressStore cram;
        for (int i = 0; i < 10; ++i) cram.record("crm", answer("b", kStart + i * 6'000), model);
        const double crammed = cram.find_deck("crm")->cards.at("b").memory.stability;
        CHECK(crammed < 4.0);
        ProgressStore spaced;
        for (int i = 0; i < 4; ++i) spaced.record("crm", answer("b", kStart + i * 3 * kDay), model);
        CHECK(spaced.find_deck("crm")->cards.at("b").memory.stability > 5 * crammed);
    }

    TEST_CASE("a retracted answer is gone from the card's memory") {
        const MemoryModel model;
        ProgressStore store;
        store.record("crm", answer("a", kStart, AnswerOutcome::right, AnswerFormat::self_report, StudyMode::flashcards), model);
        const MemoryState before = store.find_deck("crm")->cards.at("a").memory;
        store.record("crm", answer("a", kStart + kDay, AnswerOutcome::right, AnswerFormat::recall, StudyMode::quiz), model);
        store.record("crm", answer("a", kStart + kDay + 5, AnswerOutcome::wrong, AnswerFormat::self_report, StudyMode::flashcards), model);
        AnswerEvent undo = answer("a", kStart + kDay + 9, AnswerOutcome::wrong, AnswerFormat::self_report, StudyMode::flashcards);
        undo.retract = true;
        store.record("crm", undo, model);  // takes back the flashcards answer, not the quiz one
        const CardProgress& card = store.find_deck("crm")->cards.at("a");
        REQUIRE(card.reviews.size() == 2);
        CHECK(card.reviews[1].mode == StudyMode::quiz);
        CHECK(card.memory.stability == doctest::Approx(model.after_review(before, 1.0, Rating::good).stability));
        store.record("crm", undo, model);
        store.record("crm", undo, model);  // nothing left in flashcards to take back: no change
        CHECK(store.find_deck("crm")->cards.at("a").reviews.size() == 1);
    }

    TEST_CASE("card status and deck summary: recall now, due date, due count, mastered share") {
        const MemoryModel model;
        ProgressStore store;
        const Deck deck = three_card_deck();
        store.record("crm", answer("a", kStart), model);                         // S = 2.3065
        store.record("crm", answer("b", kStart, AnswerOutcome::wrong), model);   // S = 0.212
        store.record("crm", answer("gone", kStart), model);                      // a card no longer in the deck
        const CardStatus a = store.card_status("crm", "a", kStart + kDay, model);
        CHECK(a.studied);
        CHECK(a.recall == doctest::Approx(model.recall_probability({2.3065, 2.118}, 1.0)));
        CHECK(a.due_ms == kStart + 2 * kDay);  // interval_days(2.3065) rounds to 2
        CHECK_FALSE(store.card_status("crm", "c", kStart, model).studied);

        const DeckSummary now = store.summarize(deck, kStart + 1000, model);
        CHECK(now.cards == 3);
        CHECK(now.studied == 2);   // "gone" is left out
        CHECK(now.mastered == 2);  // just answered: recall ~1
        CHECK(now.due_now == 0);
        const DeckSummary later = store.summarize(deck, kStart + 3 * kDay, model);
        CHECK(later.due_now == 2);
        CHECK(later.mastered == 0);
        CHECK(later.mastered_share() == 0.0);
    }

    TEST_CASE("best matching times per round size, and sessions with the time studied") {
        ProgressStore store;
        CHECK(store.offer_matching_time("crm", 6, 30.5));
        CHECK_FALSE(store.offer_matching_time("crm", 6, 31.0));
        CHECK(store.offer_matching_time("crm", 6, 20.0));
        CHECK(store.offer_matching_time("crm", 8, 40.0));
        CHECK(store.find_deck("crm")->matching_best_seconds.at(6) == 20.0);
        for (int i = 0; i < static_cast<int>(kMaxSessionsPerMode) + 5; ++i) {
            store.record_session("crm", StudyMode::quiz, {kStart + i, 8, 10, 60});
        }
        CHECK(store.find_deck("crm")->sessions.at(StudyMode::quiz).size() == kMaxSessionsPerMode);
        CHECK(store.find_deck("crm")->seconds_studied() == doctest::Approx(60.0 * (kMaxSessionsPerMode + 5)));
    }

    TEST_CASE("a long history is capped, and the memory is the same as with the whole history") {
        const MemoryModel model;
        ProgressStore capped;
        MemoryState whole;
        std::int64_t last = 0;
        for (int i = 0; i < 260; ++i) {
            const std::int64_t t = kStart + i * kDay / 2;
            const AnswerOutcome outcome = i % 5 == 0 ? AnswerOutcome::wrong : AnswerOutcome::right;
            capped.record("crm", answer("a", t, outcome), model);
            whole = model.after_review(whole, last == 0 ? 0.0 : static_cast<double>(t - last) / kDay,
                                       rating_for(answer("a", t, outcome)));
            last = t;
        }
        CardProgress card = capped.find_deck("crm")->cards.at("a");
        CHECK(card.reviews.size() == kMaxReviewsPerCard);
        CHECK(card.memory.stability == doctest::Approx(whole.stability));
        ProgressStore::replay(card, model);
        CHECK(card.memory.stability == doctest::Approx(whole.stability));
    }

    TEST_CASE("merging two devices unites their answers, never doubles them, keeps the best") {
        const MemoryModel model;
        ProgressStore laptop, phone;
        laptop.record("crm", answer("a", kStart), model);
        laptop.record("crm", answer("a", kStart + 2 * kDay), model);
        phone.record("crm", answer("a", kStart), model);  // the same answer, carried over earlier
        phone.record("crm", answer("a", kStart + kDay, AnswerOutcome::wrong), model);
        phone.record("crm", answer("b", kStart + kDay), model);
        laptop.offer_matching_time("crm", 6, 25);
        phone.offer_matching_time("crm", 6, 21);
        phone.record_session("crm", StudyMode::snowman, {kStart, 7, 10, 120});

        ProgressStore merged = laptop;
        merged.merge(phone, model);
        const CardProgress& a = merged.find_deck("crm")->cards.at("a");
        REQUIRE(a.reviews.size() == 3);
        CHECK(a.reviews[1].outcome == AnswerOutcome::wrong);
        MemoryState expected = model.after_review({}, 0, Rating::good);
        expected = model.after_review(expected, 1, Rating::again);
        expected = model.after_review(expected, 1, Rating::good);
        CHECK(a.memory.stability == doctest::Approx(expected.stability));
        CHECK(merged.find_deck("crm")->cards.count("b") == 1);
        CHECK(merged.find_deck("crm")->matching_best_seconds.at(6) == 21);
        CHECK(merged.find_deck("crm")->seconds_studied() == doctest::Approx(120));

        // Merging the same again changes nothing.
        merged.merge(phone, model);
        merged.merge(laptop, model);
        CHECK(merged.find_deck("crm")->cards.at("a").reviews.size() == 3);
        CHECK(merged.find_deck("crm")->seconds_studied() == doctest::Approx(120));
    }

    TEST_CASE("the file format round-trips, refuses a newer version, and survives hostile input") {
        const MemoryModel model;
        ProgressStore store;
        store.record("crm", answer("a", kStart, AnswerOutcome::right, AnswerFormat::recognition, StudyMode::matching), model);
        store.record("crm", answer("a", kStart + 3 * kDay, AnswerOutcome::right_with_help), model);
        store.offer_matching_time("crm", 6, 19.5);
        store.record_session("crm", StudyMode::quiz, {kStart, 4, 5, 42.5});
        store.deck("crm").flashcards_pass = nlohmann::json{{"order", {"a"}}};
        const std::string text = progress_to_json(store, kStart);
        CHECK(text.rfind("{\"format\":\"study-arcade-progress\",\"version\":1", 0) == 0);  // the format first
        CHECK(looks_like_progress(text));
        CHECK(looks_like_progress(R"({"decks":{},"saved":1,"format":"study-arcade-progress","version":1})"));
        CHECK_FALSE(looks_like_progress(R"({"format":"study-arcade-deck","title":"t","cards":[]})"));
        const ProgressRead read = progress_from_json(text, model);
        REQUIRE(read.ok);
        CHECK(read.skipped_entries == 0);
        const DeckProgress& deck = *read.store.find_deck("crm");
        CHECK(deck.cards.at("a").memory.stability == doctest::Approx(store.find_deck("crm")->cards.at("a").memory.stability));
        CHECK(deck.cards.at("a").reviews[0].mode == StudyMode::matching);
        CHECK(deck.matching_best_seconds.at(6) == 19.5);
        CHECK(deck.sessions.at(StudyMode::quiz)[0].seconds == 42.5);
        CHECK(deck.flashcards_pass["order"][0] == "a");
        CHECK(progress_to_json(read.store, kStart) == text);

        const ProgressRead newer = progress_from_json(R"({"format":"study-arcade-progress","version":2,"decks":{}})", model);
        CHECK_FALSE(newer.ok);
        CHECK(newer.error.find("newer Study Arcade") != std::string::npos);
        CHECK_FALSE(progress_from_json("{\"format\":\"study-arcade-deck\"}", model).ok);
        CHECK_FALSE(progress_from_json("[[[[", model).ok);
        CHECK_FALSE(progress_from_json(R"({"format":"study-arcade-progress","version":"1"})", model).ok);
        // Entries of the wrong shape are skipped and counted; the rest is kept.
        const ProgressRead odd = progress_from_json(
            R"({"format":"study-arcade-progress","version":1,"decks":{"crm":{"cards":{
                "a":{"reviews":[[1767225600000,"quiz","recall","right"],[5,"dance","recall","right"],"x"]},
                "b":7},"matchingBestSeconds":{"6":-1,"x":2,"8":30},"sessions":{"quiz":[[1,2]],"nope":[]}},
                "bad":[]}})",
            model);
        REQUIRE(odd.ok);
        CHECK(odd.skipped_entries == 8);  // 2 reviews, card b, 2 best times, a session, mode "nope", deck "bad"
        CHECK(odd.store.find_deck("crm")->cards.at("a").reviews.size() == 1);
        CHECK(odd.store.find_deck("crm")->matching_best_seconds.size() == 1);
    }

    TEST_CASE("the progress file: saved safely, a damaged one falls back to its backup, the student is told") {
        const MemoryModel model;
        const fs::path folder = fs::temp_directory_path() / "study_arcade_progress_file";
        fs::remove_all(folder);
        const std::string path = (folder / "progress.json").string();
        const std::string damaged = (folder / "damaged").string();
        CHECK(load_progress_file(path, damaged, model).notice.empty());  // none yet: empty, no fuss

        ProgressStore store;
        store.record("crm", answer("a", kStart), model);
        std::string error;
        REQUIRE(save_progress_file(path, store, kStart, error));
        store.record("crm", answer("b", kStart + kDay), model);
        REQUIRE(save_progress_file(path, store, kStart + kDay, error));
        ProgressFileLoad fine = load_progress_file(path, damaged, model);
        CHECK(fine.notice.empty());
        CHECK(fine.store.find_deck("crm")->cards.size() == 2);

        std::ofstream(path, std::ios::trunc) << "{\"format\":\"study-arcade-progress\",\"vers";  // cut short
        ProgressFileLoad restored = load_progress_file(path, damaged, model);
        CHECK(restored.notice.find("the previous copy was used") != std::string::npos);
        CHECK(restored.store.find_deck("crm")->cards.size() == 1);  // the backup had one card
        CHECK(fs::exists(folder / "damaged" / "progress.json"));

        std::ofstream(path, std::ios::trunc) << R"({"format":"study-arcade-progress","version":9,"decks":{}})";
        ProgressFileLoad newer = load_progress_file(path, damaged, model);
        CHECK(newer.keep_file);
        CHECK(newer.notice.find("newer Study Arcade") != std::string::npos);
        CHECK(fs::exists(path));
    }
}

#include "core/progress_text.h"

TEST_CASE("progress in words: a card's recall and due date, a deck's due count and mastered share") {
    const std::int64_t now = 1'767'225'600'000;
    const std::int64_t hour = kMsPerDay / 24;
    CHECK(card_memory_line(CardStatus{}, now) == "Not studied yet");
    CHECK(card_memory_line(CardStatus{true, 0.874, now - 5}, now) == "Recall 87% \xC2\xB7 due now");
    CHECK(card_memory_line(CardStatus{true, 0.95, now + 1}, now) == "Recall 95% \xC2\xB7 due in an hour");
    CHECK(card_memory_line(CardStatus{true, 0.95, now + 5 * hour}, now) == "Recall 95% \xC2\xB7 due in 5 hours");
    CHECK(card_memory_line(CardStatus{true, 0.99, now + kMsPerDay}, now) == "Recall 99% \xC2\xB7 due tomorrow");
    CHECK(card_memory_line(CardStatus{true, 0.99, now + kMsPerDay - 60'000}, now) == "Recall 99% \xC2\xB7 due tomorrow");
    CHECK(card_memory_line(CardStatus{true, 1.0, now + 12 * kMsPerDay}, now) == "Recall 100% \xC2\xB7 due in 12 days");
    CHECK(deck_progress_line(DeckSummary{}) == "");
    DeckSummary summary;
    summary.cards = 10;
    summary.studied = 6;
    summary.due_now = 4;
    summary.mastered = 4;
    CHECK(deck_progress_line(summary) == "4 due now \xC2\xB7 40% mastered");
    summary.due_now = 0;
    CHECK(deck_progress_line(summary) == "Nothing due \xC2\xB7 40% mastered");
}
