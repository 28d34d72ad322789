// progress_pack_test.cpp: one deck's progress packed for SCORM's cmi.suspend_data: a
// round trip keeps every kept review exactly (a merge does not double them) and the
// memories; a long history is trimmed to fit 4,096 characters, keeping the latest cards;
// damaged or foreign text is refused or skipped, never trusted.
#include <doctest/doctest.h>

#include "core/progress_pack.h"
#include "core/progress_store.h"

using namespace study;

namespace {

constexpr std::int64_t kStart = 1'767'225'600'000;  // 2026-01-01 00:00 UTC

AnswerEvent answer(const std::string& card, std::int64_t time_ms, AnswerOutcome outcome = AnswerOutcome::right,
                   StudyMode mode = StudyMode::quiz, AnswerFormat format = AnswerFormat::recognition) {
    return AnswerEvent{card, mode, format, outcome, time_ms};
}

}  // namespace

TEST_CASE("a packed deck's progress comes back with the same reviews and memories") {
    const MemoryModel model;
    ProgressStore store;
    store.record("d", answer("a", kStart), model);
    store.record("d", answer("a", kStart + 3 * kMsPerDay + 1234, AnswerOutcome::wrong, StudyMode::snowman, AnswerFormat::recall), model);
    store.record("d", answer("b", kStart + 5000, AnswerOutcome::right_with_help, StudyMode::flashcards, AnswerFormat::self_report), model);
    const DeckProgress& original = *store.find_deck("d");
    const std::string text = pack_deck_progress(original, model);
    CHECK(text.size() < 200);
    const auto unpacked = unpack_deck_progress(text, model);
    REQUIRE(unpacked);
    REQUIRE(unpacked->cards.size() == 2);
    for (const char* id : {"a", "b"}) {
        const CardProgress& mine = original.cards.at(id);
        const CardProgress& back = unpacked->cards.at(id);
        REQUIRE(back.reviews.size() == mine.reviews.size());
        for (std::size_t i = 0; i < mine.reviews.size(); ++i) {
            CHECK(back.reviews[i].time_ms == mine.reviews[i].time_ms);
            CHECK(back.reviews[i].mode == mine.reviews[i].mode);
            CHECK(back.reviews[i].format == mine.reviews[i].format);
            CHECK(back.reviews[i].outcome == mine.reviews[i].outcome);
        }
        CHECK(back.memory.stability == doctest::Approx(mine.memory.stability));
        CHECK(back.memory.difficulty == doctest::Approx(mine.memory.difficulty));
        CHECK(back.last_review_ms == mine.last_review_ms);
    }

    // Restored into a store that already has the same answers: nothing counted twice.
    ProgressStore incoming;
    incoming.deck("d") = *unpacked;
    store.merge(incoming, model);
    CHECK(store.find_deck("d")->cards.at("a").reviews.size() == 2);
    // Into an empty store (another browser): the same memories.
    ProgressStore fresh;
    fresh.merge(incoming, model);
    CHECK(fresh.find_deck("d")->cards.at("a").memory.stability == doctest::Approx(original.cards.at("a").memory.stability));
}

TEST_CASE("a long history is trimmed to fit, keeping recent reviews and the latest cards") {
    const MemoryModel model;
    ProgressStore store;
    // 400 cards, 30 reviews each, a day apart.
    for (int card = 0; card < 400; ++card) {
        for (int day = 0; day < 30; ++day) {
            store.record("d", answer("card-" + std::to_string(card), kStart + day * kMsPerDay + card * 1000,
                                     day % 4 == 0 ? AnswerOutcome::wrong : AnswerOutcome::right), model);
        }
    }
    const DeckProgress& original = *store.find_deck("d");
    const std::string text = pack_deck_progress(original, model);
    CHECK(text.size() <= kScormSuspendDataChars);
    CHECK(text.size() > kScormSuspendDataChars - 100);
    const auto unpacked = unpack_deck_progress(text, model);
    REQUIRE(unpacked);
    CHECK(unpacked->cards.size() > 50);
    CHECK(unpacked->cards.size() < 400);
    CHECK(unpacked->cards.count("card-399") == 1);  // reviewed last
    CHECK(unpacked->cards.count("card-0") == 0);    // reviewed longest ago
    // Memories folded from the older reviews stay close to the whole history's.
    const CardProgress& back = unpacked->cards.at("card-399");
    CHECK(back.memory.stability == doctest::Approx(original.cards.at("card-399").memory.stability).epsilon(0.001));
    CHECK(back.last_review_ms == original.cards.at("card-399").last_review_ms);

    // A few cards with long histories keep several reviews each.
    ProgressStore small;
    for (int day = 0; day < 30; ++day) small.record("d", answer("x", kStart + day * kMsPerDay), model);
    const auto few = unpack_deck_progress(pack_deck_progress(*small.find_deck("d"), model), model);
    REQUIRE(few);
    CHECK(few->cards.at("x").reviews.size() == 8);
    CHECK(few->cards.at("x").memory.stability == doctest::Approx(small.find_deck("d")->cards.at("x").memory.stability).epsilon(0.001));
    // A tiny limit: as many cards as fit, never more than the limit.
    CHECK(pack_deck_progress(original, model, 200).size() <= 200);
    CHECK(unpack_deck_progress(pack_deck_progress(DeckProgress{}, model), model)->cards.empty());
}

TEST_CASE("damaged or foreign suspend data is refused or skipped") {
    const MemoryModel model;
    CHECK_FALSE(unpack_deck_progress("", model));
    CHECK_FALSE(unpack_deck_progress("not json", model));
    CHECK_FALSE(unpack_deck_progress("{\"v\":2,\"t\":1,\"c\":{}}", model));
    CHECK_FALSE(unpack_deck_progress("{\"v\":1,\"t\":-5,\"c\":{}}", model));
    CHECK_FALSE(unpack_deck_progress("[1,2,3]", model));
    const auto mixed = unpack_deck_progress(
        "{\"v\":1,\"t\":1767225600000,\"c\":{\"good\":[0,0,0,0,13],\"odd\":[0,0],\"code\":[0,0,0,0,99],"
        "\"neg\":[0,0,0,-5,1],\"huge\":[1e300,5,0],\"big\":[0,0,0,0,1,9223372036854775807,1],\"d\":[3,50,10]}}",
        model);
    REQUIRE(mixed);
    CHECK(mixed->cards.size() == 1);
    REQUIRE(mixed->cards.count("good") == 1);
    CHECK(mixed->cards.at("good").reviews.at(0).mode == StudyMode::matching);
    CHECK(mixed->cards.at("good").reviews.at(0).time_ms == 1767225600000);
}
