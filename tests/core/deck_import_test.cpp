// deck_import_test.cpp: pins each import format, the bad-input messages, and the
// round trip (import, export, import again gives the same cards).
#include <doctest/doctest.h>

#include "core/deck_export.h"
#include "core/deck_import.h"

using namespace study;

namespace {
std::vector<std::pair<std::string, std::string>> pairs_of(const DeckLoadResult& result) {
    std::vector<std::pair<std::string, std::string>> out;
    if (result.deck) {
        for (const Card& card : result.deck->cards) out.emplace_back(card.term, card.definition);
    }
    return out;
}
using Pairs = std::vector<std::pair<std::string, std::string>>;
}  // namespace

TEST_CASE("formats are detected from the extension and the text") {
    CHECK(detect_format("{\"cards\": []}", "deck.txt") == ImportFormat::json);
    CHECK(detect_format("a,b", "deck.json") == ImportFormat::json);
    CHECK(detect_format("#separator:tab\n#html:true\na\tb", "notes.txt") == ImportFormat::anki);
    CHECK(detect_format("a\tb\n", "quizlet.txt") == ImportFormat::tab_separated);
    CHECK(detect_format("a\tb\n", "export") == ImportFormat::tab_separated);
    CHECK(detect_format("a,b\n", "deck.csv") == ImportFormat::csv);
    CHECK(detect_format("\xEF\xBB\xBF{}", "x") == ImportFormat::json);
}

TEST_CASE("Quizlet's tab-separated export") {
    const auto result = import_deck_text("Churn\tcustomers who leave\nCLV\tcustomer lifetime value\n", "CRM_terms.txt");
    REQUIRE(result.deck);
    CHECK(result.deck->title == "CRM terms");
    CHECK(pairs_of(result) == Pairs{{"Churn", "customers who leave"}, {"CLV", "customer lifetime value"}});
    CHECK(result.deck->cards[0].id == "churn");  // from the term: progress follows the card
    CHECK(result.deck->cards[1].id == "clv");
    CHECK(result.problems.empty());
}

TEST_CASE("card ids come from the terms, stay the same when cards move, and never repeat") {
    const std::string chinese = "\xE5\xAE\xA2\xE6\x88\xB7";  // no letter a slug keeps
    const auto first = import_deck_text("Churn\tleave\nCLV\tvalue\n" + chinese + "\tcustomer\n", "a.txt");
    const auto moved = import_deck_text("NPS\tscore\n" + chinese + "\tcustomer\nChurn\tleave\nchurn!\tagain\n", "a.txt");
    REQUIRE(first.deck);
    REQUIRE(moved.deck);
    CHECK(first.deck->cards[2].id.rfind("card-", 0) == 0);  // a hash of the term
    CHECK(moved.deck->cards[1].id == first.deck->cards[2].id);
    CHECK(moved.deck->cards[2].id == "churn");
    CHECK(moved.deck->cards[3].id == "churn-2");
    const std::string long_term(300, 'x');
    const auto long_one = import_deck_text(long_term + "\tdefinition\n", "b.txt");
    REQUIRE(long_one.deck);
    CHECK(long_one.deck->cards[0].id == std::string(40, 'x'));
}

TEST_CASE("CSV per RFC 4180 with a BOM, a header row, quotes, CRLF and newlines in quotes") {
    const std::string csv = "\xEF\xBB\xBFTerm,Definition\r\n"
                            "\"Touchpoint, customer\",\"any \"\"contact\"\"\"\r\n"
                            "Benefits,\"- saves time\r\n- builds loyalty\"\r\n";
    const auto result = import_deck_text(csv, "crm.csv");
    REQUIRE(result.deck);
    CHECK(pairs_of(result) == Pairs{{"Touchpoint, customer", "any \"contact\""},
                                    {"Benefits", "- saves time\r\n- builds loyalty"}});
}

TEST_CASE("Anki notes export: headers, HTML made plain, guid as id, tags and notetype columns left out") {
    const std::string anki = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#tags column:5\n"
                             "abc123\tBasic\tCRM\tCustomer <b>relationship</b> management<br>- one<br>- two\tcrm\n"
                             "def456\tBasic\tR&amp;D\t\"quoted\tfield\"\t\n";
    const auto result = import_deck_text(anki, "anki.txt");
    REQUIRE(result.deck);
    CHECK(pairs_of(result) == Pairs{{"CRM", "Customer relationship management\n- one\n- two"}, {"R&D", "quoted field"}});
    CHECK(result.deck->cards[0].id == "abc123");
}

TEST_CASE("Anki export without HTML keeps the text as it is, any separator") {
    const auto result = import_deck_text("#separator:Semicolon\n#html:false\n#columns:Front;Back\na<b>;\"b &amp; c\"\n", "n.txt");
    REQUIRE(result.deck);
    CHECK(pairs_of(result) == Pairs{{"a<b>", "b &amp; c"}});
}

TEST_CASE("pasted text with custom separators, as in Quizlet's import box") {
    ImportOptions options;
    options.format = ImportFormat::custom;
    options.term_separator = " - ";
    options.card_separator = ";";
    options.title = "Pasted";
    const auto result = import_deck_text("CRM - customer relationship management; CLV - lifetime value - profit", "pasted text", options);
    REQUIRE(result.deck);
    CHECK(result.deck->title == "Pasted");
    CHECK(pairs_of(result) == Pairs{{"CRM", "customer relationship management"}, {"CLV", "lifetime value - profit"}});
    const auto bad = import_deck_text("a - b;no separator", "pasted text", options);
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].to_text() == "pasted text: card 2 has no separator between term and definition; it was skipped");
}

TEST_CASE("answers of true or false become statements") {
    const auto result = import_deck_text("CRM unifies customer data.\tTrue\nCRM is only software.\tfalse\n", "s.tsv");
    REQUIRE(result.deck);
    CHECK(result.deck->statement_count() == 2);
    CHECK(result.deck->cards[1].is_statement);
    CHECK_FALSE(result.deck->cards[1].statement_is_true);
}

TEST_CASE("bad lines are skipped with their line number; the rest is imported") {
    const auto result = import_deck_text("good\tone\nno separator here\n\tno term\nno definition\t \nalso\tgood\n", "mixed.tsv");
    REQUIRE(result.deck);
    CHECK(result.deck->cards.size() == 2);
    CHECK(result.skipped_cards == 3);
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].to_text() == "mixed.tsv: line 2 has no separator between term and definition; it was skipped");
    CHECK(result.problems[1].to_text() == "mixed.tsv: line 3 has no term; it was skipped");
    CHECK(result.problems[2].message.find("line 4 has no definition") == 0);
}

TEST_CASE("nothing importable, invalid UTF-8 and huge input reject the import") {
    CHECK_FALSE(import_deck_text("just a line\nand another\n", "x.txt").deck);
    CHECK(import_deck_text("", "empty.csv").problems.back().message == "has no cards that could be imported");
    const auto latin1 = import_deck_text("caf\xE9\tcoffee\n", "latin1.txt");
    CHECK_FALSE(latin1.deck);
    CHECK(latin1.problems[0].message.find("not valid UTF-8") != std::string::npos);
    CHECK_FALSE(import_deck_text(std::string(kMaxDeckFileBytes + 1, 'a'), "big.txt").deck);
}

TEST_CASE("some lines with extra columns: the first two are used, with a warning") {
    const auto result = import_deck_text("a,b,c\nd,e\n", "extra.csv");
    REQUIRE(result.deck);
    CHECK(pairs_of(result) == Pairs{{"a", "b"}, {"d", "e"}});
    CHECK(result.problems.size() == 1);
    CHECK(result.problems[0].severity == ProblemSeverity::warning);
}

TEST_CASE("round trip: import, export (JSON and TSV), import again gives the same cards") {
    const std::string source = "Term,Definition\n"
                               "\"Quoted \"\"term\"\"\",\"multi\nline, with comma\"\n"
                               "\"Tab\there\",plain\n"
                               "Caf\xC3\xA9 \xE2\x80\x9Cquotes\xE2\x80\x9D,\xE2\x80\x94 dash \xE2\x80\xA6\n"
                               "Statement to judge,True\n";
    const auto first = import_deck_text(source, "round.csv");
    REQUIRE(first.deck);
    REQUIRE(first.deck->cards.size() == 4);

    const auto from_json = import_deck_text(export_deck_json(*first.deck), "round.json");
    REQUIRE(from_json.deck);
    CHECK(from_json.problems.empty());
    CHECK(pairs_of(from_json) == pairs_of(first));
    CHECK(from_json.deck->title == first.deck->title);
    for (std::size_t i = 0; i < first.deck->cards.size(); ++i) {
        CHECK(from_json.deck->cards[i].id == first.deck->cards[i].id);
        CHECK(from_json.deck->cards[i].is_statement == first.deck->cards[i].is_statement);
    }

    const auto from_tsv = import_deck_text(export_deck_tsv(*first.deck), "round.tsv");
    REQUIRE(from_tsv.deck);
    CHECK(from_tsv.problems.empty());
    CHECK(pairs_of(from_tsv) == pairs_of(first));
    CHECK(from_tsv.deck->statement_count() == 1);
}
